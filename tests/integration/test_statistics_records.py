"""A tenant's statistics return: saving what is entered, reading it back with what the other
records give, validation of every field, on a real database."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from incubator_desk.core.errors import ConflictError, ValidationError
from incubator_desk.core.money import MoneyUnit
from incubator_desk.core.vocabularies import FounderType, PersonRole, Sex, TaxpayerType
from incubator_desk.db import Database
from incubator_desk.services import statistics as st
from incubator_desk.services import tenants as svc

CODE = "914403001922038216"


@pytest.fixture
def tid(db: Database) -> int:
    return svc.create_tenant(
        db,
        svc.TenantInput(
            name_zh="深圳云帆科技有限公司",
            credit_code=CODE,
            founded_on=dt.date(2022, 1, 5),
            entry_date=dt.date(2023, 3, 1),
        ),
    )


def test_field_list_is_declared_once_in_the_returns_order() -> None:
    keys = [f.key for f in st.FIELDS]
    assert len(keys) == len(set(keys))
    assert keys[:2] == ["name", "credit_code"]
    # Every "of which" names a field of the same kind, declared before it.
    for f in st.FIELDS:
        if f.part_of:
            whole = st.field(f.part_of)
            assert whole.kind is f.kind and keys.index(whole.key) < keys.index(f.key)
    assert {f.key for f in st.EDITABLE_FIELDS} >= {"revenue", "high_tech_no", "founder_sex"}
    assert not st.field("name").editable and st.field("taxpayer_type").editable
    assert st.field("revenue").heading() == "总收入（千元）"


def test_save_and_read_back(db: Database, tid: int) -> None:
    svc.save_person(db, tid, svc.PersonInput(name="李娜", role=PersonRole.FOUNDER))
    version = st.save_tenant_return(
        db,
        tid,
        2026,
        {
            "revenue": "1,234.5",  # 千元
            "net_profit": "-20",
            "staff_total": "25",
            "staff_phd": 2,
            "high_tech": "是",
            "high_tech_no": "gr2023 44201234",
            "high_tech_on": "2023/12/12",
            "tech_sme": True,
            "tech_sme_no": "202344030500012345",
            "founder_type": "科技人员",
            "founder_sex": "女",
            "taxpayer_type": "一般纳税人",
            "industry_code": "6513",
        },
        unit=MoneyUnit.THOUSAND,
    )
    r = st.tenant_return(db, tid, 2026)
    v = r.values
    assert r.version == version
    assert v["revenue"] == Decimal("1234500.00") and v["net_profit"] == Decimal("-20000.00")
    assert v["staff_total"] == 25 and v["staff_phd"] == 2
    assert v["high_tech"] is True and v["high_tech_no"] == "GR202344201234"
    assert v["high_tech_on"] == dt.date(2023, 12, 12)
    assert v["tech_sme"] is True and v["tech_sme_no"] == "202344030500012345"
    assert v["innovative_sme"] is False
    assert v["founder_type"] == FounderType.RESEARCHER and v["founder_sex"] == Sex.FEMALE
    assert v["taxpayer_type"] == TaxpayerType.GENERAL and v["industry_code"] == "6513"
    assert v["name"] == "深圳云帆科技有限公司" and v["credit_code"] == CODE
    # Another year is its own record; fields left out keep their values.
    st.save_tenant_return(db, tid, 2026, {"staff_phd": "3"})
    assert st.tenant_return(db, tid, 2026).values["revenue"] == Decimal("1234500.00")
    assert st.tenant_return(db, tid, 2025).values["revenue"] is None
    # Taking the qualification away clears its certificate.
    st.save_tenant_return(db, tid, 2026, {"tech_sme": "否", "tech_sme_no": ""})
    after = st.tenant_return(db, tid, 2026).values
    assert after["tech_sme"] is False and after["tech_sme_no"] is None


def test_every_bad_field_is_named_and_nothing_is_saved(db: Database, tid: int) -> None:
    with pytest.raises(ValidationError) as err:
        st.save_tenant_return(
            db,
            tid,
            2026,
            {
                "revenue": "lots",
                "staff_total": "10",
                "staff_master": "12",
                "ip_grants": "-1",
                "industry_code": "65",
                "founder_sex": "unknown",
                "high_tech_on": "31/12/2026",
                "staff_phd": "1.5",
            },
        )
    fields = err.value.fields
    assert set(fields) == {
        "revenue",
        "staff_master",
        "ip_grants",
        "industry_code",
        "founder_sex",
        "high_tech_on",
        "staff_phd",
    }
    assert "Revenue" in fields["revenue"]
    assert "12" in fields["staff_master"] and "10" in fields["staff_master"]
    assert "女" in fields["founder_sex"]
    assert st.tenant_return(db, tid, 2026).values["staff_total"] is None


def test_founder_fields_need_a_founder(db: Database, tid: int) -> None:
    with pytest.raises(ValidationError) as err:
        st.save_tenant_return(db, tid, 2026, {"founder_type": "大学生"})
    assert "People" in err.value.fields["founder_type"]


def test_quarterly_figures_fill_what_the_year_lacks(db: Database, tid: int) -> None:
    for q, rev in ((1, "100000"), (2, "150000")):
        svc.save_figures(db, tid, 2026, q, {"revenue": Decimal(rev), "staff_total": 8 + q})
    r = st.tenant_return(db, tid, 2026)
    assert r.values["revenue"] == Decimal("250000") and r.values["staff_total"] == 10
    assert {"revenue", "staff_total"} <= r.derived and r.entered("revenue") is None
    st.save_tenant_return(db, tid, 2026, {"revenue": "300000"})
    r = st.tenant_return(db, tid, 2026)
    assert r.values["revenue"] == Decimal("300000") and "revenue" not in r.derived


def test_a_stale_edit_is_refused(db: Database, tid: int) -> None:
    v1 = st.save_tenant_return(db, tid, 2026, {"revenue": "1"})
    st.save_tenant_return(db, tid, 2026, {"taxpayer_type": "小规模纳税人"}, expected_version=v1)
    with pytest.raises(ConflictError):
        st.save_tenant_return(db, tid, 2026, {"revenue": "2"}, expected_version=v1)
