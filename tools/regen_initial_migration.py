"""Regenerate migrations/versions/0001_initial.py from the models.

Only while no database made by a released version can exist: once a version has shipped,
a schema change is a new revision (`alembic revision --autogenerate`), never an edit here.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src" / "incubator_desk" / "db" / "migrations" / "versions" / "0001_initial.py"


def main() -> int:
    from alembic import command

    from incubator_desk.db.engine import location_from_string
    from incubator_desk.db.migrate import alembic_config

    TARGET.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        cfg = alembic_config(location_from_string(str(Path(tmp) / "empty.sqlite")))
        command.revision(
            cfg,
            message="initial schema: the whole incubator domain",
            autogenerate=True,
            rev_id="0001",
        )
    generated = next(TARGET.parent.glob("0001_*.py"))
    text = generated.read_text(encoding="utf-8")
    # Migrations must not depend on model code that may change later: plain column types.
    text = text.replace("incubator_desk.models.base.Money()", "sa.BigInteger()")
    text = text.replace(
        "incubator_desk.models.base.AwareDateTime(timezone=True)", "sa.DateTime(timezone=True)"
    )
    lines = [
        line.rstrip()
        for line in text.splitlines()
        if line.strip() != "import incubator_desk.models.base" and "# ###" not in line
    ]
    generated.unlink()
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ruff = Path(sys.executable).parent / "ruff"
    subprocess.run([str(ruff), "check", "--fix", "-q", str(TARGET)], check=False)
    subprocess.run([str(ruff), "format", "-q", str(TARGET)], check=False)
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
