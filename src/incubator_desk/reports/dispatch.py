"""The one way to make a report, for the window and the command line alike: the request
checked, its data fetched from the services, the file written by the report's module.

This is the boundary between the services (which read the database) and the report modules
(which take plain data): the only place in reports/ that is handed a database.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from ..core.errors import ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP, Translator
from ..core.periods import Period
from ..services import billing, reporting, statistics
from ..services.reporting import Database
from . import bills, finance, fonts, graduation, portfolio, progress, reminders, statements, torch
from .base import Lang, write_file

Progress = Callable[[int, int], None]

_t = Translator("reports")


class ReportKind(StrEnum):
    GRADUATION = "graduation"
    PROGRESS = "progress"
    PORTFOLIO = "portfolio"
    TORCH = "torch"

    @property
    def needs_tenant(self) -> bool:
        return self in (ReportKind.GRADUATION, ReportKind.PROGRESS)

    @property
    def needs_period(self) -> bool:
        return self is not ReportKind.GRADUATION

    @property
    def suffix(self) -> str:
        return ".xlsx" if self is ReportKind.TORCH else ".pdf"


@dataclass(frozen=True)
class ReportRequest:
    """Which report: its kind, the tenant (graduation, progress), the period (progress,
    portfolio; the Torch return takes the period's year) and the language of a PDF."""

    kind: ReportKind
    tenant_id: int | None = None
    period: Period | None = None
    lang: str = "zh"

    @classmethod
    def parse(
        cls, kind: ReportKind | str, tenant_id: int | None, period: str, lang: str = "zh"
    ) -> ReportRequest:
        """A request from what a person typed; ValidationError names the fields
        ("tenant", "period") to correct."""
        kind = ReportKind(kind)
        errors: dict[str, str] = {}
        if kind.needs_tenant and tenant_id is None:
            errors["tenant"] = _t(QT_TRANSLATE_NOOP("reports", "Choose a tenant from the list."))
        parsed: Period | None = None
        if kind.needs_period:
            try:
                parsed = Period.parse(period)
            except ValidationError as exc:
                errors["period"] = str(exc)
            else:
                if kind is ReportKind.TORCH:
                    parsed = Period(parsed.year)
        if errors:
            raise ValidationError(errors)
        return cls(kind, tenant_id if kind.needs_tenant else None, parsed, lang)

    def _tenant(self) -> int:
        if self.tenant_id is None:
            raise ValidationError(
                {"tenant": _t(QT_TRANSLATE_NOOP("reports", "Choose a tenant from the list."))}
            )
        return self.tenant_id

    def _period(self) -> Period:
        if self.period is None:
            raise ValidationError(
                {"period": _t(QT_TRANSLATE_NOOP("reports", "Give a quarter or a year."))}
            )
        return self.period


@dataclass(frozen=True)
class BuiltReport:
    request: ReportRequest
    data: bytes  # the PDF, or the .xlsx workbook of the Torch return
    rows: int | None = None  # the Torch return's tenant rows


def build_report(
    db: Database,
    request: ReportRequest,
    out: Path | None = None,
    progress_to: Progress | None = None,
) -> BuiltReport:
    """Make the report asked for, and write it to `out` when given.

    `progress_to(done, of)` is called as the work goes on; raising core.errors.Cancelled from it
    stops the work, and nothing is written.
    """
    report = progress_to or (lambda _done, _of: None)
    report(0, 1)
    kind = request.kind
    rows: int | None = None
    if kind is ReportKind.TORCH:
        data = statistics.torch_return(db, request._period().year)
        content = torch.workbook_bytes(data, report)
        rows = len(data.returns)
    else:
        font = fonts.report_font(reporting.chosen_font(db))
        buffer = io.BytesIO()
        if kind is ReportKind.GRADUATION:
            grad = reporting.graduation_report_data(db, request._tenant())
            graduation.write(grad, buffer, request.lang, font, report)
        elif kind is ReportKind.PROGRESS:
            prog = reporting.progress_report_data(db, request._tenant(), request._period())
            progress.write(prog, buffer, request.lang, font, report)
        else:
            port = reporting.portfolio_report_data(db, request._period())
            portfolio.write(port, buffer, request.lang, font, report)
        content = buffer.getvalue()
    if out is not None:
        write_file(Path(out), content)
    return BuiltReport(request, content, rows)


# --- billing documents -----------------------------------------------------------------------


def _finish(content: bytes, out: Path | None) -> bytes:
    if out is not None:
        write_file(Path(out), content)
    return content


def _pdf(db: Database, draw: Callable[[io.BytesIO, str], None]) -> bytes:
    buffer = io.BytesIO()
    draw(buffer, fonts.report_font(reporting.chosen_font(db)))
    return buffer.getvalue()


def build_bills(
    db: Database,
    bill_ids: list[int],
    lang: str = "zh",
    out: Path | None = None,
    progress_to: Progress | None = None,
) -> bytes:
    """The bills as one PDF (each bill numbering its own pages), written to `out` if given."""
    docs = billing.bill_documents(db, bill_ids)
    content = _pdf(db, lambda buf, font: bills.write_bills(docs, buf, lang, font, progress_to))
    return _finish(content, out)


def build_period_bills(
    db: Database,
    month: dt.date,
    lang: str = "zh",
    out: Path | None = None,
    progress_to: Progress | None = None,
) -> tuple[bytes, int]:
    """Every bill of the periods holding `month`, for printing at once; and how many."""
    ids = billing.period_bill_ids(db, month)
    docs = billing.bill_documents(db, ids)
    title = Lang(lang).t("Bills {period}", period=f"{month:%Y-%m}")
    content = _pdf(
        db, lambda buf, font: bills.write_bills(docs, buf, lang, font, progress_to, title)
    )
    return _finish(content, out), len(docs)


def build_statement(
    db: Database,
    tenant_id: int,
    start: dt.date,
    end: dt.date,
    lang: str = "zh",
    out: Path | None = None,
    progress_to: Progress | None = None,
) -> bytes:
    """A tenant's statement of account from `start` to `end` as PDF."""
    doc = billing.statement_document(db, tenant_id, start, end)
    content = _pdf(db, lambda buf, font: statements.write(doc, buf, lang, font, progress_to))
    return _finish(content, out)


def build_reminders(
    db: Database,
    on: dt.date,
    tenant_ids: list[int] | None = None,
    lang: str = "zh",
    out: Path | None = None,
    progress_to: Progress | None = None,
) -> tuple[bytes, int]:
    """Reminder letters (催缴通知书) to the tenants in arrears on `on`; and how many."""
    docs = billing.reminder_letters(db, on, tenant_ids)
    content = _pdf(
        db, lambda buf, font: reminders.write_letters(docs, buf, lang, font, progress_to)
    )
    return _finish(content, out), len(docs)


def build_finance_export(
    db: Database,
    year: int,
    lang: str = "zh",
    out: Path | None = None,
    progress_to: Progress | None = None,
) -> tuple[bytes, billing.FinanceData]:
    """A year's bills, lines, payments and balances with account codes, as .xlsx; and
    what it holds."""
    data = billing.finance_data(db, year)
    content = finance.workbook_bytes(data, lang, progress_to)
    return _finish(content, out), data


# --- the report font, as Settings shows and changes it ----------------------------------------


@dataclass(frozen=True)
class FontInUse:
    choice: reporting.FontChoice
    chosen: bool  # chosen in Settings (else found automatically)


def font_in_use(db: Database) -> FontInUse:
    """The font reports will embed; fonts.FontNotFound says what to do when there is none."""
    chosen = reporting.chosen_font(db)
    found = fonts.find_font(chosen)
    return FontInUse(found, chosen is not None and found == chosen)


def choose_report_font(db: Database, path: Path | None) -> None:
    """Use the font at `path` in every report (None: find one automatically); a font that
    cannot be embedded is refused, saying why."""
    if path is None:
        reporting.choose_font(db, None)
        return
    choice = reporting.FontChoice(Path(path), 0)
    problem = fonts.check(choice)
    if problem is not None:
        raise ValidationError(
            {
                "font": _t(
                    QT_TRANSLATE_NOOP(
                        "reports",
                        "This font cannot be embedded in reports: {problem}\nChoose a TrueType "
                        "font (.ttf or .ttc) with Chinese characters, such as Microsoft YaHei "
                        "or WenQuanYi Micro Hei.",
                    ),
                    problem=problem,
                )
            }
        )
    reporting.choose_font(db, choice)


__all__ = [
    "BuiltReport",
    "FontInUse",
    "ReportKind",
    "ReportRequest",
    "build_bills",
    "build_finance_export",
    "build_period_bills",
    "build_reminders",
    "build_report",
    "build_statement",
    "choose_report_font",
    "font_in_use",
]
