"""What goes into the frozen build and what stays out: the list the spec, build.py and tests read.

Plain Python with no PyInstaller import, so `tests/unit/test_packaging.py` can check it cheaply
against the source tree (every command module and registered extension is inside, no Qt module
the program imports is left out, the installer and the bundle name the right executables).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = "incubator_desk"
DISTRIBUTION = "incubator-desk"

APP_NAME = "Incubator Desk"
DIST_NAME = "incubator-desk"  # dist/incubator-desk/
GUI_EXE = "incubator-desk"  # the window (and, outside Windows, the command line too)
CLI_EXE = "incubator-desk-cli"  # Windows only: the console executable for the command line
BUNDLE_NAME = "Incubator Desk.app"
BUNDLE_ID = "org.incubatordesk.incubator-desk"
PUBLISHER = "Incubator Desk"

ICON_SVG = ROOT / "resources" / "icons" / "incubator-desk.svg"
ICON_ICO = ROOT / "resources" / "icons" / "incubator-desk.ico"
ICON_ICNS = ROOT / "resources" / "icons" / "incubator-desk.icns"
# The window's icon, shipped inside the package (written by tools/icons.py from ICON_SVG).
ICON_PNG_DIR = SRC / PACKAGE / "resources" / "icons"
ICON_PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# Data the program reads from disk at run time, relative to the package folder: the same list
# as pyproject.toml's package-data (a test keeps them equal). Alembic reads its scripts as
# files, so they ship as files too (besides their compiled copies).
DATA_GLOBS = (
    "db/migrations/*.py",
    "db/migrations/*.mako",
    "db/migrations/versions/*.py",
    "resources/translations/*.qm",
    "resources/translations/*.json",
    "services/demo/data/*.json",
    "resources/icons/*.png",
    "resources/icons/tabler/*.svg",
    "resources/icons/tabler/LICENSE.txt",
)

# Modules of other libraries that are loaded by name, which PyInstaller's analysis cannot
# see: ReportLab's C accelerator (`reportlab[accel]`), imported with exec() by
# reportlab.lib.rl_accel. Without it every PDF is measured and written by the slower
# pure-Python fallback.
LIBRARY_MODULES = ("_rl_accel",)

# Python modules never wanted in the build, whatever some library's hook suggests.
EXCLUDED_MODULES = (
    "tkinter",
    "unittest",
    "pydoc_data",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuick3D",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.Qt3DCore",
    # Qt Charts links the OpenGL libraries, which stay; their Python bindings (9 MB) go.
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
)

# Qt libraries and plugins dropped from the collected files (matched against the path inside
# the build, with "/" separators). `excludes` keeps Python modules out but not the libraries a
# Qt plugin links against: the virtual-keyboard input plugin alone pulls in Qml, Quick and
# VirtualKeyboard. Each pattern names something the program does not use.
DROPPED_FILES = (
    r"(^|/)(lib)?Qt6?(Qml|Quick|VirtualKeyboard|WebEngine|WebChannel|WebSockets|Multimedia"
    r"|Sql|Test|Designer|3D|Positioning|Location|Sensors|SerialPort|Bluetooth|Nfc"
    r"|TextToSpeech|SpatialAudio|Scxml|StateMachine|RemoteObjects|HttpServer|Graphs|EglFS|EglFs)"
    r"[^/]*$",
    r"/plugins/platforminputcontexts/[^/]*virtualkeyboard",
    r"/plugins/(qmltooling|tls|networkinformation|multimedia|sqldrivers|position|geoservices"
    r"|sensors|canbus|texttospeech|scxmldatamodel|assetimporters|renderers|renderplugins"
    r"|sceneparsers|geometryloaders|designer|webview|generic|vectorimageformats)/",
    r"/plugins/platforms/[^/]*(eglfs|linuxfb|minimal|vnc|vkkhrdisplay)[^/]*$",
    r"/plugins/egldeviceintegrations/",
    r"/plugins/imageformats/[^/]*(tiff|webp|wbmp|tga|pdf)[^/]*$",
    # Qt's own translations: only the Chinese of qtbase is loaded (ui/i18n.py).
    r"/PySide6/(Qt/)?translations/(?!qtbase_zh_CN\.qm$)[^/]+$",
)
_DROPPED = [re.compile(p) for p in DROPPED_FILES]

# What must be in the build, checked after every build (paths relative to the folder that
# holds the package, `_internal/` in a PyInstaller 6 build).
REQUIRED_FILES = (
    f"{PACKAGE}/db/migrations/env.py",
    f"{PACKAGE}/db/migrations/script.py.mako",
    f"{PACKAGE}/db/migrations/versions/0001_initial.py",
    f"{PACKAGE}/resources/translations/incubator_desk_zh_CN.qm",
    f"{PACKAGE}/resources/translations/incubator_desk_zh_CN.json",
    f"{PACKAGE}/resources/icons/incubator-desk-256.png",
    f"{PACKAGE}/resources/icons/tabler/settings.svg",
    f"{PACKAGE}/resources/icons/tabler/LICENSE.txt",
    f"{PACKAGE}/services/demo/data/companies.json",
)
# Qt's own Chinese, under PySide6/Qt/translations (PySide6/translations on Windows).
REQUIRED_QT_TRANSLATIONS = ("qtbase_zh_CN.qm",)
# Qt plugins the program needs, by operating system (glob patterns under PySide6/Qt/plugins
# on Linux and macOS, PySide6/plugins on Windows).
REQUIRED_PLUGINS = {
    "common": (
        "platforms/*offscreen*",
        "imageformats/*qjpeg*",
        "imageformats/*qico*",
        "imageformats/*qsvg*",
        "iconengines/*qsvgicon*",
    ),
    "linux": ("platforms/*qxcb*", "xcbglintegrations/*", "printsupport/*cups*"),
    "win32": ("platforms/*qwindows*", "styles/*qmodernwindowsstyle*"),
    "darwin": ("platforms/*qcocoa*", "styles/*qmacstyle*"),
}
# Qt libraries the program needs: QtPdf for the preview (it links QtNetwork, though the
# program never imports that), QtCharts, printing, SVG icons.
REQUIRED_QT_LIBRARIES = (
    "Pdf",
    "PdfWidgets",
    "Network",
    "Charts",
    "PrintSupport",
    "Widgets",
    "Svg",
)
# ...and what must not be there.
FORBIDDEN_NAMES = ("WebEngine", "Qt6Quick", "Qt6Qml", "QtQuick", "QtQml", "VirtualKeyboard")


def project_version() -> str:
    """The version in pyproject.toml: what `--version` of a build must print."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def package_modules(src: Path = SRC) -> list[str]:
    """Every module and package of incubator_desk, found by file, sorted.

    The command line finds its sub-commands by listing `commands/`, and the window loads its
    tenant tabs and settings sections by name (ui/extensions.py): PyInstaller's import
    analysis sees neither, so every module is named as a hidden import.
    """
    names = []
    for path in sorted((src / PACKAGE).rglob("*.py")):
        rel = path.relative_to(src).with_suffix("")
        parts = list(rel.parts)
        if "migrations" in parts:  # Alembic's scripts are read as files, never imported
            continue
        if parts[-1] == "__init__":
            parts.pop()
        elif parts[-1] == "__main__":
            continue
        names.append(".".join(parts))
    return sorted(names)


def data_files(src: Path = SRC) -> list[tuple[str, str]]:
    """(file, folder inside the build) for every file DATA_GLOBS names."""
    base = src / PACKAGE
    found = []
    for pattern in DATA_GLOBS:
        for path in sorted(base.glob(pattern)):
            dest = Path(PACKAGE) / path.parent.relative_to(base)
            found.append((str(path), dest.as_posix()))
    return found


def dropped(dest: str) -> bool:
    """Whether a collected file (its path inside the build) is one the program never uses."""
    path = "/" + dest.replace("\\", "/")
    return any(p.search(path) for p in _DROPPED)


def platform_key() -> str:
    return "win32" if sys.platform == "win32" else "darwin" if sys.platform == "darwin" else "linux"


def executables() -> tuple[str, ...]:
    """The executables in dist/incubator-desk/ on this system, the window's first."""
    if sys.platform == "win32":
        return (f"{GUI_EXE}.exe", f"{CLI_EXE}.exe")
    return (GUI_EXE,)


def command_line_executable() -> str:
    """The executable that runs the headless commands and prints to a console."""
    return f"{CLI_EXE}.exe" if sys.platform == "win32" else GUI_EXE


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """ "1.2.3" (or "1.2.3rc1") as the four numbers a Windows version resource holds."""
    numbers = [int(m.group()) if (m := re.match(r"\d+", p)) else 0 for p in version.split(".")]
    a, b, c, d = [*numbers, 0, 0, 0, 0][:4]
    return a, b, c, d
