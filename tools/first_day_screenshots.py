"""Screenshots of a new office's first day, in English and Chinese, to look at before a change.

    python tools/first_day_screenshots.py OUTDIR

The first-start dialog (both pages, and a refused answer), the import window with values
not in the lists, Settings (the incubator's name and time zone; the lists with an entry's
other names and the merge dialog), each on a new database without the demo. Runs offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

HEADER = "企业名称,统一社会信用代码,行业,注册资本（万元）,入孵日期,技术领域"
ROWS = (
    "深圳云帆科技有限公司,914403001922038216,新一代信息技术,100,2024-03-01,电子信息",
    "深圳百草生物医药有限公司,91440300708461136T,生物产业,500.5,2023/9/15,生物与新医药",
    "深圳深蓝智能有限公司,91440300MA5FXXXX1Y,人工智能,10,2024-05-01,电子信息",
    "深圳合成未来有限公司,91440300MA5FXXXY10,合成生物,20,2024-06-01,生物与新医药",
    "深圳灵犀科技有限公司,91440300MA5FXXXW1X,人工智能,30,2024-07-01,",
    "深圳精工智能装备有限公司,,高端装备制造,80,2024-01-10,",
)


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots-first-day")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = Path(tempfile.mkdtemp(prefix="incubator-first-day-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(data)

    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QApplication, QWidget

    from incubator_desk.app import make_application
    from incubator_desk.db import open_database, resolve_location
    from incubator_desk.services.importing import ImportKind
    from incubator_desk.ui import i18n
    from incubator_desk.ui.dialogs.first_run import FirstRunDialog
    from incubator_desk.ui.dialogs.import_wizard import ImportDialog
    from incubator_desk.ui.pages.settings_page import SettingsPage
    from incubator_desk.ui.pages.tenants import TenantListsSettings

    app = make_application()
    sheet = data / "在孵企业名单.csv"
    lines = ["2026年在孵企业名单,,,,,", HEADER, *ROWS]
    sheet.write_bytes(("\r\n".join(lines) + "\r\n").encode("gbk"))
    logo = data / "logo.png"
    image = QImage(120, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    image.save(str(logo))

    def settle() -> None:
        for _ in range(5):
            QApplication.processEvents()

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / f"{name}.png"))

    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        db = open_database(resolve_location(str(data / f"new-{lang}.sqlite")), create=True).db

        first = FirstRunDialog(db)
        first.show()
        shot(first, f"{lang}-first-run-1")
        first.save()  # no name given: refused under the field
        shot(first, f"{lang}-first-run-1-refused")
        first.name_zh.setText("南山科技创业孵化器")
        first.name_en.setText("Nanshan Tech Incubator")
        first.set_logo(logo)
        first.save()
        shot(first, f"{lang}-first-run-2")
        first.close()

        wizard = ImportDialog(db, ImportKind.TENANTS, str(sheet))
        wizard.show()
        while wizard.worker is not None:
            QApplication.processEvents()
        shot(wizard, f"{lang}-import-unknown-values")
        wizard.close()

        settings_page = SettingsPage(db)
        settings_page.resize(1000, 560)
        settings_page.show()
        shot(settings_page, f"{lang}-settings-general")
        settings_page.close()

        lists = TenantListsSettings(db)
        lists.resize(1000, 560)
        lists.show()
        shot(lists, f"{lang}-settings-lists")
        lists.table.selectRow(3)
        merge = lists.merge_dialog()
        assert merge is not None
        merge.show()
        shot(merge, f"{lang}-settings-merge")
        merge.close()
        lists.close()
        db.dispose()
    app.quit()
    print(f"screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
