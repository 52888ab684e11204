"""A new office's first day in the window: the first start, its own spreadsheet, its lists.

On a new database (no demo) the window asks for the incubator's name, logo and time zone,
then offers the import or the demo; the import window shows each value not in a list with
its rows and takes a choice for each; the lists can be merged in Settings; and a session
reads the same time on screen and in the progress report on a computer set to UTC.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox

from incubator_desk.core import clock
from incubator_desk.core.vocabularies import LookupCategory, ServiceType, SessionStatus
from incubator_desk.db import Database, open_database, resolve_location
from incubator_desk.reports.dispatch import ReportKind, ReportRequest, build_report
from incubator_desk.services import first_run, mentoring
from incubator_desk.services import settings as shared
from incubator_desk.services import tenants as svc
from incubator_desk.services.overview import Query
from incubator_desk.services.reporting import Period
from incubator_desk.ui import demo, messages
from incubator_desk.ui.dialogs.first_run import FirstRunDialog
from incubator_desk.ui.dialogs.import_wizard import ImportDialog
from incubator_desk.ui.main_window import MainWindow
from incubator_desk.ui.pages.mentoring import MentoringPage
from incubator_desk.ui.pages.tenants import TenantListsSettings

CODES = ["914403001922038216", "91440300708461136T", "91440300MA5FXXXX1Y", "91440300MA5FXXXY10"]


@pytest.fixture
def new_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(resolve_location(str(tmp_path / "office.sqlite")), create=True).db
    yield db
    db.dispose()


@pytest.fixture
def new_window(qtbot, new_db: Database) -> Iterator[MainWindow]:
    from incubator_desk.app import build_window, make_application
    from incubator_desk.ui import i18n

    make_application()
    i18n.install("en")
    win = build_window(new_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    if win.first_run is not None:
        win.first_run.close()


def office_sheet(tmp_path: Path) -> Path:
    """An ordinary GBK sheet: a title row, 万元 in a header, Chinese industry names, one
    industry that is in no list (twice), one close to an entry, one truly bad row."""
    lines = [
        "2026年在孵企业名单,,,,",
        "企业名称,统一社会信用代码,行业,注册资本（万元）,入孵日期",
        f"深圳云帆科技有限公司,{CODES[0]},新一代信息技术,100,2024-03-01",
        f"深圳百草生物医药有限公司,{CODES[1]},生物产业,500.5,2023/9/15",
        f"深圳深蓝智能有限公司,{CODES[2]},人工智能,10,2024-05-01",
        f"深圳灵犀科技有限公司,{CODES[3]},人工智能,30,2024-07-01",
        "深圳合成未来有限公司,91440300MA5FXXXW1X,合成生物学,20,2024-06-01",
        "深圳精工智能装备有限公司,,高端装备制造,80,2024-01-10",
    ]
    path = tmp_path / "在孵企业名单.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    return path


def logo_png(tmp_path: Path) -> Path:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    path = tmp_path / "logo.png"
    image.save(str(path))
    return path


def wait_for_dialog(qtbot, window: MainWindow) -> FirstRunDialog:
    qtbot.waitUntil(lambda: window.first_run is not None, timeout=5000)
    dialog = window.first_run
    assert isinstance(dialog, FirstRunDialog)
    qtbot.waitExposed(dialog)
    return dialog


def wait_idle(qtbot, dlg: ImportDialog) -> None:
    qtbot.waitUntil(lambda: dlg.worker is None and not dlg._recheck_soon.isActive(), timeout=20000)


def test_first_start_then_the_office_sheet_through_the_import_window(
    qtbot, new_window: MainWindow, new_db: Database, tmp_path: Path, monkeypatch
) -> None:
    dialog = wait_for_dialog(qtbot, new_window)
    assert dialog.time_zone.zone() == "Asia/Shanghai"
    dialog.name_zh.setText("南山科技创业孵化器")
    dialog.pick_logo(str(logo_png(tmp_path)))
    qtbot.mouseClick(dialog.go_on, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == 1, dialog.errors.summary.text()
    assert shared.get(new_db, shared.INCUBATOR_NAME).value["zh"] == "南山科技创业孵化器"
    assert shared.get(new_db, shared.TIME_ZONE).version is not None
    assert not first_run.needs_setup(new_db)

    sheet = office_sheet(tmp_path)
    monkeypatch.setattr(messages, "open_file", lambda *a: str(sheet))
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wizard = next(iter(new_window.findChildren(ImportDialog)))
    wait_idle(qtbot, wizard)
    assert wizard.plan is not None and wizard.sheet is not None
    assert wizard.sheet.encoding == "gbk" and wizard.sheet.header_row == 2

    # each value in no list, with its rows; added unless the person says otherwise
    panel = wizard.values
    assert panel.isVisible()
    shown = {
        panel.table.item(r, 1).text(): panel.table.item(r, 2).text()
        for r in range(panel.table.rowCount())
    }
    assert shown == {"人工智能": "2", "合成生物学": "1"}
    counts = wizard.plan.counts()
    # only the row without a code rejected (and none changed since the preview)
    assert [counts[o] for o in counts] == [5, 0, 0, 1, 0]

    # 合成生物学 means 生物医药: matched, and remembered for next time
    row = next(
        r for r in range(panel.table.rowCount()) if panel.table.item(r, 1).text() == "合成生物学"
    )
    combo = panel.table.cellWidget(row, 3)
    assert isinstance(combo, QComboBox)
    bio = next(r for r in svc.lookups(new_db, LookupCategory.INDUSTRY) if r.code == "biomedicine")
    combo.setCurrentIndex(combo.findData(bio.id))
    wait_idle(qtbot, wizard)
    assert wizard.plan.additions() == {LookupCategory.INDUSTRY: ["人工智能"]}

    monkeypatch.setattr(messages, "info", lambda *a: None)
    qtbot.mouseClick(wizard.run, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, wizard)
    assert "Added to the lists: 人工智能." in wizard.summary.text()
    assert svc.count(new_db, Query()) == 5
    industries = {r.name_zh: r for r in svc.lookups(new_db, LookupCategory.INDUSTRY)}
    assert "人工智能" in industries
    assert "合成生物学" in industries["生物医药"].aliases
    wizard.close()


def test_the_demo_instead(qtbot, new_window: MainWindow, new_db: Database, monkeypatch) -> None:
    real = demo.make_demo
    monkeypatch.setattr(demo, "make_demo", lambda parent: real(parent, tenants=20))
    dialog = wait_for_dialog(qtbot, new_window)
    dialog.name_zh.setText("南山孵化器")
    dialog.save()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert new_window.db is not None and new_window.db is not new_db
    assert "demo" in new_window.db.location.display()
    assert svc.count(new_window.db, Query()) == 20
    assert svc.count(new_db, Query()) == 0  # the office's own database is left as it was


def test_wrong_answers_are_shown_where_they_are(
    qtbot, new_window: MainWindow, new_db: Database, tmp_path: Path
) -> None:
    dialog = wait_for_dialog(qtbot, new_window)
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("not an image")
    dialog.set_logo(not_an_image)
    dialog.time_zone.setEditText("Mars/Olympus_Mons")
    dialog.save()
    assert dialog.pages.currentIndex() == 0
    labels = dialog.errors.labels
    assert "at least one language" in labels["name_zh"].text()
    assert "Mars/Olympus_Mons" in labels["time_zone"].text()
    assert "PNG or JPEG" in labels["logo"].text()
    assert first_run.needs_setup(new_db)  # nothing saved


def test_asked_only_on_a_blank_database(qtbot, window: MainWindow) -> None:
    # the demo database of the `window` fixture has tenants and a name: no first start
    QApplication.processEvents()
    qtbot.wait(50)
    assert window.first_run is None


def test_lists_merge_in_settings(qtbot, new_db: Database, monkeypatch) -> None:
    kept = svc.save_lookup(new_db, LookupCategory.INDUSTRY, "ai", "人工智能", "AI")
    gone = svc.save_lookup(new_db, LookupCategory.INDUSTRY, "ai_2", "AI", "A.I.")
    tid = svc.create_tenant(
        new_db,
        svc.TenantInput(name_zh="深圳云帆科技有限公司", credit_code=CODES[0], industry_id=gone),
    )
    section = TenantListsSettings(new_db)
    qtbot.addWidget(section)
    section.show()
    row = next(i for i, r in enumerate(section.rows) if r.id == gone)
    section.table.selectRow(row)
    assert section.merge.isEnabled()
    dlg = section.merge_dialog()
    assert dlg is not None
    qtbot.addWidget(dlg)
    dlg.into.setCurrentIndex(dlg.into.findData(kept))
    dlg._merge()
    assert svc.get_tenant(new_db, tid).data.industry_id == kept
    section.refresh()
    merged = next(r for r in section.rows if r.id == kept)
    assert "A.I." in merged.aliases and gone not in [r.id for r in section.rows]
    assert section.used[kept] == 1


@pytest.fixture
def computer_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_a_session_reads_the_same_time_on_screen_and_in_the_report(
    qtbot, new_db: Database, tmp_path: Path, computer_in_utc: None
) -> None:
    db = new_db
    assert dt.datetime(2026, 3, 2, 6, 30).astimezone().utcoffset() == dt.timedelta(0)
    shared.use_time_zone(db)  # the database's zone: Asia/Shanghai, the default
    tid = svc.create_tenant(
        db,
        svc.TenantInput(
            name_zh="深圳云帆科技有限公司", credit_code=CODES[0], entry_date=dt.date(2025, 1, 1)
        ),
    )
    svc.save_figures(db, tid, 2026, 1, {"revenue": Decimal(100_000), "staff_total": 12})
    mentor = mentoring.create_mentor(
        db, mentoring.MentorData("王明", mentoring.MentorKind.INVESTOR)
    )
    starts = clock.local_aware(dt.datetime(2026, 3, 2, 14, 30))  # 06:30 UTC
    assert starts.astimezone(dt.UTC).hour == 6
    mentoring.create_session(
        db,
        mentoring.SessionData(
            mentor,
            [tid],
            starts,
            starts + dt.timedelta(hours=1),
            ServiceType.FINANCING,
            topic="融资辅导",
            status=SessionStatus.HELD,
        ),
    )

    page = MentoringPage(db)
    qtbot.addWidget(page)
    page.refresh()
    sessions = page.sessions_tab.sessions.model
    qtbot.waitUntil(lambda: sessions.rowCount() == 1, timeout=5000)
    on_screen = sessions.index(0, 0).data()
    assert on_screen == "2026-03-02 14:30"

    out = tmp_path / "progress.pdf"
    build_report(db, ReportRequest(ReportKind.PROGRESS, tid, Period(2026, 1), "en"), out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "14:30" in text and "06:30" not in text

    # another zone chosen in Settings: both move together
    shared.set_time_zone(db, "Europe/Berlin", shared.get(db, shared.TIME_ZONE).version)
    page.refresh()
    qtbot.waitUntil(lambda: sessions.index(0, 0).data() == "2026-03-02 07:30", timeout=5000)
    build_report(db, ReportRequest(ReportKind.PROGRESS, tid, Period(2026, 1), "en"), out)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, check=True, text=True
    ).stdout
    assert "07:30" in text and "14:30" not in text
