"""Screenshots of every page, every tab and the main dialogs, in English and Chinese, light
and dark: the whole application to review at once.

    python tools/screenshots.py OUTDIR [--tenants N] [--lang en|zh_CN] [--scheme light|dark]
                                       [--scale 1.5]

Writes OUTDIR/<lang>-<scheme>-<what>.png (for example en-dark-tenants.png,
zh_CN-light-dialog-tenant-detail-tab3.png) and OUTDIR/index.html, a page showing them all.
Runs offscreen by default; under ../shared/tools/on-screen it draws a real X window.
`--scale` sets QT_SCALE_FACTOR (1.5, 2) to check the window at high-DPI scaling.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# --- helpers ----------------------------------------------------------------------------------


def settle(rounds: int = 4) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.processEvents()


def save(widget: Any, path: Path) -> None:
    settle()
    widget.grab().save(str(path))


def shoot_tabs(widget: Any, out: Path, stem: str) -> None:
    """`stem`.png, then one picture per further tab of every visible tab widget inside."""
    from PySide6.QtWidgets import QTabWidget

    save(widget, out / f"{stem}.png")
    visible = [tabs for tabs in widget.findChildren(QTabWidget) if tabs.isVisible()]
    for t, tabs in enumerate(visible):
        for i in range(1, tabs.count()):
            if not tabs.isTabEnabled(i):
                continue
            tabs.setCurrentIndex(i)
            save(widget, out / f"{stem}-tab{t}-{i}.png")
        tabs.setCurrentIndex(0)


def shoot_dialog(make: Callable[[], Any], out: Path, stem: str, tabs: bool = True) -> None:
    dialog = make()
    dialog.show()
    settle()
    if tabs:
        shoot_tabs(dialog, out, stem)
    else:
        save(dialog, out / f"{stem}.png")
    dialog.close()
    dialog.deleteLater()
    settle(1)


# --- what is shot -----------------------------------------------------------------------------


def shoot_pages(window: Any, out: Path, prefix: str) -> None:
    from incubator_desk.ui.main_window import PAGE_ORDER

    for key in PAGE_ORDER:
        window.show_page(key)
        wait_for_figures(window.stack.currentWidget())
        shoot_tabs(window, out, f"{prefix}-{key}")


def wait_for_figures(page: Any, limit_ms: int = 60_000) -> None:
    """Until a page reading its figures in the background (the Dashboard) has them all: an
    event loop that looks every 50 ms, not a processEvents spin."""
    from PySide6.QtCore import QEventLoop, QTimer

    busy = getattr(page, "charts_filling", None) or getattr(page, "is_filling", None)
    if not callable(busy):
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: None if busy() else loop.quit())
    poll.start(50)
    QTimer.singleShot(limit_ms, loop.quit)
    if busy():
        loop.exec()
    poll.stop()


def shoot_reports(window: Any, out: Path, prefix: str) -> None:
    """The report maker with a PDF in its preview, and with the Torch workbook."""
    from PySide6.QtCore import QEventLoop, QTimer

    from incubator_desk.reports.dispatch import ReportKind

    window.show_page("reports")
    page = window.stack.currentWidget()
    maker = page.maker
    for kind, stem in ((ReportKind.PORTFOLIO, "pdf"), (ReportKind.TORCH, "torch")):
        maker.kind.setCurrentIndex(maker.kind.findData(kind))
        if kind is ReportKind.TORCH:
            maker.period.setText(str(dt.date.today().year - 1))
        maker.start()
        loop = QEventLoop()
        if maker.task is not None:
            maker.task.finished.connect(loop.quit)
            QTimer.singleShot(120_000, loop.quit)
            loop.exec()
        for _ in range(15):  # the preview draws its pages in a thread of its own
            settle(1)
            time.sleep(0.1)
        save(window, out / f"{prefix}-reports-{stem}.png")
    maker.kind.setCurrentIndex(0)


def shoot_dialogs(window: Any, out: Path, prefix: str) -> None:
    """Help → About, the crash dialog, and the dialogs a manager opens every day."""
    from incubator_desk.services import mentoring, training
    from incubator_desk.services.tenants import tenant_choices
    from incubator_desk.ui.crash_dialog import CrashDialog
    from incubator_desk.ui.dialogs.about import AboutDialog, about_facts
    from incubator_desk.ui.dialogs.allocation_dialog import AllocationDialog
    from incubator_desk.ui.dialogs.application_dialog import ApplicationDialog
    from incubator_desk.ui.dialogs.booking_dialog import BookingDialog
    from incubator_desk.ui.dialogs.event_dialog import EventDialog
    from incubator_desk.ui.dialogs.first_run import FirstRunDialog
    from incubator_desk.ui.dialogs.fund_dialog import FundDialog
    from incubator_desk.ui.dialogs.import_wizard import ImportDialog
    from incubator_desk.ui.dialogs.mentor_dialog import MentorDialog
    from incubator_desk.ui.dialogs.session_dialog import SessionDialog
    from incubator_desk.ui.dialogs.tenant_detail import TenantDetailDialog
    from incubator_desk.ui.dialogs.tenant_form import NewTenantDialog
    from incubator_desk.ui.toolkit import log_file
    from incubator_desk.ui.toolkit.failures import Crash

    db = window.db
    tenant = next(t for t in tenant_choices(db, open_only=True))
    now = dt.datetime.now()
    sessions = mentoring.sessions_between(db, now - dt.timedelta(days=60), now)
    events = training.events_between(db, now - dt.timedelta(days=120), now)
    mentors = mentoring.list_mentors(db)

    dialogs: list[tuple[str, Callable[[], Any], bool]] = [
        ("about", lambda: AboutDialog(about_facts(db), window), False),
        ("new-tenant", lambda: NewTenantDialog(db, window), False),
        ("tenant-detail", lambda: TenantDetailDialog(db, tenant.id, window), True),
        ("allocate", lambda: AllocationDialog(db, tenant_id=tenant.id, parent=window), False),
        ("booking", lambda: BookingDialog(db, parent=window), False),
        ("new-session", lambda: SessionDialog(db, None, window, tenant_id=tenant.id), False),
        ("mentor", lambda: MentorDialog(db, mentors[0] if mentors else None, window), False),
        ("new-event", lambda: EventDialog(db, None, window), False),
        ("new-application", lambda: ApplicationDialog(db, None, window), True),
        ("new-fund", lambda: FundDialog(db, None, window), False),
        ("import", lambda: ImportDialog(db, parent=window), False),
        ("first-run", lambda: FirstRunDialog(db, window), False),
    ]
    if sessions:
        first = sessions[-1]
        dialogs.append(("session", lambda: SessionDialog(db, first.id, window), False))
    if events:
        first_event = events[-1]
        dialogs.append(("event", lambda: EventDialog(db, first_event.id, window), False))
    for stem, make, tabs in dialogs:
        shoot_dialog(make, out, f"{prefix}-dialog-{stem}", tabs)

    try:
        raise KeyError("tenant 42")
    except KeyError as exc:
        import traceback

        details = "".join(traceback.format_exception(exc))
    log = log_file() or Path(os.environ["INCUBATOR_DESK_DATA_DIR"]) / "incubator-desk.log"
    crash = CrashDialog(Crash("KeyError: 'tenant 42'", details, log), window)
    crash.show()
    save(crash, out / f"{prefix}-dialog-crash.png")
    crash.show_button.click()
    save(crash, out / f"{prefix}-dialog-crash-details.png")
    crash.close()


def write_index(out: Path) -> None:
    shots = sorted(p.name for p in out.glob("*.png"))
    body = "\n".join(
        f'<figure><img src="{html.escape(n)}" loading="lazy"><figcaption>{html.escape(n)}'
        "</figcaption></figure>"
        for n in shots
    )
    (out / "index.html").write_text(
        "<!doctype html><meta charset=utf-8><title>Incubator Desk screenshots</title>"
        "<style>body{font-family:sans-serif}figure{display:inline-block;margin:8px;"
        "width:46%}img{width:100%;border:1px solid #888}</style>\n" + body,
        encoding="utf-8",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="shots")
    parser.add_argument("--tenants", type=int, default=120)
    parser.add_argument("--lang", choices=("en", "zh_CN"), action="append")
    parser.add_argument("--scheme", choices=("light", "dark"), action="append")
    parser.add_argument("--scale", type=float, default=None)
    parser.add_argument("--no-dialogs", action="store_true")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):  # no picture left over from an earlier run
        old.unlink()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["INCUBATOR_DESK_DATA_DIR"] = tempfile.mkdtemp(prefix="incubator-shots-")
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)

    from incubator_desk.app import build_window, make_application
    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.services.demo import generate_demo
    from incubator_desk.ui import i18n, messages, theme

    # A dialog that would wait for a person (a confirmation, a file chooser) answers "no".
    messages.confirm = lambda *a, **k: False  # type: ignore[assignment]
    messages.info = lambda *a, **k: None  # type: ignore[assignment]
    messages.error = lambda *a, **k: None  # type: ignore[assignment]

    app = make_application()
    db = open_database(
        resolve_location(str(Path(os.environ["INCUBATOR_DESK_DATA_DIR"]) / "s.sqlite")),
        create=True,
    ).db
    generate_demo(db, tenants=args.tenants, seed=1, books=True)
    window = build_window(db)
    window.resize(1360, 820)
    window.show()
    for scheme in args.scheme or ("light", "dark"):
        theme.apply(scheme)
        for lang in args.lang or ("en", "zh_CN"):
            i18n.install(lang)
            prefix = f"{lang}-{scheme}"
            shoot_pages(window, out, prefix)
            shoot_reports(window, out, prefix)
            if not args.no_dialogs:
                shoot_dialogs(window, out, prefix)
    write_index(out)
    db.dispose()
    app.quit()
    print(f"screenshots in {out} ({len(list(out.glob('*.png')))} pictures, index.html)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
