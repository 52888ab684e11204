"""The columns the importer knows: their headers in Chinese and English, and unit suffixes."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from ...core.money import MoneyUnit
from ...core.text import fold

if TYPE_CHECKING:
    from .reading import Sheet


class ImportKind(StrEnum):
    TENANTS = "tenants"
    FIGURES = "figures"
    RETURNS = "returns"  # a year's statistics return, per tenant


@dataclass(frozen=True)
class ColumnSpec:
    """A column the importer knows: its key, how to read it, and the headers that name it."""

    key: str
    # text, code, date, money, int, bool, stage, listing, industry, tech_field, regtype,
    # sector, tags, period, or stat (a field of the statistics return, read by its rules)
    kind: str
    zh: str  # the header the export writes in Chinese
    aliases: tuple[str, ...] = ()
    required: bool = False

    @property
    def headers(self) -> tuple[str, ...]:
        return (self.key, self.zh, *self.aliases)


_ID_COLUMNS = (
    ColumnSpec(
        "credit_code",
        "code",
        "统一社会信用代码",
        ("信用代码", "社会信用代码", "统一信用代码", "uscc", "credit code", "creditcode"),
        True,
    ),
    ColumnSpec(
        "name_zh",
        "text",
        "企业名称",
        ("公司名称", "企业全称", "名称", "单位名称", "中文名称", "name", "company", "company name"),
    ),
)

TENANT_COLUMNS: tuple[ColumnSpec, ...] = (
    *_ID_COLUMNS,
    ColumnSpec("name_en", "text", "英文名称", ("英文名", "english name", "name (english)")),
    ColumnSpec(
        "founded_on", "date", "成立日期", ("注册日期", "成立时间", "founded", "founding date")
    ),
    ColumnSpec("registered_capital", "money", "注册资本", ("注册资金", "capital")),
    ColumnSpec("industry", "industry", "行业", ("所属行业", "行业领域", "行业分类")),
    ColumnSpec("tech_field", "tech_field", "技术领域", ("所属技术领域", "technology field")),
    ColumnSpec(
        "registration_type", "regtype", "登记注册类型", ("注册类型", "企业类型", "企业性质")
    ),
    ColumnSpec(
        "sector",
        "sector",
        "国民经济行业",
        (
            "国民经济行业分类",
            "所属国民经济行业",
            "国民经济行业门类",
            "行业门类",
            "国标行业",
            "gb/t 4754",
            "gbt4754",
            "national economy sector",
        ),
    ),
    ColumnSpec("park_address", "text", "园区地址", ("入驻地址", "地址", "房号", "address")),
    ColumnSpec(
        "entry_date", "date", "入孵日期", ("入驻日期", "入孵时间", "入园日期", "entry date")
    ),
    ColumnSpec(
        "planned_graduation_on", "date", "计划毕业日期", ("预计毕业日期", "planned graduation")
    ),
    ColumnSpec("stage", "stage", "阶段", ("孵化阶段", "状态", "孵化状态")),
    ColumnSpec(
        "high_tech_enterprise",
        "bool",
        "高新技术企业",
        ("是否高新技术企业", "高企", "国家高新技术企业", "high-tech enterprise", "hte"),
    ),
    ColumnSpec("high_tech_since", "date", "高企认定日期", ("高新认定日期", "高新技术企业认定日期")),
    ColumnSpec("listing_status", "listing", "上市状态", ("上市情况", "listing")),
    ColumnSpec("listing_date", "date", "上市日期", ("挂牌日期",)),
    ColumnSpec("tags", "tags", "标签", ("tag",)),
    ColumnSpec("notes", "text", "备注", ("说明", "note")),
    ColumnSpec(
        "contact_name", "text", "联系人", ("联系人姓名", "负责人", "contact", "contact name")
    ),
    ColumnSpec(
        "phone", "text", "电话", ("联系电话", "手机", "手机号", "手机号码", "电话号码", "tel")
    ),
    ColumnSpec("email", "text", "邮箱", ("电子邮箱", "电子邮件", "e-mail", "mail")),
)

FIGURE_COLUMNS: tuple[ColumnSpec, ...] = (
    *_ID_COLUMNS,
    ColumnSpec("period", "period", "期间", ("报告期", "季度", "统计期", "quarter"), True),
    ColumnSpec("staff_total", "int", "员工人数", ("从业人员", "员工总数", "职工总数", "staff")),
    ColumnSpec("staff_rd", "int", "研发人员", ("研发人员数", "r&d staff")),
    ColumnSpec("staff_phd", "int", "博士", ("博士人数", "phd")),
    ColumnSpec("staff_master", "int", "硕士", ("硕士人数", "master")),
    ColumnSpec("staff_bachelor", "int", "本科", ("本科人数", "bachelor")),
    ColumnSpec("staff_college", "int", "大专及以上", ("大专以上", "大专及以上人数")),
    ColumnSpec("staff_returnees", "int", "留学人员", ("海归", "留学归国人员", "returnees")),
    ColumnSpec("fresh_graduates_hired", "int", "吸纳应届毕业生", ("应届毕业生", "应届毕业生人数")),
    ColumnSpec("revenue", "money", "营业收入", ("收入", "总收入", "销售收入", "income")),
    ColumnSpec("net_profit", "money", "净利润", ("利润", "profit")),
    ColumnSpec("export_value", "money", "出口额", ("出口总额", "出口", "export")),
    ColumnSpec("rd_spend", "money", "研发投入", ("研发经费", "研发费用", "研发支出", "r&d spend")),
    ColumnSpec("taxes_paid", "money", "上缴税费", ("纳税额", "税收", "实缴税费", "taxes")),
    ColumnSpec(
        "invention_applications", "int", "发明专利申请", ("发明专利申请数", "当年发明专利申请")
    ),
    ColumnSpec("invention_grants", "int", "发明专利授权", ("发明专利授权数",)),
    ColumnSpec("utility_models", "int", "实用新型", ("实用新型专利",)),
    ColumnSpec("designs", "int", "外观设计", ("外观设计专利",)),
    ColumnSpec("software_copyrights", "int", "软件著作权", ("软著", "软件著作权数")),
    ColumnSpec(
        "valid_invention_patents", "int", "有效发明专利", ("拥有有效发明专利", "有效发明专利数")
    ),
    ColumnSpec("ic_layouts", "int", "集成电路布图", ("集成电路布图设计",)),
    ColumnSpec("tech_contracts_count", "int", "技术合同数", ("技术合同项数",)),
    ColumnSpec("tech_contracts_value", "money", "技术合同金额", ("技术合同成交额",)),
    ColumnSpec(
        "investment_received",
        "money",
        "获得投资",
        ("获得投资额", "融资金额", "当期获得投资", "investment"),
    ),
    ColumnSpec("investor", "text", "投资方", ("投资机构", "投资人")),
    ColumnSpec("investment_round", "text", "投资轮次", ("轮次", "融资轮次", "round")),
    ColumnSpec("awards", "text", "获奖情况", ("获奖", "奖项")),
    ColumnSpec("notes", "text", "备注", ("说明", "note")),
)


def _return_columns() -> tuple[ColumnSpec, ...]:
    """The credit code, the year, and every field entered with the return (in its order)."""
    from ..statistics import EDITABLE_FIELDS

    return (
        *_ID_COLUMNS,
        ColumnSpec(
            "year", "int", "统计年度", ("年度", "年份", "统计年份", "报告年度", "year"), True
        ),
        *(
            ColumnSpec(
                f.key,
                "stat",
                f.zh,
                tuple(
                    dict.fromkeys(
                        a
                        for a in (f.en, f.zh.removeprefix("其中："), f.column)
                        if a not in (f.key, f.zh)
                    )
                ),
            )
            for f in EDITABLE_FIELDS
        ),
    )


RETURN_COLUMNS: tuple[ColumnSpec, ...] = _return_columns()

COLUMNS = {
    ImportKind.TENANTS: TENANT_COLUMNS,
    ImportKind.FIGURES: FIGURE_COLUMNS,
    ImportKind.RETURNS: RETURN_COLUMNS,
}

_UNIT = re.compile(
    r"[(\[]\s*(?:单位[:：]?\s*)?"
    r"(万元|千元|元|万|千|人民币元|yuan|cny|rmb|10k yuan|thousand yuan)\s*[)\]]\s*$"
)
_UNITS = {
    "万元": MoneyUnit.TEN_THOUSAND,
    "万": MoneyUnit.TEN_THOUSAND,
    "10k yuan": MoneyUnit.TEN_THOUSAND,
    "千元": MoneyUnit.THOUSAND,
    "千": MoneyUnit.THOUSAND,
    "thousand yuan": MoneyUnit.THOUSAND,
}

# Columns written straight onto the tenant, and the list columns with the field they set.
TENANT_DIRECT = (
    "name_zh",
    "name_en",
    "founded_on",
    "registered_capital",
    "park_address",
    "entry_date",
    "planned_graduation_on",
    "high_tech_enterprise",
    "high_tech_since",
    "listing_status",
    "listing_date",
    "notes",
)
TENANT_IDS = {
    "industry": "industry_id",
    "tech_field": "tech_field_id",
    "registration_type": "registration_type_id",
    "sector": "sector_id",
}


def split_header(header: Any) -> tuple[str, MoneyUnit]:
    """The header without its unit suffix, and the unit ("营业收入（万元）" → 万元)."""
    text = unicodedata.normalize("NFKC", str(header if header is not None else "")).strip()
    text = text.replace("\n", "")
    m = _UNIT.search(text.lower())
    if not m:
        return text, MoneyUnit.YUAN
    return text[: m.start()].strip(), _UNITS.get(m.group(1), MoneyUnit.YUAN)


@cache
def _aliases(kind: ImportKind) -> dict[str, str]:
    """Folded header → column key, for every header that names a column of `kind`."""
    table: dict[str, str] = {}
    for spec in COLUMNS[kind]:
        for h in spec.headers:
            table.setdefault(fold(h), spec.key)
    return table


def recognise(kind: ImportKind, header: Any) -> str | None:
    base, _ = split_header(header)
    if not base:
        return None
    return _aliases(kind).get(fold(base))


def spec_of(kind: ImportKind, key: str) -> ColumnSpec:
    return next(s for s in COLUMNS[kind] if s.key == key)


def auto_mapping(kind: ImportKind, sheet: Sheet) -> dict[int, str]:
    """Column index → column key for every header recognised (first occurrence wins)."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for i, h in enumerate(sheet.headers):
        key = recognise(kind, h)
        if key and key not in taken:
            mapping[i] = key
            taken.add(key)
    return mapping
