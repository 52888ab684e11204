"""Screenshots of accounts and roles in the window, in English and Chinese, to look at.

    python tools/accounts_screenshots.py OUTDIR

The sign-in dialog after a wrong password, the first administrator's step of a server
database, Settings → Accounts as an administrator sees it, the window of a read-only
colleague (disabled New/Import, who is signed in) and the refusal a change meets, and the
server password dialog. Runs offscreen on a demo database in a temporary data folder.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "park secret 7"


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots-accounts")
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="shots-accounts-"))
    os.environ["INCUBATOR_DESK_DATA_DIR"] = str(work / "data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QWidget

    from incubator_desk.app import build_window, make_application
    from incubator_desk.core.errors import SignInError
    from incubator_desk.core.vocabularies import OperatorRole
    from incubator_desk.db import open_database
    from incubator_desk.db.engine import location_from_string
    from incubator_desk.services import accounts
    from incubator_desk.services.demo import generate_demo
    from incubator_desk.ui import i18n
    from incubator_desk.ui.dialogs.server_password import ServerPasswordDialog
    from incubator_desk.ui.dialogs.sign_in import FirstAdministratorDialog, SignInDialog
    from incubator_desk.ui.dialogs.tenant_form import NewTenantDialog
    from incubator_desk.ui.pages.accounts_settings import AccountsSettings

    app = make_application()
    path = work / "孵化器 办公室.sqlite"
    db = open_database(location_from_string(str(path)), create=True).db
    generate_demo(db, tenants=60, seed=2)
    accounts.create_account(db, "zhou", PASSWORD, OperatorRole.ADMINISTRATOR, "周主任")
    for name, role, shown in (
        ("wangfang", OperatorRole.MANAGER, "王芳"),
        ("chen", OperatorRole.FINANCE, "陈会计"),
        ("li", OperatorRole.REVIEWER, "李评审（外部专家）"),
        ("zhao", OperatorRole.COORDINATOR, "赵导师协调"),
        ("lin", OperatorRole.READ_ONLY, "林同事"),
    ):
        accounts.create_account(db, name, PASSWORD, role, shown)
    accounts.set_active(db, "zhao", False)
    for _ in range(accounts.MAX_FAILED_SIGN_INS):
        with contextlib.suppress(SignInError):  # locks chen's account, to show it
            accounts.sign_in(db, "chen", "wrong guess")
    accounts.sign_in(db, "zhou", PASSWORD)
    server = location_from_string("postgresql://desk_app@db.nanshan-park.cn/incubator")

    def settle(ms: int = 300) -> None:
        QThreadPool.globalInstance().waitForDone(20000)
        end = time.time() + ms / 1000
        while time.time() < end:
            app.processEvents()
            time.sleep(0.01)

    def shot(widget: QWidget, name: str) -> None:
        settle()
        widget.grab().save(str(out / name))
        print(out / name)

    for lang in ("en", "zh_CN"):
        i18n.install(lang)
        accounts.sign_out(db)
        sign_in = SignInDialog(db, None, "lin")
        sign_in.show()
        sign_in.password.setText("not it")
        sign_in.sign_in()
        shot(sign_in, f"sign-in-{lang}.png")
        sign_in.close()

        first = FirstAdministratorDialog(db, None, required=True)
        first.show()
        first.fields.username.setText("zhou")
        first.fields.display_name.setText("周主任")
        first.fields.password.setText("short")
        first.fields.again.setText("short")
        first.create_administrator()  # refused next to the password: too short
        shot(first, f"first-administrator-{lang}.png")
        first.close()

        accounts.sign_in(db, "zhou", PASSWORD)
        section = AccountsSettings(db)
        section.resize(900, 620)
        section.show()
        section.view.selectRow(1)
        shot(section, f"accounts-settings-{lang}.png")
        section.close()

        accounts.sign_out(db)
        accounts.sign_in(db, "lin", PASSWORD)
        window = build_window(db)
        window.resize(1280, 760)
        window.show()
        window.show_page("tenants")
        settle(800)
        form = NewTenantDialog(db, window)
        form.show()
        form.form.name_zh.setText("深圳只读测试科技有限公司")
        form.buttons.accepted.emit()  # Save, as the person clicks it
        shot(window, f"read-only-window-{lang}.png")
        shot(form, f"refusal-{lang}.png")
        form.close()
        window.close()
        window.deleteLater()
        settle()
        accounts.sign_out(db)

        password = ServerPasswordDialog(server, "password authentication failed for user desk_app")
        password.show()
        shot(password, f"server-password-{lang}.png")
        password.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
