"""`incubator-desk collect …` as a user runs it: exit statuses, reports, JSON, reminders."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl

from incubator_desk.core import clock
from incubator_desk.core.periods import Period, last_complete_quarter
from incubator_desk.services.collection.workbook import COL_KEY, COL_VALUE, FORM_TITLE

PERIOD = Period(*last_complete_quarter(clock.today()))
CODES = ("914403001922038216", "91440300708461136T")


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "INCUBATOR_DESK_DB"}
    env["INCUBATOR_DESK_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "incubator_desk", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
    )


def fill(path: Path, target: Path, values: dict[str, object]) -> None:
    wb = openpyxl.load_workbook(path)
    ws = wb[FORM_TITLE]
    rows = {ws.cell(r, COL_KEY).value: r for r in range(1, ws.max_row + 1)}
    for key, value in values.items():
        ws.cell(rows[key], COL_VALUE, value)
    wb.save(target)


def test_collect_round_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    db = tmp_path / "数据 库.sqlite"
    sheet = tmp_path / "tenants.csv"
    with sheet.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["企业名称", "统一社会信用代码", "入孵日期", "联系人", "邮箱"])
        w.writerow(["深圳云帆科技有限公司", CODES[0], "2024-03-01", "张三", "zhang@yunfan.cn"])
        w.writerow(["深圳星河智能有限公司", CODES[1], "2024-03-01", "李四", "li@xinghe.cn"])
    D = ("--db", str(db))
    assert run(*D, "db", "create", data_dir=data).returncode == 0
    assert run(*D, "import", "tenants", str(sheet), data_dir=data).returncode == 0

    out = tmp_path / "发出 workbooks"
    started = run(
        *D, "collect", "start", "--period", PERIOD.label, "--out", str(out), data_dir=data
    )
    assert started.returncode == 0, started.stderr
    assert f"wrote 2 workbook(s) to {out}" in started.stdout
    sent = sorted(out.iterdir())
    assert sorted(p.name.split("_")[1] for p in sent) == sorted(CODES)

    back = tmp_path / "back"
    back.mkdir()
    yunfan = next(p for p in sent if CODES[0] in p.name)
    xinghe = next(p for p in sent if CODES[1] in p.name)
    fill(yunfan, back / "回复.xlsx", {"staff_total": 8, "revenue": 12.5})
    fill(xinghe, back / "x.xlsx", {"staff_total": "eight"})
    imported = run(*D, "collect", "import", str(back), data_dir=data)
    assert imported.returncode == 2, imported.stderr
    assert "回复.xlsx: accepted: 深圳云帆科技有限公司" in imported.stdout
    assert "x.xlsx: rejected" in imported.stdout
    assert "“eight” is not a number" in imported.stdout
    assert "1 file(s) were not saved" in imported.stderr

    status = run(*D, "collect", "status", "--json", data_dir=data)
    assert status.returncode == 0
    report = json.loads(status.stdout)
    assert report["period"] == PERIOD.label
    assert report["counts"]["accepted"] == 1 and report["counts"]["rejected"] == 1
    by_code = {t["credit_code"]: t for t in report["tenants"]}
    assert by_code[CODES[0]]["status"] == "accepted"
    assert "eight" in by_code[CODES[1]]["problems"][0]["message"]

    # nobody is missing yet (both answered); a fresh quarter's round makes both missing
    earlier = PERIOD.previous()
    assert (
        run(
            *D,
            "collect",
            "start",
            "--period",
            earlier.label,
            "--out",
            str(tmp_path / "e"),
            data_dir=data,
        )
    ).returncode == 0
    remind = run(
        *D,
        "collect",
        "remind",
        "--period",
        earlier.label,
        "--out",
        str(tmp_path / "r.csv"),
        data_dir=data,
    )
    assert remind.returncode == 0, remind.stderr
    assert "mailto:?bcc=li@xinghe.cn,zhang@yunfan.cn&subject=" in remind.stdout
    rows = list(csv.reader((tmp_path / "r.csv").open(encoding="utf-8-sig")))
    assert rows[0][0] == "企业名称" and len(rows) == 3

    # a file of the other round, imported into this one, is reported and not saved
    other = next((tmp_path / "e").iterdir())
    fill(other, tmp_path / "stray.xlsx", {"staff_total": 1})
    stray = run(
        *D,
        "collect",
        "import",
        str(tmp_path / "stray.xlsx"),
        "--period",
        PERIOD.label,
        data_dir=data,
    )
    assert stray.returncode == 2
    assert f"belongs to the round for {earlier.label}" in stray.stdout

    # errors a person can act on: exit status and one line, no traceback
    missing = run(*D, "collect", "import", str(tmp_path / "nowhere"), data_dir=data)
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    future = run(*D, "collect", "start", "--period", "2199Q1", "--out", str(out), data_dir=data)
    assert future.returncode == 2 and "has not begun" in future.stderr
    assert "Traceback" not in future.stderr + missing.stderr
    none = run(*D, "collect", "status", "--period", "2001Q1", data_dir=data)
    assert none.returncode == 2 and "no collection round for 2001Q1" in none.stderr
