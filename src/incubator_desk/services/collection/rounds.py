"""Starting a round (one workbook per tenant in incubation), its status, and who to remind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select

from ...core import clock
from ...core.errors import NotFound, ServiceError, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.periods import Period, quarter_of
from ...core.vocabularies import PersonRole, ReturnStatus, RoundKind
from ...db import Database, Store
from ...models import CollectionEntry, CollectionRound, Person, Tenant, utcnow
from ..access import Action, requires
from ..importing.plan import Cancelled, Progress, check_cancelled, chunks
from ..reporting.incubator import incubator_names
from ..spreadsheets import write_table
from .kinds import Recipient, spec_for
from .returns import ReturnFileError, read_returned
from .workbook import FormRound, FormTenant, file_name, write_workbook

_t = Translator("collect")

FUTURE = QT_TRANSLATE_NOOP(
    "collect", "{period} has not begun yet: a round can be started for it once it has."
)
NO_ROUND = QT_TRANSLATE_NOOP("collect", "There is no collection round for {period}.")
NO_ROUNDS = QT_TRANSLATE_NOOP(
    "collect", "No collection round has been started yet: start one for a period first."
)
NO_FOLDER = QT_TRANSLATE_NOOP("collect", "Choose the folder the workbooks are written into.")
NOT_A_FOLDER = QT_TRANSLATE_NOOP("collect", "“{path}” is a file, not a folder.")
NO_CODE = QT_TRANSLATE_NOOP(
    "collect", "no credit code: a returned workbook is matched by it (enter it first)"
)
KEPT = QT_TRANSLATE_NOOP(
    "collect",
    "“{name}” in the folder is filled in: it was kept (import it), not written again",
)
NO_TENANTS = QT_TRANSLATE_NOOP(
    "collect", "No tenant in incubation has a credit code: there is nobody to send a workbook to."
)


class RoundError(ServiceError):
    context = "collect"


class RoundNotFound(NotFound):
    context = "collect"


def round_period(text: str | Period) -> tuple[RoundKind, Period]:
    """The round's kind by its period: a quarter's figures, or a year's annual return."""
    period = text if isinstance(text, Period) else Period.parse(text)
    return (RoundKind.QUARTERLY if period.quarter else RoundKind.ANNUAL), period


@dataclass
class StartResult:
    """What starting (or restarting) a round did."""

    round_id: int
    period: Period
    folder: Path
    written: list[str] = field(default_factory=list)  # file names
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (tenant, why)
    accepted_before: int = 0  # tenants whose figures already came back: not written again


def recipients(db: Database, period: str | Period) -> tuple[list[Recipient], list[tuple[str, str]]]:
    """The tenants a round for `period` writes to (in incubation during the period), and
    those skipped with the reason (no credit code to match their answer by)."""
    kind, period = round_period(period)
    everyone = spec_for(kind).recipients(db, period)
    sent = [r for r in everyone if r.credit_code]
    skipped = [(r.name, _t(NO_CODE)) for r in everyone if not r.credit_code]
    return sent, skipped


@requires(Action.EDIT_TENANTS)
def start_round(
    db: Database,
    period: str | Period,
    folder: str | Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: dt.date | None = None,
    due: dt.date | None = None,
) -> StartResult:
    """Write a workbook for every tenant in incubation into `folder` and record the round.

    Started again for the same period, it writes the workbooks of tenants whose figures have
    not been accepted yet (new tenants included) and keeps what already came back, and a
    filled-in workbook saved in the folder under the name it was sent with. The
    workbooks are written first; the round is recorded once all are, so a cancelled or failed
    start leaves no round claiming files that are not there (the files it wrote are removed).
    """
    if not str(folder).strip():
        raise ValidationError({"folder": _t(NO_FOLDER)})
    kind, period = round_period(period)
    today = today or clock.today()
    if (kind == RoundKind.QUARTERLY and (period.year, period.quarter) > quarter_of(today)) or (
        kind == RoundKind.ANNUAL and period.year > today.year
    ):
        raise ValidationError({"period": _t(FUTURE, period=period.label)})
    spec = spec_for(kind)
    out = Path(folder)
    if out.exists() and not out.is_dir():
        raise ValidationError({"folder": _t(NOT_A_FOLDER, path=str(out))})
    people, skipped = recipients(db, period)
    with db.read() as s:
        existing = s.scalar(
            select(CollectionRound).where(
                CollectionRound.kind == kind,
                CollectionRound.year == period.year,
                CollectionRound.quarter == (period.quarter or 0),
            )
        )
        accepted = set()
        if existing is not None:
            accepted = set(
                s.scalars(
                    select(CollectionEntry.tenant_id).where(
                        CollectionEntry.round_id == existing.id,
                        CollectionEntry.status == ReturnStatus.ACCEPTED,
                    )
                )
            )
    to_write = [p for p in people if p.tenant_id not in accepted]
    if not people:
        raise RoundError(NO_TENANTS)
    previous = spec.previous(db, [p.tenant_id for p in to_write], period)
    zh, en = incubator_names(db)
    form = FormRound(kind.value, period, zh or en, spec.fields(db), due)
    written: list[tuple[Recipient, str]] = []
    created: list[Path] = []
    kept: list[tuple[str, str]] = []
    try:
        for n, person in enumerate(to_write, start=1):
            check_cancelled(cancelled)
            name = file_name(person.name, person.credit_code, period)
            tenant = FormTenant(
                person.tenant_id,
                person.name,
                person.credit_code,
                previous.get(person.tenant_id, {}),
            )
            target = out / name
            if target.exists():
                if _filled_in(target):
                    kept.append((person.name, _t(KEPT, name=name)))
                    continue
            else:
                created.append(target)
            if not write_workbook(target, form, tenant, cancelled):
                check_cancelled(cancelled)
            written.append((person, name))
            if progress is not None:
                progress(n, len(to_write))
        check_cancelled(cancelled)
        round_id = _record(db, kind, period, out, written)
    except BaseException:
        for path in created:  # the files this start made; those of an earlier one stay
            path.unlink(missing_ok=True)
        raise
    return StartResult(
        round_id, period, out, [name for _p, name in written], skipped + kept, len(accepted)
    )


def _filled_in(path: Path) -> bool:
    """Whether `path` is a workbook a tenant filled in (the answer, saved where it was sent)."""
    try:
        return read_returned(path).filled
    except ReturnFileError:
        return False


def _record(
    db: Database,
    kind: RoundKind,
    period: Period,
    folder: Path,
    written: Sequence[tuple[Recipient, str]],
) -> int:
    now = utcnow()
    with db.uow(summary=f"collection round {period.label}: {len(written)} workbooks") as uow:
        s = uow.session
        rnd = s.scalar(
            select(CollectionRound).where(
                CollectionRound.kind == kind,
                CollectionRound.year == period.year,
                CollectionRound.quarter == (period.quarter or 0),
            )
        )
        if rnd is None:
            rnd = CollectionRound(kind=kind, year=period.year, quarter=period.quarter or 0)
            s.add(rnd)
            s.flush()
        rnd.folder = str(folder)
        rnd.started_at = now
        entries = {
            e.tenant_id: e
            for e in s.scalars(select(CollectionEntry).where(CollectionEntry.round_id == rnd.id))
        }
        for person, name in written:
            entry = entries.get(person.tenant_id)
            if entry is None:
                entry = CollectionEntry(round_id=rnd.id, tenant_id=person.tenant_id)
                s.add(entry)
            entry.credit_code = person.credit_code
            entry.file_name = name
            entry.sent_at = now
        uow.commit()
        return rnd.id


# --- reading rounds back -------------------------------------------------------------------


@dataclass(frozen=True)
class RoundRow:
    id: int
    kind: RoundKind
    period: Period
    folder: str
    started_at: dt.datetime
    sent: int
    returned: int
    accepted: int

    @property
    def missing(self) -> int:
        return self.sent - self.returned


@dataclass(frozen=True)
class EntryRow:
    """A tenant's line in a round."""

    tenant_id: int
    name: str
    credit_code: str
    status: ReturnStatus
    file_name: str
    sent_at: dt.datetime
    returned_at: dt.datetime | None
    returned_file: str
    accepted_at: dt.datetime | None
    problems: tuple[dict[str, str], ...]
    contact: str = ""
    email: str = ""
    phone: str = ""

    @property
    def missing(self) -> bool:
        return self.status == ReturnStatus.SENT

    @property
    def why(self) -> str:
        """What was rejected and why, one problem a line."""
        return "\n".join(_problem_line(p) for p in self.problems)


def _problem_line(p: dict[str, str]) -> str:
    where = " ".join(x for x in (p.get("cell", ""), p.get("field", "")) if x)
    return f"{where}: {p.get('message', '')}" if where else p.get("message", "")


@dataclass
class RoundStatus:
    round: RoundRow
    entries: list[EntryRow]

    def counts(self) -> dict[str, int]:
        """sent (every tenant of the round), returned, missing (nothing back), and of the
        returned: accepted, rejected and conflict."""
        out = {"sent": len(self.entries), "returned": 0, "missing": 0}
        out |= {s.value: 0 for s in ReturnStatus if s != ReturnStatus.SENT}
        for e in self.entries:
            if e.missing:
                out["missing"] += 1
            else:
                out["returned"] += 1
                out[e.status.value] += 1
        return out


def rounds(db: Store) -> list[RoundRow]:
    """Every round, newest period first, with how many were sent, returned and accepted."""
    returned = func.sum(case((CollectionEntry.status != ReturnStatus.SENT, 1), else_=0))
    accepted = func.sum(case((CollectionEntry.status == ReturnStatus.ACCEPTED, 1), else_=0))
    with db.read() as s:
        rows = s.execute(
            select(
                CollectionRound,
                func.count(CollectionEntry.id),
                returned,
                accepted,
            )
            .outerjoin(CollectionEntry, CollectionEntry.round_id == CollectionRound.id)
            .group_by(CollectionRound.id)
            .order_by(CollectionRound.year.desc(), CollectionRound.quarter.desc())
        ).all()
        return [
            RoundRow(
                r.id,
                RoundKind(r.kind),
                Period(r.year, r.quarter or None),
                r.folder,
                r.started_at,
                sent or 0,
                int(back or 0),
                int(ok or 0),
            )
            for r, sent, back, ok in rows
        ]


def find_round(db: Store, period: str | Period | None = None) -> RoundRow:
    """The round of `period`, or the newest when None; RoundNotFound otherwise."""
    all_rounds = rounds(db)
    if period is None:
        if not all_rounds:
            raise RoundNotFound(NO_ROUNDS)
        return all_rounds[0]
    kind, p = round_period(period)
    for r in all_rounds:
        if r.kind == kind and r.period == p:
            return r
    raise RoundNotFound(NO_ROUND, period=p.label)


def round_status(db: Store, period: str | Period | None = None) -> RoundStatus:
    """A round's tenants with what became of their files, and their contacts, by name."""
    rnd = find_round(db, period)
    with db.read() as s:
        rows = s.execute(
            select(CollectionEntry, Tenant.name_zh)
            .join(Tenant, Tenant.id == CollectionEntry.tenant_id)
            .where(CollectionEntry.round_id == rnd.id)
            .order_by(Tenant.name_zh, Tenant.id)
        ).all()
        contacts = _contacts(s, [e.tenant_id for e, _n in rows])
        entries = []
        for e, name in rows:
            contact, email, phone = contacts.get(e.tenant_id, ("", "", ""))
            entries.append(
                EntryRow(
                    e.tenant_id,
                    name,
                    e.credit_code,
                    ReturnStatus(e.status),
                    e.file_name,
                    e.sent_at,
                    e.returned_at,
                    e.returned_file,
                    e.accepted_at,
                    tuple(e.problems or ()),
                    contact,
                    email,
                    phone,
                )
            )
    return RoundStatus(rnd, entries)


def _contacts(s: Any, tenant_ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """Each tenant's contact for reminders: the primary contact, else a contact with an
    e-mail address, else anyone (founders before others)."""
    order = {PersonRole.CONTACT: 0, PersonRole.FOUNDER: 1, PersonRole.FINANCE: 2}
    best: dict[int, tuple[tuple[int, int, int, int], tuple[str, str, str]]] = {}
    for ids in chunks(list(tenant_ids)):
        for p in s.scalars(
            select(Person).where(Person.tenant_id.in_(ids), Person.archived_at.is_(None))
        ):
            rank = (
                0 if p.is_primary_contact else 1,
                0 if p.email else 1,
                order.get(PersonRole(p.role), 3),
                p.id,
            )
            if p.tenant_id not in best or rank < best[p.tenant_id][0]:
                best[p.tenant_id] = (rank, (p.name, p.email, p.phone))
    return {tid: value for tid, (_rank, value) in best.items()}


# --- reminders -----------------------------------------------------------------------------


def missing(status: RoundStatus) -> list[EntryRow]:
    """The tenants whose workbook has not come back."""
    return [e for e in status.entries if e.missing]


def mailto_link(entries: Sequence[EntryRow], subject: str, body: str = "") -> str:
    """A `mailto:` link to every address (in Bcc: tenants do not see each other's)."""
    from urllib.parse import quote

    addresses = sorted({e.email.strip() for e in entries if e.email.strip()})
    query = [f"bcc={quote(','.join(addresses), safe='@,')}", f"subject={quote(subject)}"]
    if body:
        query.append(f"body={quote(body)}")
    return "mailto:?" + "&".join(query)


REMINDER_HEADERS = ("企业名称", "统一社会信用代码", "联系人", "邮箱", "电话", "文件")


def reminder_rows(entries: Sequence[EntryRow]) -> list[tuple[str, str, str, str, str, str]]:
    return [(e.name, e.credit_code, e.contact, e.email, e.phone, e.file_name) for e in entries]


def reminder_text(entries: Sequence[EntryRow]) -> str:
    """The reminder list as tab-separated lines (pastes into a spreadsheet or an e-mail)."""
    lines = ["\t".join(REMINDER_HEADERS)]
    lines += ["\t".join(row) for row in reminder_rows(entries)]
    return "\n".join(lines)


def write_reminders(path: str | Path, entries: Sequence[EntryRow]) -> int:
    """The reminder list as .csv (UTF-8 with BOM, for a mail merge) or .xlsx."""
    return write_table(Path(path), REMINDER_HEADERS, reminder_rows(entries), "reminders")


def reminder_subject(rnd: RoundRow) -> str:
    """The reminder's subject line, in Chinese and English (tenants read either)."""
    if rnd.kind == RoundKind.QUARTERLY and rnd.period.quarter:
        zh = f"请报送{rnd.period.year}年第{rnd.period.quarter}季度经营数据"
    else:
        zh = f"请报送{rnd.period.year}年度统计数据"
    return f"{zh} / Please send your figures for {rnd.period.label}"


def reminder_body(rnd: RoundRow) -> str:
    """The reminder's text: where the workbook is and how to send it back."""
    return (
        f"您好！贵公司 {rnd.period.label} 的数据填报表尚未收到。请在附件（或此前收到的）"
        "工作簿中填写黄色单元格，保存为 .xlsx 后回复本邮件。谢谢！\n\n"
        f"Hello, we have not yet received your company's figures for {rnd.period.label}. "
        "Please fill in the yellow cells of the workbook you received, save it as .xlsx and "
        "reply to this message. Thank you."
    )
