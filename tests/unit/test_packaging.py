"""packaging/ agrees with the sources: cheap checks of the spec's lists, the installer, the bundle.

The real build and its smoke test run in .ci/run (`python packaging/build.py --smoke`); these
catch, in a second, the mistakes that would otherwise only show there or on a user's machine:
a command or a tab the build leaves out, a Qt module the program uses but the build drops,
an installer or bundle naming an executable that is not built.
"""

from __future__ import annotations

import ast
import importlib.util
import pkgutil
import plistlib
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

import incubator_desk
from incubator_desk import APP_ID, ORG_NAME

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SRC = ROOT / "src" / "incubator_desk"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


manifest = _load("manifest", PACKAGING / "manifest.py")
MODULES = set(manifest.package_modules())


def test_every_module_of_the_package_is_a_hidden_import() -> None:
    walked = {
        m.name
        for m in pkgutil.walk_packages(incubator_desk.__path__, "incubator_desk.")
        if ".migrations" not in m.name and m.name != "incubator_desk.__main__"
    }
    assert walked | {"incubator_desk"} == MODULES


def test_every_command_module_is_inside() -> None:
    commands = {p.stem for p in (SRC / "commands").glob("*.py") if p.stem != "__init__"}
    assert {"db", "demo", "reports"} <= commands
    assert {f"incubator_desk.commands.{c}" for c in commands} <= MODULES


def _extension_entries() -> list[tuple[str, str]]:
    tree = ast.parse((SRC / "ui" / "extensions.py").read_text(encoding="utf-8"))
    return [
        (call.args[0].value, call.args[1].value)
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "Entry"
        and len(call.args) == 2
        and all(isinstance(a, ast.Constant) for a in call.args)
    ]


def test_every_registered_tab_and_settings_section_is_inside() -> None:
    entries = _extension_entries()
    assert len(entries) >= 9  # five tenant tabs, four settings sections
    for module, _cls in entries:
        assert module in MODULES, f"{module} is registered in ui/extensions.py but not packaged"


def test_every_services_package_is_inside() -> None:
    packages = [p.parent.name for p in (SRC / "services").glob("*/__init__.py")]
    assert "funding" in packages
    for name in packages:
        assert f"incubator_desk.services.{name}" in MODULES


def _qt_modules_imported() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        found |= set(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    return found


def test_no_qt_module_the_program_imports_is_left_out() -> None:
    used = _qt_modules_imported()
    assert {"QtCore", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtCharts", "QtPrintSupport"} <= used
    excluded = {name.removeprefix("PySide6.") for name in manifest.EXCLUDED_MODULES}
    assert not used & excluded
    for module in used:
        lib = module.removeprefix("Qt")
        for path in (
            f"PySide6/Qt/lib/libQt6{lib}.so.6",
            f"PySide6/Qt6{lib}.dll",
            f"PySide6/Qt/lib/Qt{lib}.framework/Versions/A/Qt{lib}",
            f"PySide6/{module}.abi3.so",
            f"PySide6/{module}.pyd",
        ):
            assert not manifest.dropped(path), path


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/plugins/imageformats/qico.dll",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/lib/libQt6Network.so.6",  # QtPdf links it
        "PySide6/Qt/lib/libQt6OpenGL.so.6",  # QtCharts links it
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/translations/qtbase_zh_CN.qm",
        "incubator_desk/resources/translations/incubator_desk_zh_CN.qm",
        "incubator_desk/db/migrations/versions/0001_initial.py",
    ],
)
def test_what_the_program_needs_is_kept(path: str) -> None:
    assert not manifest.dropped(path)


@pytest.mark.parametrize(
    "path",
    [
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6Qml.so.6",
        "PySide6/Qt6WebEngineCore.dll",
        "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
        "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qtdeclarative_zh_CN.qm",
    ],
)
def test_what_the_program_never_uses_is_dropped(path: str) -> None:
    assert manifest.dropped(path)


def test_data_files_are_what_the_wheel_ships() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    package_data = pyproject["tool"]["setuptools"]["package-data"]["incubator_desk"]
    assert sorted(package_data) == sorted(manifest.DATA_GLOBS)
    shipped = {Path(f).relative_to(SRC).as_posix() for f, _dest in manifest.data_files()}
    for required in manifest.REQUIRED_FILES:
        if required.startswith("incubator_desk/"):
            assert required.removeprefix("incubator_desk/") in shipped
    for script in (SRC / "db" / "migrations" / "versions").glob("*.py"):
        assert f"db/migrations/versions/{script.name}" in shipped
    assert all(dest.startswith("incubator_desk") for _f, dest in manifest.data_files())


def test_the_version_comes_from_pyproject() -> None:
    assert manifest.project_version() == incubator_desk.__version__
    assert manifest.windows_version_tuple("1.2") == (1, 2, 0, 0)
    assert manifest.windows_version_tuple("2.10.3rc1") == (2, 10, 3, 0)


def test_build_requirements_are_pinned() -> None:
    lines = [
        line.split("#")[0].strip()
        for line in (PACKAGING / "requirements-build.txt").read_text().splitlines()
    ]
    pins = [line for line in lines if line]
    assert any(p.startswith("pyinstaller==") for p in pins)
    assert all(re.fullmatch(r"[A-Za-z0-9_.-]+==[\w.]+", p) for p in pins), pins


def test_libraries_loaded_by_name_are_installed_and_in_use() -> None:
    import importlib

    from reportlab.lib import rl_accel

    for name in manifest.LIBRARY_MODULES:
        importlib.import_module(name)  # the build would silently lack it otherwise
    # ReportLab measures and writes text with its C accelerator, not the Python fallback
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"


def test_the_spec_takes_its_lists_from_the_manifest() -> None:
    spec = (PACKAGING / "incubator-desk.spec").read_text(encoding="utf-8")
    compile(spec, "incubator-desk.spec", "exec")  # valid Python
    for use in (
        "hiddenimports=m.package_modules() + list(m.LIBRARY_MODULES)",
        "m.data_files()",
        "copy_metadata(m.DISTRIBUTION)",
        "excludes=list(m.EXCLUDED_MODULES)",
        "m.dropped(",
        "name=m.GUI_EXE",
        "name=m.CLI_EXE",
        "bundle_identifier=m.BUNDLE_ID",
    ):
        assert use in spec


# --- the Windows installer ------------------------------------------------------------------
NSIS = (PACKAGING / "windows" / "installer.nsi").read_text(encoding="utf-8")


def _nsis_define(name: str) -> str:
    match = re.search(rf'^!define {name} "([^"]*)"', NSIS, re.MULTILINE)
    assert match, name
    return match.group(1)


def test_the_installer_names_the_executables_that_are_built() -> None:
    assert _nsis_define("GUI_EXE") == f"{manifest.GUI_EXE}.exe"
    assert _nsis_define("CLI_EXE") == f"{manifest.CLI_EXE}.exe"
    assert _nsis_define("APP_NAME") == manifest.APP_NAME
    assert "${DIST}" in NSIS and "${ICON}" in NSIS


def test_the_installer_is_per_user_in_chinese_and_english() -> None:
    assert re.search(r"^RequestExecutionLevel user$", NSIS, re.MULTILINE)
    assert "$LOCALAPPDATA\\Programs\\" in NSIS
    assert "HKLM" not in NSIS and "$PROGRAMFILES" not in NSIS
    assert '!insertmacro MUI_LANGUAGE "English"' in NSIS
    assert '!insertmacro MUI_LANGUAGE "SimpChinese"' in NSIS
    strings = re.findall(r"^LangString (\w+) \$\{LANG_(\w+)\}", NSIS, re.MULTILINE)
    names = {name for name, _lang in strings}
    for name in names:
        assert (name, "ENGLISH") in strings and (name, "SIMPCHINESE") in strings, name
    for used in set(re.findall(r"\$\((\w+)\)", NSIS)):
        assert used in names, f"$({used}) has no LangString"


def test_the_uninstaller_keeps_the_data_unless_asked() -> None:
    # The data folder platformdirs gives on Windows, and QSettings' registry key.
    assert _nsis_define("DATA_DIR") == f"$LOCALAPPDATA\\{ORG_NAME}\\{APP_ID}"
    assert _nsis_define("SETTINGS_KEY") == f"Software\\{ORG_NAME}"
    data_section = re.search(r'^Section (/o )?"un\.\$\(UnData\)"', NSIS, re.MULTILINE)
    assert data_section and data_section.group(1) == "/o ", "deleting data must be opt-in"
    start = NSIS.index('Section "un.$(UnProgram)"')
    assert "${DATA_DIR}" not in NSIS[start : NSIS.index("SectionEnd", start)]
    assert 'RMDir /r "$INSTDIR"' not in NSIS  # never a recursive delete of a chosen folder


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (NSIS) is not installed")
def test_the_installer_refuses_to_build_without_its_definitions(tmp_path: Path) -> None:
    result = subprocess.run(
        ["makensis", "-V1", "-INPUTCHARSET", "UTF8", str(PACKAGING / "windows" / "installer.nsi")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert result.returncode != 0
    assert "packaging/build.py --installer" in result.stdout + result.stderr


# --- the macOS bundle -----------------------------------------------------------------------
def test_the_bundle_declares_its_executable_localizations_and_retina() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as f:
        info = plistlib.load(f)
    assert info["CFBundleExecutable"] == manifest.GUI_EXE
    assert info["CFBundleName"] == manifest.APP_NAME
    assert {"en", "zh-Hans"} <= set(info["CFBundleLocalizations"])
    assert info["NSHighResolutionCapable"] is True
    assert "CFBundleIdentifier" not in info  # the spec sets it from manifest.BUNDLE_ID
    with (PACKAGING / "macos" / "entitlements.plist").open("rb") as f:
        assert isinstance(plistlib.load(f), dict)


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash")
def test_the_shell_scripts_parse() -> None:
    for script in PACKAGING.rglob("*.sh"):
        result = subprocess.run(["bash", "-n", str(script)], capture_output=True, text=True)
        assert result.returncode == 0, f"{script}: {result.stderr}"


def test_signing_and_notarisation_are_skipped_without_their_variables() -> None:
    script = (PACKAGING / "macos" / "make-dmg.sh").read_text(encoding="utf-8")
    assert 'if [[ -z "${MACOS_SIGN_IDENTITY:-}" ]]' in script
    assert "MACOS_NOTARY_PROFILE" in script and "APPLE_APP_PASSWORD" in script


# --- icons ----------------------------------------------------------------------------------
def test_every_icon_size_is_there() -> None:
    assert manifest.ICON_SVG.is_file()
    for size in manifest.ICON_PNG_SIZES:
        with Image.open(manifest.ICON_PNG_DIR / f"incubator-desk-{size}.png") as png:
            assert png.size == (size, size)
    with Image.open(manifest.ICON_ICO) as ico:
        assert {(s, s) for s in manifest.ICO_SIZES} <= set(ico.info["sizes"])
    with Image.open(manifest.ICON_ICNS) as icns:
        assert icns.size == (1024, 1024) or (512, 512, 2) in icns.info["sizes"]


# --- the smoke test's own judgement -------------------------------------------------------
build = _load("packaging_build", PACKAGING / "build.py")


@pytest.mark.parametrize(
    ("line", "bad"),
    [
        ('qt.qpa.plugin: Could not find the Qt platform plugin "xcb" in ""', True),
        (
            "This application failed to start because no Qt platform plugin could be initialized.",
            True,
        ),
        ("Traceback (most recent call last):", True),
        ("ImportError: libQt6Network.so.6: cannot open shared object file", True),
        ("Cannot load library /x/libqxcb.so: (libxcb-cursor.so.0: cannot open)", True),
        ("This plugin does not support propagateSizeHints()", False),
        ("Backed up the database to /tmp/x before upgrading it.", False),
    ],
)
def test_the_smoke_test_knows_a_broken_build_from_its_stderr(line: str, bad: bool) -> None:
    assert bool(build.BAD_STDERR.search(line)) is bad


def _helvetica_pdf(path: Path) -> Path:
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.setFont("Helvetica", 12)  # one of the 14 standard fonts: never embedded
    page.drawString(72, 720, "not embedded")
    page.save()
    return path


@pytest.mark.parametrize("pdffonts", [True, False])
def test_a_pdf_with_a_font_not_embedded_fails_the_smoke_test(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, pdffonts: bool
) -> None:
    if pdffonts and shutil.which("pdffonts") is None:
        pytest.skip("poppler's pdffonts is not installed")
    if not pdffonts:
        monkeypatch.setattr(build.shutil, "which", lambda _name: None)
    with pytest.raises(build.BuildError, match="embedded"):
        build.pdf_fonts_embedded(_helvetica_pdf(tmp_path / "helvetica.pdf"))
