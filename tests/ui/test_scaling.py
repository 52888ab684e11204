"""At 200 % scaling pictures are drawn with the screen's pixels, not blown up from half as
many: the logo preview, the application's icon, charts. Run in a process of its own, since
the scale factor is read when Qt starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QGuiApplication, QImage
    from incubator_desk.app import make_application
    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.ui.dialogs.first_run import LOGO_PREVIEW, FirstRunDialog

    app = make_application()
    folder = Path(sys.argv[1])
    db = open_database(resolve_location(str(folder / "s.sqlite")), create=True).db
    logo = QImage(800, 400, QImage.Format.Format_RGB32)
    logo.fill(QColor("#1f4e79"))
    logo.save(str(folder / "logo.png"))
    dialog = FirstRunDialog(db)
    dialog.show()
    dialog.set_logo(folder / "logo.png")
    shown = dialog.logo_preview.pixmap()
    icon = QGuiApplication.windowIcon().pixmap(64, 64)
    print(json.dumps({
        "logo_ratio": shown.devicePixelRatio(),
        "logo_width": shown.width(),
        "preview": LOGO_PREVIEW,
        "icon_ratio": icon.devicePixelRatio(),
        "icon_width": icon.width(),
        "grab_width": dialog.grab().width(),
        "dialog_width": dialog.width(),
    }))
    db.dispose()
    """
)


def test_pictures_use_the_screens_pixels_at_200_percent(tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QT_SCALE_FACTOR="2",
        INCUBATOR_DESK_DATA_DIR=str(tmp_path),
    )
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    facts = json.loads(done.stdout.strip().splitlines()[-1])
    assert facts["logo_ratio"] == 2.0
    assert facts["logo_width"] == 2 * (facts["preview"] - 4)  # not half as many, stretched
    assert facts["icon_ratio"] == 2.0 and facts["icon_width"] == 128
    assert facts["grab_width"] == 2 * facts["dialog_width"]
