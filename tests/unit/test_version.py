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
