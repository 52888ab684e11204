"""Torch statistics export (火炬统计): the per-tenant annual return, one row per tenant,
money in 千元, as an .xlsx workbook with Chinese headers (as the Torch Center's forms)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from ..core import clock
from ..services import reporting
from ..services.spreadsheets import Workbook
from .base import write_file

# (key in reporting.torch_rows, Chinese header, English header, width, kind)
COLUMNS: tuple[tuple[str, str, str, int, str], ...] = (
    ("name", "企业名称", "Company", 34, "text"),
    ("credit_code", "统一社会信用代码", "Credit code", 21, "text"),
    ("founded_on", "成立日期", "Founded", 12, "date"),
    ("entry_date", "入孵日期", "Entry date", 12, "date"),
    ("industry", "所属行业", "Industry", 16, "text"),
    ("sector", "国民经济行业门类（GB/T 4754）", "Sector (GB/T 4754)", 24, "text"),
    ("tech_field", "技术领域", "Technology field", 14, "text"),
    ("registration_type", "登记注册类型", "Registration type", 14, "text"),
    ("has_mentor", "是否有创业导师", "Has a mentor", 8, "bool"),
    ("graduated", "是否毕业", "Graduated", 8, "bool"),
    ("graduated_on", "毕业日期", "Graduated on", 12, "date"),
    ("high_tech", "是否高新技术企业", "High-Tech Enterprise", 8, "bool"),
    ("student_founder", "大学生创业", "Student founder", 8, "bool"),
    ("serial_entrepreneur", "连续创业", "Serial entrepreneur", 8, "bool"),
    ("returnee_founder", "留学人员创业", "Returnee founder", 8, "bool"),
    ("talent_programme", "人才计划入选者", "Talent programme", 8, "bool"),
    ("investment_year", "当年获得投融资额（千元）", "Investment this year (k¥)", 12, "money"),
    ("investment_total", "累计获得投融资额（千元）", "Investment to date (k¥)", 12, "money"),
    ("area_m2", "占用孵化场地面积（m²）", "Area occupied (m²)", 10, "num"),
    ("registered_capital", "注册资本（千元）", "Registered capital (k¥)", 12, "money"),
    ("revenue", "总收入（千元）", "Revenue (k¥)", 12, "money"),
    ("net_profit", "净利润（千元）", "Net profit (k¥)", 12, "money"),
    ("export_value", "出口总额（千元）", "Export (k¥)", 12, "money"),
    ("rd_spend", "研发经费支出（千元）", "R&D spend (k¥)", 12, "money"),
    ("taxes_paid", "上缴税费（千元）", "Taxes paid (k¥)", 12, "money"),
    ("staff_total", "从业人员（人）", "Staff", 9, "int"),
    ("staff_phd", "其中：博士", "of whom PhD", 8, "int"),
    ("staff_master", "其中：硕士", "of whom master", 8, "int"),
    ("staff_bachelor", "其中：本科", "of whom bachelor", 8, "int"),
    ("staff_college", "大专以上", "College and above", 8, "int"),
    ("staff_returnees", "留学归国人员", "Returnees", 8, "int"),
    ("fresh_graduates_hired", "吸纳应届毕业生", "Fresh graduates hired", 8, "int"),
    ("invention_applications", "当年发明专利申请数", "Invention applications", 9, "int"),
    ("invention_grants", "当年发明专利授权数", "Invention grants", 9, "int"),
    ("valid_invention_patents", "拥有有效发明专利数", "Valid invention patents", 9, "int"),
    ("software_copyrights", "软件著作权", "Software copyrights", 9, "int"),
    ("ic_layouts", "集成电路布图", "IC layouts", 8, "int"),
    ("tech_contracts_count", "技术合同交易数", "Technology contracts", 9, "int"),
    ("tech_contracts_value", "技术合同交易额（千元）", "Technology contracts (k¥)", 12, "money"),
    ("national_projects", "承担国家级科技计划项目", "National projects", 9, "int"),
    ("quarters", "已填报季度数", "Quarters reported", 8, "int"),
)


def workbook_bytes(
    data: reporting.TorchReturn,
    progress: Callable[[int, int], None] | None = None,
) -> bytes:
    """The Torch return of `data` as .xlsx bytes, titled with the incubator's name."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    year, rows = data.year, data.rows
    wb = Workbook()
    sheet = wb.sheet(f"{year}年在孵企业")
    ws = sheet.ws
    n = len(COLUMNS)
    last = get_column_letter(n)
    ws.merge_cells(f"A1:{last}1")
    title = sheet.cell(1, 1, f"{data.incubator} {year}年度在孵企业火炬统计表".strip())
    title.font = Font(size=14, bold=True)
    title.alignment = Alignment(horizontal="center")
    ws.merge_cells(f"A2:{last}2")
    note = sheet.cell(
        2, 1, f"金额单位：千元　　统计年度：{year}　　导出日期：{clock.today().isoformat()}"
    )
    note.alignment = Alignment(horizontal="right")
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fill = PatternFill("solid", fgColor="DDE6F0")
    for i, (_key, zh, _en, width, _kind) in enumerate(COLUMNS, start=1):
        c = sheet.cell(3, i, zh)
        c.font = Font(bold=True)
        c.fill = fill
        c.border = border
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.row_dimensions[3].height = 45
    ws.freeze_panes = "C4"
    total = len(rows)
    formats = {"money": "#,##0.0", "num": "#,##0.00", "int": "#,##0", "date": "yyyy-mm-dd"}
    for r, row in enumerate(rows, start=4):
        for i, (key, _zh, _en, _w, kind) in enumerate(COLUMNS, start=1):
            value = row.get(key)
            cell: object = value
            if kind == "bool":
                cell = "是" if value else "否"
            elif kind in ("money", "num") and isinstance(value, Decimal | int):
                cell = float(value)
            elif kind == "int" and isinstance(value, Decimal | int):
                cell = int(value)
            c = sheet.cell(r, i, cell)
            if kind in formats:
                c.number_format = formats[kind]
        if progress is not None and (r - 3) % 100 == 0:
            progress(r - 3, total)
    ws.auto_filter.ref = f"A3:{last}{3 + max(total, 1)}"
    data_bytes = wb.to_bytes()
    if progress is not None:
        progress(total, total)
    return data_bytes


def write(
    data: reporting.TorchReturn,
    out: Path,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the Torch return of `data` to `out`; returns the number of tenant rows."""
    write_file(Path(out), workbook_bytes(data, progress))
    return len(data.rows)


__all__ = ["COLUMNS", "workbook_bytes", "write"]
