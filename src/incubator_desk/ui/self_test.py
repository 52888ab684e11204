"""The window's self-test, for checking a packaged build where no one watches the screen.

    INCUBATOR_DESK_SELF_TEST=report.pdf incubator-desk --db demo.sqlite   (app.SELF_TEST_ENV)

With that variable set, once the database is open the window shows each page, opens the first
tenant's window with every tab (the tabs other areas register by name), loads every settings
section, loads the PDF into the Reports page's preview and draws its first page, then quits.
Exit status 0 and a line `self-test passed: …` on stdout when all of that worked; status 1 and
a line on stderr saying what did not; 70 when an unexpected exception was raised (its
traceback on stderr, as the exception hook does in runs no one watches). Used by
`packaging/build.py --smoke` on every system; set QT_QPA_PLATFORM=offscreen for no screen.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, QTimer
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from . import extensions

if TYPE_CHECKING:
    from .main_window import MainWindow

TIMEOUT_MS = 60_000

log = logging.getLogger("incubator_desk")


def _say(text: str, failed: bool = False) -> None:
    (log.error if failed else log.info)("%s", text)
    stream = sys.stderr if failed else sys.stdout
    if stream is not None:  # None in a Windows window: the exit status and the log say it
        print(text, file=stream, flush=True)


def _distinct_colours(image: QImage, samples: int = 24) -> int:
    step_x, step_y = max(image.width() // samples, 1), max(image.height() // samples, 1)
    return len(
        {
            image.pixel(x, y)
            for x in range(0, image.width(), step_x)
            for y in range(0, image.height(), step_y)
        }
    )


class SelfTest:
    """Walks the window through its parts, then calls `finish(status)`."""

    def __init__(self, window: MainWindow, pdf: Path, finish: Callable[[int], None]) -> None:
        self.window, self.pdf, self.finish = window, pdf, finish
        self.done = False
        self.checked: list[str] = []

    def start(self) -> None:
        QTimer.singleShot(TIMEOUT_MS, lambda: self.fail("timed out"))
        from .main_window import PAGE_ORDER

        for key in PAGE_ORDER:
            self.window.show_page(key)
            QCoreApplication.processEvents()
        self._when_filled(self._pages_shown)

    def _when_filled(self, then: Callable[[], None]) -> None:
        """Call `then` once no page is still reading its figures in the background."""
        if any(page.is_filling() for page in self.window.pages.values()):
            QTimer.singleShot(50, lambda: self._when_filled(then))
        else:
            then()

    def _pages_shown(self) -> None:
        from .main_window import PAGE_ORDER

        self.checked.append(f"{len(PAGE_ORDER)} pages")
        tabs = extensions.tenant_tabs()
        sections = extensions.settings_sections()
        self._tenant_window()
        self.checked.append(f"{len(tabs)} tenant tabs, {len(sections)} settings sections")
        self._preview()

    def _tenant_window(self) -> None:
        from .pages.tenants import TenantsPage

        page = self.window.page("tenants")
        assert isinstance(page, TenantsPage)
        if page.model.rowCount() == 0:
            return
        dialog = page.open_tenant(page.model.row_id(0))
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            QCoreApplication.processEvents()
        dialog.close()
        self.checked.append(f"a tenant window with {dialog.tabs.count()} tabs")

    def _preview(self) -> None:
        from .pages.reports import ReportsPage

        self.window.show_page("reports")
        page = self.window.page("reports")
        assert isinstance(page, ReportsPage)
        document = page.maker.document
        document.statusChanged.connect(lambda _status: self._loaded(document))
        page.maker.show_pdf(self.pdf.read_bytes())
        self._loaded(document)

    def _loaded(self, document: QPdfDocument) -> None:
        if self.done:  # also while the document is closed as the window goes
            return
        status = document.status()
        if status == QPdfDocument.Status.Loading:
            return
        if status != QPdfDocument.Status.Ready:
            self.fail(f"the preview could not load {self.pdf}: {document.error().name}")
            return
        pages = document.pageCount()
        image = document.render(0, QSize(420, 594))
        if pages < 1 or image.isNull() or _distinct_colours(image) < 2:
            self.fail(f"the preview of {self.pdf} shows nothing ({pages} page(s))")
            return
        self.checked.append(f"the preview of {self.pdf.name}: {pages} page(s)")
        self._when_filled(self._passed)

    def _passed(self) -> None:
        if self.done:
            return
        self.done = True
        _say("self-test passed: " + "; ".join(self.checked))
        self.finish(0)

    def fail(self, why: str) -> None:
        if self.done:
            return
        self.done = True
        _say(f"self-test failed: {why}", failed=True)
        self.finish(1)
