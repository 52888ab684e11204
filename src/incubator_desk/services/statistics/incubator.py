"""The incubator-level table of the return (科技企业孵化器运营综合情况) for a year.

Most lines are computed from the records (tenants, spaces, mentoring, training, funds); the
incubator's own income, support and staff are entered in Settings (`models.IncubatorYear`).
The lines are declared once (`INCUBATOR_LINES`) in the table's order; each says whether it is
entered or computed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select

from ...core.errors import ConflictError, ValidationError
from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import MoneyUnit
from ...core.periods import Period
from ...core.vocabularies import (
    OPEN_STAGES,
    AuditAction,
    DisbursementStatus,
    FundKind,
    Stage,
    UnitStatus,
)
from ...db import Database, Store
from ...db.uow import STALE
from ...models import (
    Disbursement,
    Fund,
    FundApplication,
    IncubatorYear,
    MentorAssignment,
    StageChange,
    Tenant,
    Unit,
)
from ..access import Action, requires
from ..spaces.lettable import lettable_clause
from .fields import FieldKind, StatField, parse
from .records import TenantReturn, tenant_returns

if TYPE_CHECKING:
    from ..reporting.activity import ActivityFigures

_t = Translator("statistics")
_e = Translator("errors")


@dataclass(frozen=True)
class IncubatorLine:
    """A line of the incubator table: `entered` in Settings, or computed."""

    key: str
    zh: str
    en: str
    kind: FieldKind
    unit: str = ""
    entered: bool = False
    part_of: str | None = None

    def label(self) -> str:
        return _t(self.en)

    def heading(self) -> str:
        return f"{self.zh}（{self.unit}）" if self.unit else self.zh

    def as_field(self) -> StatField:
        """The line as a return field, to parse what is typed with the same rules."""
        from .fields import Group, Source

        return StatField(self.key, self.zh, self.en, self.kind, Source.ANNUAL, Group.MONEY)


def _l(key: str, zh: str, en: str, kind: FieldKind, unit: str = "", **kw: Any) -> IncubatorLine:
    return IncubatorLine(key, zh, en, kind, unit, **kw)


_I, _M, _A = FieldKind.INT, FieldKind.MONEY, FieldKind.AREA

# fmt: off
INCUBATOR_LINES: tuple[IncubatorLine, ...] = (
    _l("tenants", "在孵企业数", QT_TRANSLATE_NOOP("statistics", "Tenants in incubation at year end"), _I, "家"),
    _l("tenants_new", "其中：当年新增在孵企业数", QT_TRANSLATE_NOOP("statistics", "of which new this year"), _I, "家"),
    _l("tenants_returnee", "其中：留学人员创办企业数", QT_TRANSLATE_NOOP("statistics", "of which founded by returnees"), _I, "家"),
    _l("tenants_high_tech", "其中：高新技术企业数", QT_TRANSLATE_NOOP("statistics", "of which High-Tech Enterprises"), _I, "家"),
    _l("graduated_year", "当年毕业企业数", QT_TRANSLATE_NOOP("statistics", "Graduated this year"), _I, "家"),
    _l("graduated_total", "累计毕业企业数", QT_TRANSLATE_NOOP("statistics", "Graduated in total"), _I, "家"),
    _l("tenants_financed", "当年获得投融资的在孵企业数", QT_TRANSLATE_NOOP("statistics", "Tenants financed this year"), _I, "家"),
    _l("financing_amount", "当年在孵企业获得投融资总额", QT_TRANSLATE_NOOP("statistics", "Financing received by tenants this year"), _M, "千元"),
    _l("tenants_revenue", "在孵企业总收入", QT_TRANSLATE_NOOP("statistics", "Tenants' revenue"), _M, "千元"),
    _l("tenants_rd", "在孵企业研究开发经费支出", QT_TRANSLATE_NOOP("statistics", "Tenants' R&D spending"), _M, "千元"),
    _l("tenants_staff", "在孵企业从业人员数", QT_TRANSLATE_NOOP("statistics", "Tenants' staff"), _I, "人"),
    _l("tenants_ip_valid", "在孵企业拥有有效知识产权数", QT_TRANSLATE_NOOP("statistics", "Valid IP held by tenants"), _I, "件"),
    _l("area_total", "孵化器总面积", QT_TRANSLATE_NOOP("statistics", "Total area"), _A, "m²"),
    _l("area_tenants", "在孵企业使用面积", QT_TRANSLATE_NOOP("statistics", "Area used by tenants"), _A, "m²"),
    _l("area_public", "公共服务面积", QT_TRANSLATE_NOOP("statistics", "Public service area"), _A, "m²"),
    _l("mentors", "创业导师人数", QT_TRANSLATE_NOOP("statistics", "Mentors"), _I, "人"),
    _l("mentoring_sessions", "创业辅导次数", QT_TRANSLATE_NOOP("statistics", "Mentoring sessions"), _I, "次"),
    _l("training_events", "举办培训及活动场次", QT_TRANSLATE_NOOP("statistics", "Training events and activities held"), _I, "场"),
    _l("incubation_fund", "孵化基金总额", QT_TRANSLATE_NOOP("statistics", "Incubation fund"), _M, "千元"),
    _l("fund_investments", "当年孵化基金投资企业数", QT_TRANSLATE_NOOP("statistics", "Tenants invested by the fund this year"), _I, "家"),
    _l("fund_invested", "当年孵化基金投资额", QT_TRANSLATE_NOOP("statistics", "Invested by the fund this year"), _M, "千元"),
    _l("income_total", "孵化器总收入", QT_TRANSLATE_NOOP("statistics", "Incubator's income"), _M, "千元"),
    _l("income_services", "其中：综合服务收入", QT_TRANSLATE_NOOP("statistics", "Income from services"), _M, "千元", entered=True, part_of="income_total"),
    _l("income_property", "其中：房租及物业收入", QT_TRANSLATE_NOOP("statistics", "Income from rent and property"), _M, "千元", entered=True, part_of="income_total"),
    _l("income_investment", "其中：投资收入", QT_TRANSLATE_NOOP("statistics", "Income from investment"), _M, "千元", entered=True, part_of="income_total"),
    _l("income_other", "其中：其他收入", QT_TRANSLATE_NOOP("statistics", "Other income"), _M, "千元", entered=True, part_of="income_total"),
    _l("government_support", "当年获得各级政府财政支持", QT_TRANSLATE_NOOP("statistics", "Government support received"), _M, "千元", entered=True),
    _l("net_profit", "孵化器净利润", QT_TRANSLATE_NOOP("statistics", "Incubator's net profit"), _M, "千元", entered=True),
    _l("taxes_paid", "孵化器上缴税费", QT_TRANSLATE_NOOP("statistics", "Incubator's taxes paid"), _M, "千元", entered=True),
    _l("staff_total", "孵化器管理机构从业人员数", QT_TRANSLATE_NOOP("statistics", "Incubator's staff"), _I, "人", entered=True),
    _l("staff_professional", "其中：专业孵化服务人员", QT_TRANSLATE_NOOP("statistics", "of whom professional incubation staff"), _I, "人", entered=True, part_of="staff_total"),
    _l("staff_college", "其中：大专及以上学历", QT_TRANSLATE_NOOP("statistics", "of whom college and above"), _I, "人", entered=True, part_of="staff_total"),
    _l("staff_returnees", "其中：留学归国人员", QT_TRANSLATE_NOOP("statistics", "of whom returnees"), _I, "人", entered=True, part_of="staff_total"),
)
# Entered, and computed only when left empty.
OVERRIDES: tuple[IncubatorLine, ...] = (
    _l("area_total", "孵化器总面积", QT_TRANSLATE_NOOP("statistics", "Total area"), _A, "m²", entered=True),
    _l("area_public", "公共服务面积", QT_TRANSLATE_NOOP("statistics", "Public service area"), _A, "m²", entered=True),
    _l("incubation_fund", "孵化基金总额", QT_TRANSLATE_NOOP("statistics", "Incubation fund"), _M, "千元", entered=True),
)
# fmt: on
LINE_BY_KEY = {line.key: line for line in INCUBATOR_LINES}
ENTERED_LINES = tuple(line for line in INCUBATOR_LINES if line.entered) + OVERRIDES
INCOME_PARTS = ("income_services", "income_property", "income_investment", "income_other")


@dataclass(frozen=True)
class IncubatorYearData:
    """What is entered for a year (key → value, None when empty) and its version."""

    year: int
    values: dict[str, Any]
    version: int | None


@dataclass(frozen=True)
class IncubatorTable:
    """The incubator table of `year`: every line's value (money in yuan) and which lines were
    entered in Settings; `returns` are the tenants' returns it was computed from."""

    year: int
    values: dict[str, Any]
    entered: frozenset[str]
    returns: list[TenantReturn]
    open_ids: frozenset[int]  # tenants in incubation at year end


def incubator_year(db: Store, year: int) -> IncubatorYearData:
    with db.read() as s:
        row = s.scalars(select(IncubatorYear).where(IncubatorYear.year == year)).one_or_none()
        values = {
            line.key: (getattr(row, line.key) if row is not None else None)
            for line in ENTERED_LINES
        }
        return IncubatorYearData(year, values, row.version if row is not None else None)


@requires(Action.CHANGE_SETTINGS)  # entered in Settings, with the incubator's other choices
def save_incubator_year(
    db: Store,
    year: int,
    raw: Mapping[str, object],
    unit: MoneyUnit = MoneyUnit.YUAN,
    expected_version: int | None = None,
) -> int:
    """Save what is entered for `year` (key → typed text or value, money in `unit`); fields
    not in `raw` keep their values. ValidationError names every bad field."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    by_key = {line.key: line for line in ENTERED_LINES}
    if not 1990 <= year <= 2200:
        errors["year"] = _e(
            QT_TRANSLATE_NOOP("errors", "{year} is not a year of the return."), year=year
        )
    for key, cell in raw.items():
        line = by_key.get(key)
        if line is None:
            raise ValueError(f"{key!r} is not entered for the incubator")
        f = line.as_field()
        if key == "net_profit":
            from dataclasses import replace

            f = replace(f, signed=True)
        try:
            values[key] = parse(f, cell, unit)
        except ValidationError as exc:
            errors.update(exc.fields)
    current = incubator_year(db, year).values
    merged = {**current, **values}
    for line in ENTERED_LINES:
        if line.part_of == "staff_total":
            part, whole = merged.get(line.key), merged.get("staff_total")
            if part is not None and whole is not None and part > whole and line.key not in errors:
                errors[line.key] = _e(
                    QT_TRANSLATE_NOOP(
                        "errors", "{field} ({part}) cannot be more than {whole_field} ({whole})."
                    ),
                    field=line.label(),
                    part=part,
                    whole_field=LINE_BY_KEY["staff_total"].label(),
                    whole=whole,
                )
    if errors:
        raise ValidationError(errors)
    with db.uow(QT_TRANSLATE_NOOP("statistics", "Incubator's figures saved")) as uow:
        s = uow.session
        row = s.scalars(select(IncubatorYear).where(IncubatorYear.year == year)).one_or_none()
        if expected_version is not None and (row is None or row.version != expected_version):
            raise ConflictError(STALE)
        if row is None:
            row = IncubatorYear(year=year, notes="")
            s.add(row)
        for key, value in values.items():
            setattr(row, key, value)
        uow.audit(AuditAction.UPDATE, "incubator_years", None, str(year))
        uow.commit()
        return int(row.version)


def _sum(values: list[Any]) -> Any:
    present = [v for v in values if v is not None]
    return sum(present, Decimal(0)) if present else None


@dataclass(frozen=True)
class YearLines:
    """The lines of the incubator table of a year that do not add up the tenants' returns
    (money in yuan), which lines were entered in Settings, and who was in incubation at the
    year's end."""

    values: dict[str, Any]
    entered: frozenset[str]
    open_ids: frozenset[int]


def year_lines(db: Database, year: int, activity: ActivityFigures | None = None) -> YearLines:
    """The lines of the incubator table that come from the records and from Settings, not
    from the tenants' returns (activity: the year's mentoring and training figures, when
    already read)."""
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    entered = incubator_year(db, year).values
    with db.read() as session:
        s = session.connection()  # plain rows: nothing for the ORM to do
        left: dict[int, dt.date] = dict(
            s.execute(
                select(StageChange.tenant_id, func.max(StageChange.changed_on))
                .where(StageChange.to_stage.in_((Stage.GRADUATED, Stage.EXITED)))
                .group_by(StageChange.tenant_id)
            ).all()
        )
        # every tenant and unit row by row as the database gives them, nothing kept but
        # what is counted (at 50,000 tenants the rows at once cost some tens of MB)
        open_ids: set[int] = set()
        graduated_year = graduated_total = 0
        after_end = end + dt.timedelta(1)
        for tid, stage, entry, graduated in s.execute(
            select(Tenant.id, Tenant.stage, Tenant.entry_date, Tenant.graduated_on).where(
                Tenant.archived_at.is_(None)
            )
        ):
            st = Stage(stage)
            if (
                entry is not None
                and entry <= end
                and (st in OPEN_STAGES or left.get(tid, after_end) > end)
            ):
                open_ids.add(tid)
            if st == Stage.GRADUATED and graduated and graduated <= end:
                graduated_total += 1
                graduated_year += start <= graduated
        del left
        lettable = {
            (k, b)
            for k, b in s.execute(
                select(Unit.kind, Unit.bookable).where(lettable_clause()).distinct()
            )
        }
        units_total = public = Decimal(0)
        for a, k, b in s.execute(
            select(Unit.area_m2, Unit.kind, Unit.bookable).where(Unit.status != UnitStatus.RETIRED)
        ):
            units_total += Decimal(a)
            if (k, b) not in lettable:
                public += Decimal(a)
        mentors = (
            s.scalar(
                select(func.count(func.distinct(MentorAssignment.mentor_id))).where(
                    MentorAssignment.since <= end,
                    or_(MentorAssignment.until.is_(None), MentorAssignment.until >= start),
                )
            )
            or 0
        )
        fund_total = Decimal(
            s.scalar(
                select(func.coalesce(func.sum(Fund.total_size), 0)).where(
                    Fund.kind.in_((FundKind.EQUITY, FundKind.CONVERTIBLE_NOTE)),
                    Fund.start_year <= year,
                )
            )
            or 0
        )
        fund_rows = s.execute(
            select(FundApplication.tenant_id, func.sum(Disbursement.amount))
            .join(Disbursement, Disbursement.application_id == FundApplication.id)
            .join(Fund, Fund.id == FundApplication.fund_id)
            .where(
                Disbursement.status == DisbursementStatus.PAID,
                Disbursement.paid_on.between(start, end),
                Fund.kind.in_((FundKind.EQUITY, FundKind.CONVERTIBLE_NOTE)),
            )
            .group_by(FundApplication.tenant_id)
        ).all()
    if activity is None:
        from ..reporting.activity import portfolio_activity

        activity = portfolio_activity(db, Period(year))
    v: dict[str, Any] = {}
    v["graduated_year"] = graduated_year
    v["graduated_total"] = graduated_total
    v["area_total"] = entered["area_total"] if entered["area_total"] is not None else units_total
    v["area_public"] = entered["area_public"] if entered["area_public"] is not None else public
    v["mentors"] = activity.mentors if activity.mentors is not None else mentors
    v["mentoring_sessions"] = activity.sessions
    v["training_events"] = activity.events
    v["incubation_fund"] = (
        entered["incubation_fund"] if entered["incubation_fund"] is not None else fund_total
    )
    v["fund_investments"] = len(fund_rows)
    v["fund_invested"] = sum((Decimal(a) for _t, a in fund_rows), Decimal(0))
    for line in INCUBATOR_LINES:
        if line.entered:
            v[line.key] = entered[line.key]
    parts = [entered[k] for k in INCOME_PARTS]
    v["income_total"] = _sum(parts)
    was_entered = {line.key for line in ENTERED_LINES if entered.get(line.key) is not None}
    return YearLines(v, frozenset(was_entered), frozenset(open_ids))


def area_used(areas: Iterable[Decimal | None]) -> Decimal:
    """The area used by tenants: their areas added up (none recorded: 0)."""
    return sum((a for a in areas if a is not None), Decimal(0)).quantize(Decimal("0.01"))


def incubator_table(
    db: Database,
    year: int,
    returns: list[TenantReturn] | None = None,
    activity: ActivityFigures | None = None,
) -> IncubatorTable:
    """The incubator table of `year` (returns: the tenants' returns, when already read;
    activity: the mentoring and training figures of the year, when already read)."""
    start = dt.date(year, 1, 1)
    if returns is None:
        returns = tenant_returns(db, year)
    lines = year_lines(db, year, activity)
    open_ids = lines.open_ids
    v: dict[str, Any] = {}
    mine = [r for r in returns if r.tenant_id in open_ids]
    v["tenants"] = len(mine)
    v["tenants_new"] = sum(1 for r in mine if (d := r.values["entry_date"]) and d >= start)
    v["tenants_returnee"] = sum(1 for r in mine if r.values["founder_type"] == "returnee")
    v["tenants_high_tech"] = sum(1 for r in mine if r.values["high_tech"])
    financed = [r for r in returns if (r.values["investment_received"] or 0) > 0]
    v["tenants_financed"] = len(financed)
    v["financing_amount"] = _sum([r.values["investment_received"] for r in returns])
    v["tenants_revenue"] = _sum([r.values["revenue"] for r in mine])
    v["tenants_rd"] = _sum([r.values["rd_spend"] for r in mine])
    staff = [r.values["staff_total"] for r in mine if r.values["staff_total"] is not None]
    v["tenants_staff"] = sum(staff) if staff else None
    ip = [r.values["ip_valid"] for r in mine if r.values["ip_valid"] is not None]
    v["tenants_ip_valid"] = sum(ip) if ip else None
    v["area_tenants"] = area_used(r.values["area_m2"] for r in mine)
    v.update(lines.values)
    return IncubatorTable(year, v, lines.entered, returns, open_ids)
