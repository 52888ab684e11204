"""Graduation rules as stored settings, periods, month arithmetic and the font search (no Qt)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from incubator_desk.core.errors import ValidationError
from incubator_desk.core.money import report_money
from incubator_desk.core.periods import add_months, months_between
from incubator_desk.reports import fonts
from incubator_desk.reports.base import Lang, money, percent
from incubator_desk.reports.strings import ZH
from incubator_desk.services import graduation as grad
from incubator_desk.services.reporting import Period, growth


def test_rules_round_trip_and_tolerate_bad_stored_values() -> None:
    r = grad.GraduationRules(investment_threshold=Decimal("4500000.50"), min_criteria=2)
    assert grad.GraduationRules.from_json(r.to_json()) == r
    assert grad.GraduationRules.from_json(None) == grad.GraduationRules()
    odd = grad.GraduationRules.from_json({"min_criteria": "x", "incubation_months": "36"})
    assert odd.min_criteria == 1 and odd.incubation_months == 36


def test_months_between_and_add_months() -> None:
    assert months_between(dt.date(2022, 1, 31), dt.date(2022, 2, 28)) == 0
    assert months_between(dt.date(2022, 1, 15), dt.date(2026, 1, 15)) == 48
    assert months_between(dt.date(2026, 1, 15), dt.date(2025, 1, 15)) == 0
    assert add_months(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)


def test_overdue_cut_off_is_months_between() -> None:
    """The dashboard counts overdue tenants by a cut-off entry date: entered on or before
    add_months(on, -(limit + 1)) is exactly more than `limit` whole months by `on`."""
    for on in (
        dt.date(2026, 3, 31),
        dt.date(2026, 2, 28),
        dt.date(2024, 2, 29),
        dt.date(2026, 1, 15),
    ):
        for limit in (1, 11, 48, 60):
            cut = add_months(on, -(limit + 1))
            day = on - dt.timedelta(days=3 * 366 + 800)
            while day <= on:
                assert (months_between(day, on) > limit) == (day <= cut), (on, limit, day)
                day += dt.timedelta(days=1)


def test_periods() -> None:
    q = Period.parse(" 2026q3 ")
    assert (q.label, q.start, q.end) == ("2026Q3", dt.date(2026, 7, 1), dt.date(2026, 9, 30))
    assert q.previous().label == "2026Q2" and Period(2026, 1).previous().label == "2025Q4"
    y = Period.parse("2025")
    assert y.quarters == [(2025, 1), (2025, 2), (2025, 3), (2025, 4)]
    assert y.previous().label == "2024"
    assert Period.parse("2026-3") == q  # the one grammar: a quarter written as people write it
    for bad in ("2026Q5", "26Q1", "", "2026-13"):
        with pytest.raises(ValidationError):
            Period.parse(bad)


def test_formats() -> None:
    assert money(Decimal("1234567.5")) == "¥1,234,568"
    assert money(Decimal("-80996")) == "-¥80,996" and money(None) == "—"
    assert report_money(Decimal("-5")) == "-¥5"
    assert percent(growth(Decimal(150), Decimal(100))) == "+50.0%"
    assert growth(Decimal(1), Decimal(0)) is None
    assert Lang("zh").t("Page {n} of {total}", n=2, total=5) == "第 2 页 / 共 5 页"
    assert Lang("en").t("Page {n} of {total}", n=2, total=5) == "Page 2 of 5"


def test_every_evidence_template_has_chinese() -> None:
    import inspect
    import re

    source = "".join(inspect.getsource(m) for m in (grad.rule_settings, grad.engine, grad.results))
    templates = re.findall(r'QT_TRANSLATE_NOOP\(\s*"graduation",\s*"([^"]+)"', source)
    # Evidence texts and criterion names are phrases; the validation messages (sentences with
    # a closing full stop) are shown by the window through Qt's translations instead.
    evidence = [t for t in templates if not t.endswith(".")]
    assert len(evidence) >= 14
    assert [t for t in evidence if t not in ZH] == []


def test_font_search_skips_unusable_fonts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font")
    assert fonts.check(fonts.FontChoice(broken)) is not None
    assert fonts.check(fonts.FontChoice(tmp_path / "missing.ttc")) is not None
    # Whatever fonts this machine has: the search passes over a chosen font that cannot be
    # used, over candidates that are missing or unusable, and takes the first usable one.
    usable = [tmp_path / "first.ttc", tmp_path / "second.ttf"]
    for path in usable:
        path.write_bytes(b"stands in for a font with Chinese glyphs")
    real_check = fonts.check
    monkeypatch.setattr(fonts, "check", lambda c: None if c.path in usable else real_check(c))
    search = [
        fonts.FontChoice(tmp_path / "missing.ttc"),
        fonts.FontChoice(broken),
        *(fonts.FontChoice(p) for p in usable),
    ]
    assert fonts.find_font(fonts.FontChoice(broken), search=search) == fonts.FontChoice(usable[0])
    assert fonts.find_font(fonts.FontChoice(usable[1]), search=search).path == usable[1]
    monkeypatch.setattr(fonts, "check", real_check)
    with pytest.raises(fonts.FontNotFound):
        fonts.find_font(fonts.FontChoice(broken), search=[])
    monkeypatch.setenv(fonts.ENV_VAR, str(broken))
    with pytest.raises(fonts.FontNotFound):
        fonts.find_font()
