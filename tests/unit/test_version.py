"""The version the program reports is the one the package is built with."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import incubator_desk

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def test_version_is_pyprojects() -> None:
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    assert "version" not in project.get("dynamic", [])
    assert incubator_desk.__version__ == project["version"]


def test_version_needs_no_package_metadata() -> None:
    """`--version` answers without importlib.metadata (it costs more than the rest)."""
    code = "import sys; import incubator_desk.cli; print('importlib.metadata' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_version_answered_before_the_command_line_loads() -> None:
    """`--version` alone prints what the full command line prints, without loading it."""
    code = (
        "import sys, runpy; sys.argv = ['incubator-desk', '--version']\n"
        "try:\n    runpy.run_module('incubator_desk', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('cli' if 'incubator_desk.cli' in sys.modules else 'no cli')"
    )
    quick = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert quick.returncode == 0, quick.stderr
    assert quick.stdout.splitlines() == [f"incubator-desk {incubator_desk.__version__}", "no cli"]
    full = subprocess.run(
        [sys.executable, "-c", "from incubator_desk.cli import main; main(['--version'])"],
        capture_output=True,
        text=True,
    )
    assert full.stdout == quick.stdout.splitlines()[0] + "\n"
