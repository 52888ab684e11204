"""The check before the return is exported: what is missing or implausible, per tenant.

The statistics platform runs consistency checks of its own and sends back a return that
fails them; this finds the same kind of problem first, so it can be fixed in the tenant's
statistics tab. Each finding names the tenant, the field and what is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from ...core.i18n import QT_TRANSLATE_NOOP, Translator
from ...core.money import MoneyUnit, to_unit
from .. import creditcode
from .fields import FIELD_BY_KEY, FIELDS, relation_errors
from .incubator import INCOME_PARTS, LINE_BY_KEY, IncubatorTable
from .records import TenantReturn

_t = Translator("statistics")


class Severity(StrEnum):
    MISSING = "missing"  # the return needs it and it is empty
    IMPLAUSIBLE = "implausible"  # present, but the figures contradict each other


@dataclass(frozen=True)
class Finding:
    """One problem: tenant_id None for the incubator's own table."""

    tenant_id: int | None
    tenant: str  # the tenant's name, or the incubator's
    credit_code: str
    field: str  # the field (or line) key
    severity: Severity
    message: str  # translated

    def to_json(self) -> dict[str, Any]:
        return {
            "tenant_id": self.tenant_id,
            "tenant": self.tenant,
            "credit_code": self.credit_code,
            "field": self.field,
            "severity": self.severity.value,
            "message": self.message,
        }


def _k(value: Any) -> str:
    """Money in 千元 for a message, as the return writes it."""
    return f"{to_unit(Decimal(value), MoneyUnit.THOUSAND, places=1):,}"


# (figure, what it is compared with, message): the figure above the other is implausible.
_ABOVE_REVENUE = (
    ("rd_spend", QT_TRANSLATE_NOOP("statistics", "R&D spending ({a} 千元) is above revenue ({b} 千元).")),
    ("government_grants", QT_TRANSLATE_NOOP("statistics", "Government grants ({a} 千元) are above revenue ({b} 千元).")),
    ("export_value", QT_TRANSLATE_NOOP("statistics", "Exports ({a} 千元) are above revenue ({b} 千元).")),
    ("net_profit", QT_TRANSLATE_NOOP("statistics", "Net profit ({a} 千元) is above revenue ({b} 千元).")),
    ("taxes_paid", QT_TRANSLATE_NOOP("statistics", "Taxes paid ({a} 千元) are above revenue ({b} 千元).")),
)  # fmt: skip


def check_tenant(r: TenantReturn) -> list[Finding]:
    """What is missing or implausible in one tenant's return."""
    v = r.values
    out: list[Finding] = []

    def add(key: str, severity: Severity, message: str) -> None:
        out.append(Finding(r.tenant_id, r.name, v.get("credit_code") or "", key, severity, message))

    for f in FIELDS:
        if f.required and v.get(f.key) in (None, ""):
            add(
                f.key,
                Severity.MISSING,
                _t(QT_TRANSLATE_NOOP("statistics", "{field} is missing."), field=f.label()),
            )
    code = v.get("credit_code")
    if code and not creditcode.is_valid(code):
        add(
            "credit_code",
            Severity.IMPLAUSIBLE,
            _t(
                QT_TRANSLATE_NOOP(
                    "statistics",
                    "The credit code {code} is not valid (its check character does not match).",
                ),
                code=code,
            ),
        )
    for key, message in relation_errors(v).items():
        add(key, Severity.IMPLAUSIBLE, message)
    revenue = v.get("revenue")
    for key, text in _ABOVE_REVENUE:
        a = v.get(key)
        if a is not None and a > 0 and revenue is not None and a > revenue:
            add(key, Severity.IMPLAUSIBLE, _t(text, a=_k(a), b=_k(revenue)))
    if revenue and revenue > 0 and not v.get("staff_total"):
        add(
            "staff_total",
            Severity.IMPLAUSIBLE,
            _t(
                QT_TRANSLATE_NOOP("statistics", "Revenue of {a} 千元 with no staff."), a=_k(revenue)
            ),
        )
    if v.get("high_tech") and not v.get("high_tech_no"):
        add(
            "high_tech_no",
            Severity.MISSING,
            _t(
                QT_TRANSLATE_NOOP(
                    "statistics", "A High-Tech Enterprise without its certificate number."
                )
            ),
        )
    if v.get("tech_sme") and not v.get("tech_sme_no"):
        add(
            "tech_sme_no",
            Severity.MISSING,
            _t(
                QT_TRANSLATE_NOOP("statistics", "A tech-based SME without its registration number.")
            ),
        )
    founded, entry = v.get("founded_on"), v.get("entry_date")
    if founded and entry and founded > entry:
        add(
            "founded_on",
            Severity.IMPLAUSIBLE,
            _t(
                QT_TRANSLATE_NOOP(
                    "statistics", "Founded ({a}) after it entered the incubator ({b})."
                ),
                a=founded.isoformat(),
                b=entry.isoformat(),
            ),
        )
    staff = v.get("staff_total")
    if staff and v.get("graduates_hired") and v["graduates_hired"] > staff:
        add(
            "graduates_hired",
            Severity.IMPLAUSIBLE,
            _t(
                QT_TRANSLATE_NOOP("statistics", "More new graduates hired ({a}) than staff ({b})."),
                a=v["graduates_hired"],
                b=staff,
            ),
        )
    return out


def check_incubator(table: IncubatorTable, name: str) -> list[Finding]:
    """What the incubator's own table lacks or contradicts."""
    v = table.values
    out: list[Finding] = []

    def add(key: str, severity: Severity, message: str) -> None:
        out.append(Finding(None, name, "", key, severity, message))

    for key in (*INCOME_PARTS, "government_support", "staff_total", "staff_professional"):
        if v.get(key) is None:
            add(
                key,
                Severity.MISSING,
                _t(
                    QT_TRANSLATE_NOOP("statistics", "{field} is not entered in Settings."),
                    field=LINE_BY_KEY[key].label(),
                ),
            )
    if (
        v.get("area_total")
        and v.get("area_tenants") is not None
        and v["area_tenants"] > v["area_total"]
    ):
        add(
            "area_tenants",
            Severity.IMPLAUSIBLE,
            _t(
                QT_TRANSLATE_NOOP(
                    "statistics", "Tenants use more area ({a} m²) than the incubator has ({b} m²)."
                ),
                a=v["area_tenants"],
                b=v["area_total"],
            ),
        )
    if not v.get("area_total"):
        add(
            "area_total",
            Severity.MISSING,
            _t(
                QT_TRANSLATE_NOOP(
                    "statistics",
                    "The incubator's area is unknown: add its spaces or enter it in Settings.",
                )
            ),
        )
    return out


def check_return(
    returns: list[TenantReturn], table: IncubatorTable | None = None, name: str = ""
) -> list[Finding]:
    """Every finding of the return: the incubator's first, then each tenant's in return order."""
    out: list[Finding] = check_incubator(table, name) if table is not None else []
    for r in returns:
        out.extend(check_tenant(r))
    return out


def field_label(key: str) -> str:
    """The translated label of a field or incubator line, for a finding's column."""
    f = FIELD_BY_KEY.get(key)
    if f is not None:
        return f.label()
    line = LINE_BY_KEY.get(key)
    return line.label() if line is not None else key
