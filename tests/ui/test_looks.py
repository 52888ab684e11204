"""How the window reads: the report preview (pages, zoom, a workbook's contents), the report
language following the window's, status lines after a language switch, tables whose headers
and names are not cut, money fields with separators, the title, light and dark."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTableView

from incubator_desk.db import Database
from incubator_desk.services import graduation as grad
from incubator_desk.services import reporting
from incubator_desk.ui import i18n, messages, settings, theme
from incubator_desk.ui.main_window import MainWindow, window_title
from incubator_desk.ui.pages.reports import ReportSettings, ReportsPage
from incubator_desk.ui.pages.tenants import TenantsPage
from incubator_desk.ui.toolkit import Column, RowsModel
from incubator_desk.ui.toolkit.tables import header_text_width, row_height
from incubator_desk.ui.widgets.row_table import row_table


def _maker(window: MainWindow):  # type: ignore[no-untyped-def]
    page = window.page("reports")
    assert isinstance(page, ReportsPage)
    window.show_page("reports")
    return page.maker


def test_pdf_preview_has_page_and_zoom_controls(qtbot, window: MainWindow) -> None:
    maker = _maker(window)
    pane = maker.preview.pdf
    assert maker.preview.currentWidget() is maker.preview.empty  # says what will appear
    maker.select("portfolio")
    maker.period.setText(reporting.last_complete_quarter().label)
    qtbot.mouseClick(maker.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: maker.data is not None, timeout=20000)
    assert maker.preview.currentWidget() is pane
    pages = pane.page_count()
    assert pages >= 2 and pane.of_pages.text() == f"of {pages}"
    assert not pane.previous.isEnabled() and pane.next.isEnabled()
    qtbot.mouseClick(pane.next, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.current_page() == 1, timeout=2000)
    assert pane.page.value() == 2 and pane.previous.isEnabled()
    pane.page.setValue(pages)
    qtbot.waitUntil(lambda: pane.current_page() == pages - 1, timeout=2000)
    assert not pane.next.isEnabled()
    # Zoom: fixed steps from the keyboard, and the fit modes from the list.
    pane.zoom.setCurrentIndex(pane.zoom.findData(1.0))
    assert pane.view.zoomMode() == pane.view.ZoomMode.Custom and pane.view.zoomFactor() == 1.0
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoomFactor() == 1.25 and pane.zoom.currentData() == 1.25
    qtbot.keyClick(pane.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pane.view.zoomFactor() == 0.75
    pane.zoom.setCurrentIndex(pane.zoom.findData("page"))
    assert pane.view.zoomMode() == pane.view.ZoomMode.FitInView
    for button in (pane.previous, pane.next):
        assert button.accessibleName()


def test_torch_return_shows_its_contents_and_opens(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    maker = _maker(window)
    maker.select("torch")
    year = reporting.last_complete_quarter().year
    maker.period.setText(str(year))
    qtbot.mouseClick(maker.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: maker.data is not None, timeout=20000)
    pane = maker.preview.workbook
    assert maker.preview.currentWidget() is pane  # not a blank white page
    assert "Excel workbook" in pane.note.text() and str(year) in pane.note.text()
    assert pane.sheets.count() >= 1
    sheet = pane.sheets.widget(0)
    assert isinstance(sheet, QTableView)
    cells = [sheet.model().index(r, 0).data() for r in range(min(sheet.model().rowCount(), 5))]
    assert "企业名称" in cells  # the return's header row, as in the file
    shown = [
        str(sheet.model().index(r, c).data())
        for r in range(sheet.model().rowCount())
        for c in range(sheet.model().columnCount())
    ]
    assert not any("T00:00:00" in text for text in shown)  # dates as dates
    opened: list[str] = []
    monkeypatch.setattr(messages, "open_with_system", lambda p: opened.append(p) or True)
    qtbot.mouseClick(pane.open_button, Qt.MouseButton.LeftButton)
    assert opened and Path(opened[0]).read_bytes() == maker.data
    assert Path(opened[0]).suffix == ".xlsx"
    # Back to a PDF report: the workbook gives way to the pages.
    maker.select("portfolio")
    maker.period.setText(reporting.last_complete_quarter().label)
    qtbot.mouseClick(maker.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: maker.preview.currentWidget() is maker.preview.pdf, timeout=20000)
    assert pane.sheets.count() == 0


def test_report_language_follows_the_window_until_chosen(qtbot, window: MainWindow) -> None:
    maker = _maker(window)
    assert maker.lang.currentData() == "en"  # the English window makes English reports
    i18n.install("zh_CN")
    qtbot.waitUntil(lambda: maker.lang.currentData() == "zh", timeout=2000)
    i18n.install("en")
    qtbot.waitUntil(lambda: maker.lang.currentData() == "en", timeout=2000)
    # A language picked by the person stays picked.
    maker.lang.setFocus()
    qtbot.keyClick(maker.lang, Qt.Key.Key_Up)  # 中文
    maker.lang.activated.emit(maker.lang.currentIndex())
    assert maker.lang.currentData() == "zh"
    i18n.install("zh_CN")
    i18n.install("en")
    qtbot.wait(20)
    assert maker.lang.currentData() == "zh"


def test_status_line_is_retranslated_after_a_switch(qtbot, window: MainWindow) -> None:
    maker = _maker(window)
    maker.select("portfolio")
    maker.period.setText(reporting.last_complete_quarter().label)
    qtbot.mouseClick(maker.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: maker.data is not None, timeout=20000)
    assert maker.status.text().startswith("Report ready")
    pages = maker.document.pageCount()
    i18n.install("zh_CN")
    qtbot.waitUntil(lambda: "Report" not in maker.status.text(), timeout=2000)
    assert str(pages) in maker.status.text() and "页" in maker.status.text()
    assert maker.preview.pdf.zoom.itemText(0) == "适合宽度"


def test_untranslated_text_stays_as_written_in_chinese(qtbot, window: MainWindow) -> None:
    i18n.install("zh_CN")
    assert QCoreApplication.translate("Nowhere", "A text with no translation") == (
        "A text with no translation"
    )
    assert QCoreApplication.translate("OccupancyTab", "%1, all buildings") == "%1（全部楼栋合计）"


def test_headers_are_never_cut_and_rows_are_one_line(qtbot, window: MainWindow) -> None:
    page = window.page("tenants")
    assert isinstance(page, TenantsPage)
    window.show_page("tenants")
    header = page.table.horizontalHeader()
    for section in range(header.count()):
        if not header.isSectionHidden(section):
            title = page.model.headerData(section, Qt.Orientation.Horizontal)
            assert header.sectionSize(section) >= header_text_width(header, section), title
    # Every row the same height, one line of text: a long name is elided, not half-wrapped.
    assert not page.table.wordWrap()
    heights = {page.table.rowHeight(r) for r in range(min(page.model.rowCount(), 20))}
    assert heights == {row_height(page.table)}
    # Switching language fits the headers again.
    i18n.install("zh_CN")
    qtbot.wait(20)
    for section in range(header.count()):
        if not header.isSectionHidden(section):
            assert header.sectionSize(section) >= header_text_width(header, section)


def test_cut_cells_and_headers_show_their_text_on_hover(qtbot) -> None:
    from PySide6.QtWidgets import QToolTip

    rows = [("Shenzhen Feimo Low-Altitude Technology Co., Ltd.", "ok")]
    model: RowsModel[tuple[str, str]] = RowsModel(
        [
            Column("Name", lambda r: r[0], width=60),
            Column("Planned graduation date", lambda r: r[1], width=60),
            Column("Stage", lambda r: ""),
        ],
        rows,
    )
    view = row_table(model)
    qtbot.addWidget(view)
    view.resize(500, 200)
    view.show()
    qtbot.waitExposed(view)
    header = view.horizontalHeader()
    assert header.sectionSize(1) >= header_text_width(header, 1)  # widened to its title
    view.setColumnWidth(0, 60)
    rect = view.visualRect(model.index(0, 0))
    from PySide6.QtGui import QHelpEvent

    event = QHelpEvent(
        QHelpEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center())
    )
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=2000)
    assert QToolTip.text() == rows[0][0]
    QToolTip.hideText()
    short = view.visualRect(model.index(0, 1)).center()
    QApplication.sendEvent(
        view.viewport(),
        QHelpEvent(QHelpEvent.Type.ToolTip, short, view.viewport().mapToGlobal(short)),
    )
    assert not QToolTip.isVisible() or QToolTip.text() != "ok"  # "ok" fits: no tip
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2000)
    header.resizeSection(1, 50)
    at = QPoint(header.sectionViewportPosition(1) + 10, 5)
    QApplication.sendEvent(
        header.viewport(),
        QHelpEvent(QHelpEvent.Type.ToolTip, at, header.viewport().mapToGlobal(at)),
    )
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=2000)
    assert QToolTip.text() == "Planned graduation date"


def test_money_thresholds_show_thousands_separators(qtbot, demo_db: Database) -> None:
    section = ReportSettings(demo_db)
    qtbot.addWidget(section)
    rules = grad.rules(demo_db)
    assert section.revenue_amount.text() == f"{rules.revenue_threshold:,.2f}"
    assert "," in section.revenue_amount.text()
    section.investment_amount.clear()
    qtbot.keyClicks(section.investment_amount, "12000000")
    section.investment_amount.editingFinished.emit()
    assert section.investment_amount.text() == "12,000,000.00"
    assert section.save_rules() and grad.rules(demo_db).investment_threshold == 12_000_000


def test_long_limit_industries_in_the_windows_language(qtbot, demo_db: Database) -> None:
    names = grad.long_incubation_industries(demo_db)
    assert names and all(zh and en for zh, en in names)
    i18n.install("en")
    section = ReportSettings(demo_db)
    qtbot.addWidget(section)
    assert names[0][1] in section.long_note.text() and names[0][0] not in section.long_note.text()
    i18n.install("zh_CN")
    qtbot.waitUntil(lambda: names[0][0] in section.long_note.text(), timeout=2000)
    i18n.install("en")


def test_title_names_the_database_once(window: MainWindow) -> None:
    title = window.windowTitle()
    assert "Incubator Desk" not in title  # Qt adds the application's name itself
    assert Path(window.db.location.display()).name in title
    assert window_title("/data/园区 数据/demo.sqlite") == "demo.sqlite (/data/园区 数据)"
    assert window_title("postgresql+psycopg://desk@db/park") == "postgresql+psycopg://desk@db/park"


def test_dark_and_light_are_chosen_in_settings(qtbot, window: MainWindow) -> None:
    page = window.page("settings")
    window.show_page("settings")
    seen: list[bool] = []
    theme.changed().connect(seen.append)
    try:
        page.scheme.setCurrentIndex(page.scheme.findData("dark"))
        assert theme.is_dark() and seen[-1] is True
        assert settings.COLOUR_SCHEME.get() == "dark"
        table_base = window.page("tenants").table.palette().color(QPalette.ColorRole.Base)
        assert table_base.lightness() < 100  # the tables too, not only the frame
        assert theme.colours().tone(theme.Tone.BAD).lightness() > 128  # readable on dark
        page.scheme.setCurrentIndex(page.scheme.findData("light"))
        assert not theme.is_dark() and seen[-1] is False
        assert theme.colours().tone(theme.Tone.BAD).lightness() < 128
    finally:
        theme.changed().disconnect(seen.append)
        theme.apply("system")


def test_graduation_criteria_rows_are_even(qtbot, demo_db: Database) -> None:
    from incubator_desk.ui.pages.reports import TenantGraduationTab

    g = grad.evaluate_all(demo_db)[0]
    tab = TenantGraduationTab(demo_db, g.tenant_id)
    qtbot.addWidget(tab)
    tab.resize(1100, 500)
    tab.show()
    qtbot.waitExposed(tab)
    one_line = row_height(tab.table)
    heights = [tab.table.rowHeight(r) for r in range(tab.model.rowCount())]
    assert heights and min(heights) == one_line  # as tall as a row of any other table
    # A row is taller only when its evidence wraps onto more lines.
    assert all(
        h == one_line or h >= one_line + tab.table.fontMetrics().height() // 2 for h in heights
    )
