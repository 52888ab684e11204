"""Help → About, the crash dialog, Qt's messages in the log, the window's self-test, the icon."""

from __future__ import annotations

import io
import logging
import sys
import traceback
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler, qVersion, qWarning
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication
from reportlab.pdfgen import canvas

from incubator_desk import __version__, paths
from incubator_desk.db import migrate
from incubator_desk.ui import messages
from incubator_desk.ui.crash_dialog import CrashDialog, report_text
from incubator_desk.ui.dialogs.about import AboutDialog
from incubator_desk.ui.self_test import SelfTest
from incubator_desk.ui.toolkit import failures
from incubator_desk.ui.toolkit.failures import Crash

ROOT = Path(__file__).resolve().parents[2]


def test_about_shows_version_database_data_folder_and_qt(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.act_about.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    values = {key: label.text() for key, label in dialog.values.items()}
    assert __version__ in dialog.title.text()
    assert values["database"] == window.db.location.display()
    assert str(paths.data_dir()) in values["data_folder"]
    assert values["qt"] == qVersion()
    assert values["pyside"] == PySide6.__version__
    assert values["schema"] == f"{migrate.HEAD} / {migrate.HEAD}"
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert f"Qt {qVersion()}, PySide6 {PySide6.__version__}" in copied
    assert window.db.location.display() in copied
    dialog.close()


def _crash(tmp_path: Path) -> Crash:
    try:
        raise KeyError("missing")
    except KeyError as exc:
        details = "".join(traceback.format_exception(exc))
    return Crash("KeyError: 'missing'", details, tmp_path / "incubator-desk.log")


def test_the_crash_dialog_says_what_and_where_and_copies_details(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    crash = _crash(tmp_path)
    dialog = CrashDialog(crash)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "KeyError: 'missing'" in dialog.what.text()
    assert "incubator-desk.log" in dialog.where.text()
    assert not dialog.details.isVisible()
    dialog.show_button.click()
    assert dialog.details.isVisible()
    assert "Traceback (most recent call last)" in dialog.details.toPlainText()
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == report_text(crash)
    assert f"PySide6 {PySide6.__version__}" in copied and "KeyError" in copied
    assert str(tmp_path / "incubator-desk.log") in copied


def test_the_exception_hook_shows_the_crash_dialog_with_the_log(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, tmp_path: Path, caplog
) -> None:
    shown: list[Crash] = []
    monkeypatch.setattr(messages, "crash", lambda _parent, crash: shown.append(crash))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    handler = logging.FileHandler(tmp_path / "incubator-desk.log", encoding="utf-8")
    failures.log.addHandler(handler)
    try:
        failures.install_exception_hook()
        try:
            raise ValueError("no such thing")
        except ValueError as exc:
            failures.report_unexpected(exc)
    finally:
        failures.log.removeHandler(handler)
        handler.close()
    assert len(shown) == 1
    assert shown[0].summary == "ValueError: no such thing"
    assert shown[0].log_file == tmp_path / "incubator-desk.log"
    assert "raise ValueError" in shown[0].details
    assert "ValueError: no such thing" in (tmp_path / "incubator-desk.log").read_text("utf-8")


def test_qt_messages_go_to_the_log(qtbot, tmp_path: Path, capsys, caplog) -> None:  # type: ignore[no-untyped-def]
    handler = logging.FileHandler(tmp_path / "incubator-desk.log", encoding="utf-8")
    failures.log.addHandler(handler)
    previous = qInstallMessageHandler(None)
    try:
        failures.install_qt_message_handler()
        qWarning("a warning from Qt")
    finally:
        qInstallMessageHandler(previous)  # pytest-qt's own again
        failures.log.removeHandler(handler)
        handler.close()
    log = (tmp_path / "incubator-desk.log").read_text("utf-8")
    assert "default: a warning from Qt" in log
    record = next(r for r in caplog.records if r.name == "incubator_desk.qt")
    assert record.levelno == logging.WARNING
    assert "a warning from Qt" in capsys.readouterr().err
    assert failures._QT_LEVELS[QtMsgType.QtFatalMsg] == logging.CRITICAL


def _pdf(path: Path) -> Path:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Incubator Desk self-test")
    page.rect(72, 600, 200, 80, fill=1)
    page.save()
    path.write_bytes(out.getvalue())
    return path


def test_the_self_test_walks_the_window_and_previews_a_pdf(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    results: list[int] = []
    test = SelfTest(window, _pdf(tmp_path / "report.pdf"), results.append)
    test.start()
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert results == [0]
    assert any(c.startswith("a tenant window with") for c in test.checked)
    assert window.page("reports").maker.document.pageCount() == 1
    assert window.current_page() is window.page("reports")
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert shown == []  # the tenant window it opened was closed again


def test_the_self_test_fails_on_a_broken_pdf(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    results: list[int] = []
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf")
    SelfTest(window, broken, results.append).start()
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert results == [1]


@pytest.mark.parametrize("size", [32, 128])
def test_the_shipped_icon_is_drawn_from_the_svg(qtbot, size: int) -> None:  # type: ignore[no-untyped-def]
    """Edit the SVG without running tools/icons.py and this fails."""
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "incubator-desk.svg"))
    drawn = QImage(size, size, QImage.Format.Format_ARGB32)
    drawn.fill(0)
    painter = QPainter(drawn)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    shipped = QImage(
        str(ROOT / "src" / "incubator_desk" / "resources" / "icons" / f"incubator-desk-{size}.png")
    ).convertToFormat(QImage.Format.Format_ARGB32)
    assert shipped.size() == drawn.size()
    differing = sum(
        1
        for x in range(size)
        for y in range(size)
        if abs(drawn.pixelColor(x, y).green() - shipped.pixelColor(x, y).green()) > 24
    )
    assert differing < size * size // 50


def test_the_window_has_the_application_icon(window) -> None:  # type: ignore[no-untyped-def]
    sizes = window.windowIcon().availableSizes()
    assert len(sizes) >= 6 and max(s.width() for s in sizes) == 512
