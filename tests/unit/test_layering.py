"""Qt stays in ui/ and app.py: every other module imports with PySide6 made unimportable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import incubator_desk

NON_UI = sorted(
    m.name
    for m in pkgutil.walk_packages(incubator_desk.__path__, "incubator_desk.")
    if not m.name.startswith(("incubator_desk.ui", "incubator_desk.app"))
    and ".migrations" not in m.name
    and m.name != "incubator_desk.__main__"
)

BLOCKER = """
import sys
class Block:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6."):
            raise ImportError("Qt imported outside ui/: " + name)
sys.meta_path.insert(0, Block())
import importlib
for name in sys.argv[1:]:
    importlib.import_module(name)
print("ok")
"""


def test_non_ui_modules_do_not_import_qt() -> None:
    assert "incubator_desk.services.overview" in NON_UI
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, *NON_UI], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
