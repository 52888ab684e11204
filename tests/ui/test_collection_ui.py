"""An operator starts a collection round from the Reports page, imports the workbooks that
come back (picked, and dropped onto the page), reads the report and reminds the missing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication

from incubator_desk.core import clock
from incubator_desk.core.periods import Period, quarter_of
from incubator_desk.db import Database
from incubator_desk.services import collection as col
from incubator_desk.services.collection.workbook import COL_KEY, COL_VALUE, FORM_TITLE
from incubator_desk.services.tenants import figures_for
from incubator_desk.ui import i18n, messages
from incubator_desk.ui.dialogs.tenant_detail import TenantDetailDialog
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.reports import ReportsPage
from incubator_desk.ui.pages.reports.collection_tab import CollectionTab

# The demo has figures up to the last complete quarter: a round for this one asks for new ones.
PERIOD = Period(*quarter_of(clock.today()))


def fill(source: Path, target: Path, values: dict[str, object]) -> Path:
    wb = openpyxl.load_workbook(source)
    ws = wb[FORM_TITLE]
    rows = {ws.cell(r, COL_KEY).value: r for r in range(1, ws.max_row + 1)}
    for key, value in values.items():
        ws.cell(rows[key], COL_VALUE, value)
    target.parent.mkdir(parents=True, exist_ok=True)
    wb.save(target)
    return target


def collection_tab(qtbot, window: MainWindow) -> CollectionTab:  # type: ignore[no-untyped-def]
    window.show_page("reports")
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    assert page.collection is None  # built when first shown
    page.tabs.setCurrentIndex(1)
    assert page.collection is not None and page.tabs.currentWidget() is page.collection
    return page.collection


def wait_import(qtbot, tab: CollectionTab) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: tab.task is None, timeout=20000)


def test_start_import_and_remind(
    qtbot, window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "info", lambda _p, title, text: shown.append((title, text)))
    tab = collection_tab(qtbot, window)
    assert tab.empty.isVisible() and not tab.split.isVisible()
    assert not tab.import_button.isEnabled()

    # a period that has not begun is refused next to its field, and nothing is written
    dialog = tab.start_round()
    qtbot.waitExposed(dialog)
    out = tmp_path / "发出 workbooks"
    dialog.period_edit.clear()
    qtbot.keyClicks(dialog.period_edit, "2199Q1")
    assert dialog.folder_edit.text().endswith("2199Q1")  # follows the period until typed in
    # typed in (QTest cannot type Chinese: the text is set as an input method would)
    dialog.folder_edit.setText(str(out))
    dialog.folder_edit.textEdited.emit(str(out))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10000)
    assert dialog.isVisible()
    assert "has not begun" in dialog.errors.labels["period"].text()
    assert not out.exists()
    # the quarter under way: every tenant in incubation gets a workbook
    dialog.period_edit.clear()
    qtbot.keyClicks(dialog.period_edit, PERIOD.label)
    assert dialog.folder_edit.text() == str(out)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)
    written = sorted(out.iterdir())
    assert written and shown and f"Wrote {len(written)} workbook(s)" in shown[-1][1]
    assert tab.split.isVisible() and tab.round.currentText() == PERIOD.label
    assert tab.entries_model.rowCount() == len(written)
    assert f"missing {len(written)}" in tab.summary.text()

    # two tenants answer: one right, one with mistakes; picked as files
    back = tmp_path / "back"
    good = fill(written[0], back / "回复 reply.xlsx", {"staff_total": 9, "revenue": 12})
    bad = fill(written[1], back / "bad.xlsx", {"staff_total": "nine", "revenue": "=1+2"})
    monkeypatch.setattr(messages, "open_files", lambda *_a: [str(good), str(bad)])
    tab.from_files.trigger()
    wait_import(qtbot, tab)
    outcomes = {line.file.path.name: line.file.outcome for line in tab.report_model.rows()}
    assert outcomes == {
        "回复 reply.xlsx": col.FileOutcome.ACCEPTED,
        "bad.xlsx": col.FileOutcome.REJECTED,
    }
    messages_shown = [line.message for line in tab.report_model.rows()]
    assert any("“nine” is not a number" in m for m in messages_shown)
    assert any("formula" in m for m in messages_shown)
    assert tab.report_box.isVisible() and "1 saved" in tab.report_title.text()

    # the filters: the rejected tenant, with what was wrong
    tab.filter.setCurrentIndex(tab.filter.findData("rejected"))
    rejected = tab.entries_model.rows()
    assert len(rejected) == 1 and "nine" in rejected[0].why
    tab.filter.setCurrentIndex(tab.filter.findData("missing"))
    assert tab.entries_model.rowCount() == len(written) - 2

    # a third answer dropped onto the page
    dropped = fill(written[2], tmp_path / "drop" / "mail attachment.xlsx", {"staff_total": 4})
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dropEvent(event)
    wait_import(qtbot, tab)
    assert [line.file.outcome for line in tab.report_model.rows()] == [col.FileOutcome.ACCEPTED]
    assert tab.entries_model.rowCount() == len(written) - 3

    # reminders: copied, mailed, saved for a mail merge
    late = col.missing(col.round_status(demo_db, PERIOD))
    qtbot.mouseClick(tab.copy, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0].startswith("企业名称") and late[0].name in copied
    assert len(copied.splitlines()) == len(late) + 1
    opened: list[str] = []
    monkeypatch.setattr(messages, "open_url", lambda url: opened.append(url) or True)
    qtbot.mouseClick(tab.mail, Qt.MouseButton.LeftButton)
    assert opened and opened[0].startswith("mailto:?bcc=")
    assert all(e.email in opened[0] for e in late if e.email) or "clipboard" in shown[-1][1]
    target = tmp_path / "催报 名单.csv"
    monkeypatch.setattr(messages, "save_file", lambda *_a: str(target))
    qtbot.mouseClick(tab.save_csv, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    assert f"Saved {len(late)} tenant(s)" in tab.summary.text()
    folders: list[str] = []
    monkeypatch.setattr(messages, "open_folder", lambda path: folders.append(path) or True)
    qtbot.mouseClick(tab.open_folder, Qt.MouseButton.LeftButton)
    assert folders == [str(out)]


def test_conflicts_are_overwritten_only_when_confirmed(
    qtbot, window: MainWindow, demo_db: Database, tmp_path: Path, monkeypatch
) -> None:
    """A round for the last complete quarter meets the figures already entered."""
    last = PERIOD.previous()
    col.start_round(demo_db, last, tmp_path / "out")
    status = col.round_status(demo_db, last)
    entry = next(
        e
        for e in status.entries
        if (found := figures_for(demo_db, e.tenant_id, last.year, last.quarter or 0)[0])
        and found.values["revenue"]
    )
    back = fill(tmp_path / "out" / entry.file_name, tmp_path / "back" / "x.xlsx", {"revenue": 1})
    tab = collection_tab(qtbot, window)
    assert tab.round.currentText() == last.label
    tab.import_paths([back])
    wait_import(qtbot, tab)
    assert {line.file.outcome for line in tab.report_model.rows()} == {col.FileOutcome.CONFLICT}
    qtbot.waitUntil(lambda: tab.overwrite_conflicts.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: not tab.overwrite_conflicts.rect().isEmpty(), timeout=5000)
    answers = iter([False, True])
    monkeypatch.setattr(messages, "confirm", lambda *_a: next(answers))
    qtbot.mouseClick(tab.overwrite_conflicts, Qt.MouseButton.LeftButton)
    assert tab.task is None  # refused: nothing imported
    qtbot.mouseClick(tab.overwrite_conflicts, Qt.MouseButton.LeftButton)
    wait_import(qtbot, tab)
    assert {line.file.outcome for line in tab.report_model.rows()} == {col.FileOutcome.ACCEPTED}


def test_the_tab_in_chinese(qtbot, window: MainWindow) -> None:
    i18n.install("zh_CN")
    tab = collection_tab(qtbot, window)
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    assert page.tabs.tabText(1) == "收集数据"
    assert tab.start.text().startswith("开始收集")
    assert "还没有数据收集" in tab.empty.text()


def test_an_annual_round_and_the_search_shortcut(
    qtbot, window: MainWindow, demo_db: Database, tmp_path: Path
) -> None:
    year = clock.today().year - 1
    col.start_round(demo_db, str(year), tmp_path / "annual")
    tab = collection_tab(qtbot, window)
    assert tab.round.currentText() == f"{year} (annual return)"
    assert tab.entries_model.rowCount() == col.round_status(demo_db, str(year)).counts()["sent"]
    page = window.current_page()
    assert isinstance(page, ReportsPage)
    page.focus_search()  # Ctrl+F
    qtbot.waitUntil(lambda: tab.search.hasFocus(), timeout=5000)
    # a double click on a tenant opens its window
    first = tab.entries_model.rows()[0]
    rect = tab.entries.visualRect(tab.entries_model.index(0, 0))
    # as a person does it: a press selects the row, the second click of a double click opens
    qtbot.mouseClick(tab.entries.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.entries.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    opened = tab.tenant_window
    assert isinstance(opened, TenantDetailDialog) and opened.tenant_id == first.tenant_id
    opened.close()
    qtbot.keyClicks(tab.search, "no such tenant")
    assert tab.entries_model.rowCount() == 0
