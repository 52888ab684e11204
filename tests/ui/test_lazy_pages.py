"""Start-up imports only the page it shows: the others are imported when first visited."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
from incubator_desk.app import build_window, make_application
from incubator_desk.db import open_database, resolve_location
from incubator_desk.ui import settings
from incubator_desk.ui.main_window import PAGES

make_application()
settings.LAST_PAGE.set("dashboard")
db = open_database(resolve_location(sys.argv[1]), create=True).db
window = build_window(db)
window.show()

def imported():
    return sorted(key for key, (module, _) in PAGES.items()
                  if "incubator_desk.ui" + module in sys.modules)

print(",".join(imported()))
window.show_page("tenants")
print(",".join(imported()))
"""


def test_only_the_page_shown_is_imported(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "lazy.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    first, then = result.stdout.split()
    assert first == "dashboard"
    assert then == "dashboard,tenants"
