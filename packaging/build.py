"""Build, check and smoke-test the frozen Incubator Desk for the system this runs on.

    python packaging/build.py              # dist/incubator-desk/ (and dist/Incubator Desk.app)
    python packaging/build.py --smoke      # smoke-test that build, as a person would use it
    python packaging/build.py --installer  # Windows: the NSIS installer; elsewhere a test compile
    python packaging/build.py --dmg        # macOS: the disk image (signed when configured)

Run it with a Python that has the project and packaging/requirements-build.txt installed:

    python -m venv .venv-build
    .venv-build/bin/pip install ".[postgres]" -r packaging/requirements-build.txt
    .venv-build/bin/python packaging/build.py

(on Windows `.venv-build\\Scripts\\pip` and `.venv-build\\Scripts\\python`).

The build itself comes from this tree's src/ (the installed copy gives only the package
metadata, checked to carry this tree's version). After building, the folder's contents are
checked against manifest.py: migrations as files, translations, icons, metadata, the Qt plugins
the program uses, and none of Qt WebEngine, Quick or QML. packaging/README.md has the rest.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import manifest as m  # beside this file

HERE = Path(__file__).resolve().parent
DIST = m.ROOT / "dist"
WORK = m.ROOT / "build" / "pyinstaller"
FOLDER = DIST / m.DIST_NAME
NSIS_SCRIPT = HERE / "windows" / "installer.nsi"
STEP_TIMEOUT = 180  # seconds: a missing data file can leave a frozen window waiting forever

# Lines on stderr that mean the build lacks something, whatever the exit status says.
BAD_STDERR = re.compile(
    r"Traceback \(most recent call last\)"
    r"|qt\.qpa\.plugin"
    r"|Qt platform plugin"
    r"|[Pp]lugin.{0,80}(not (be )?(found|loaded)|[Cc]annot load|failed to load)"
    r"|[Cc]annot load library"
    r"|ModuleNotFoundError|ImportError"
)


class BuildError(Exception):
    """Something the person building must fix; the message says what."""


# --- building -----------------------------------------------------------------------------------
def check_environment() -> None:
    """The interpreter has PyInstaller and the project installed, at this tree's version."""
    reqs = HERE / "requirements-build.txt"
    setup = f'{sys.executable} -m pip install "{m.ROOT}[postgres]" -r "{reqs}"'
    for needed, why in (
        ("pyinstaller", "PyInstaller is not installed here"),
        (
            "psycopg",
            "the PostgreSQL driver (psycopg) is not installed here, and the build ships it",
        ),
    ):
        try:
            metadata.version(needed)
        except metadata.PackageNotFoundError:
            raise BuildError(f"{why}. Run:\n  {setup}") from None
    try:
        installed = metadata.version(m.DISTRIBUTION)
    except metadata.PackageNotFoundError:
        raise BuildError(f"{m.DISTRIBUTION} is not installed here. Run:\n  {setup}") from None
    wanted = m.project_version()
    if installed != wanted:
        raise BuildError(
            f"{m.DISTRIBUTION} {installed} is installed but this tree is {wanted}; "
            f"the build would carry the wrong version. Run:\n  {setup}"
        )


def build(clean: bool) -> None:
    check_environment()
    started = time.perf_counter()
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={DIST}",
        f"--workpath={WORK}",
        str(HERE / "incubator-desk.spec"),
    ]
    if clean:
        cmd.insert(3, "--clean")
    print("$ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=m.ROOT)
    print(f"built {FOLDER} in {time.perf_counter() - started:.0f} s")
    check_build(FOLDER)


# --- checking what is inside --------------------------------------------------------------------
def contents_dir(folder: Path) -> Path:
    return folder / "_internal"


def qt_dir(folder: Path) -> Path:
    base = contents_dir(folder) / "PySide6"
    return base if sys.platform == "win32" else base / "Qt"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_build(folder: Path) -> None:
    """Everything manifest.py requires is in the folder, nothing it forbids; prints the size."""
    if not folder.is_dir():
        raise BuildError(f"{folder} does not exist: run `python packaging/build.py` first")
    inside = contents_dir(folder)
    problems = []
    for exe in m.executables():
        if not (folder / exe).is_file():
            problems.append(f"missing executable {exe}")
    for rel in m.REQUIRED_FILES:
        if not (inside / rel).is_file():
            problems.append(f"missing {rel}")
    if not list(inside.glob(f"{m.PACKAGE.replace('_', '[-_]')}-{m.project_version()}.dist-info")):
        problems.append(f"missing the package metadata ({m.DISTRIBUTION} {m.project_version()})")
    for name in m.REQUIRED_QT_TRANSLATIONS:
        if not (qt_dir(folder) / "translations" / name).is_file():
            problems.append(f"missing Qt's translation {name}")
    plugins = qt_dir(folder) / "plugins"
    for pattern in (*m.REQUIRED_PLUGINS["common"], *m.REQUIRED_PLUGINS[m.platform_key()]):
        if not list(plugins.glob(pattern)):
            problems.append(f"missing Qt plugin {pattern}")
    names = [p.name for p in inside.rglob("*")]
    for lib in m.REQUIRED_QT_LIBRARIES:
        if not any(re.search(rf"Qt6?{lib}(\.|$)", n) or n == f"Qt{lib}.framework" for n in names):
            problems.append(f"missing the Qt library {lib}")
    for forbidden in m.FORBIDDEN_NAMES:
        found = sorted({n for n in names if forbidden in n})
        if found:
            problems.append(f"{forbidden} should not be inside: {', '.join(found[:5])}")
    if problems:
        raise BuildError("the build is incomplete:\n  " + "\n  ".join(problems))
    total = folder_size(folder)
    print(f"checked {folder}: all required files present; size {total / 2**20:.0f} MiB")
    parts: dict[str, int] = {}
    for path in inside.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(inside).parts
            key = "/".join(rel[:3]) if rel[0] == "PySide6" else rel[0]
            parts[key] = parts.get(key, 0) + path.stat().st_size
    for key, size in sorted(parts.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {size / 2**20:7.1f} MiB  {key}")


# --- the smoke test -----------------------------------------------------------------------------
@dataclass
class Run:
    """One command of the smoke test, run against one copy of the build."""

    folder: Path
    data: Path

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("INCUBATOR_DESK_")}
        env.update(INCUBATOR_DESK_DATA_DIR=str(self.data), QT_QPA_PLATFORM="offscreen", **extra)
        # A Python of the build machine must not leak into the frozen one.
        for var in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
            env.pop(var, None)
        return env

    def run(
        self,
        title: str,
        args: Sequence[str],
        exe: str | None = None,
        env: dict[str, str] | None = None,
        refused: bool = False,
    ) -> subprocess.CompletedProcess[str]:
        """Run one command; it must exit 0 (or, `refused`, with an error a person can act on:
        1 or 2, never 3, the status of an unexpected error) and print nothing alarming."""
        program = self.folder / (exe or m.command_line_executable())
        started = time.perf_counter()
        try:
            result = subprocess.run(
                [str(program), *args],
                env=env or self.env(),
                cwd=self.data,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=STEP_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise BuildError(f"{title}: no answer after {STEP_TIMEOUT} s") from exc
        took = time.perf_counter() - started
        bad = [line for line in result.stderr.splitlines() if BAD_STDERR.search(line)]
        expected = result.returncode in (1, 2) if refused else result.returncode == 0
        if not expected or bad:
            raise BuildError(
                f"{title}: exit status {result.returncode}\n"
                f"--- stdout\n{result.stdout[-3000:]}\n--- stderr\n{result.stderr[-6000:]}"
            )
        print(f"  ok  {title:<44} {took:6.1f} s", flush=True)
        return result


def pdf_fonts_embedded(pdf: Path) -> str:
    """Every font of `pdf` embedded (pdffonts where installed, else a scan of the file)."""
    pdffonts = shutil.which("pdffonts")
    if pdffonts:
        lines = subprocess.run(
            [pdffonts, str(pdf)], capture_output=True, text=True, check=True
        ).stdout.splitlines()
        emb = lines[0].index("emb")  # the columns are fixed-width under the header
        fonts = [line for line in lines[2:] if line.strip()]
        missing = [line for line in fonts if line[emb : emb + 3] != "yes"]
        if not fonts or missing:
            raise BuildError(f"{pdf.name}: fonts not embedded:\n" + "\n".join(missing or lines))
        return f"{len(fonts)} font(s), all embedded (pdffonts)"
    data = pdf.read_bytes()
    fonts = len(re.findall(rb"/Type\s*/Font\b", data))
    descriptors = len(re.findall(rb"/Type\s*/FontDescriptor\b", data))
    files = len(re.findall(rb"/FontFile[23]?\b", data))
    if (
        not fonts
        or files < descriptors
        or re.search(rb"/BaseFont\s*/(Helvetica|Times|Courier)", data)
    ):
        raise BuildError(f"{pdf.name}: not every font is embedded")
    return f"{fonts} font(s), all embedded (scanned; pdffonts not installed)"


def smoke_one(folder: Path, work: Path) -> None:
    work.mkdir(parents=True)
    run = Run(folder, work)
    version = m.project_version()

    out = run.run("--version", ["--version"]).stdout.strip()
    if out != f"{m.DIST_NAME} {version}":
        raise BuildError(f"--version printed {out!r}, not {m.DIST_NAME} {version!r}")
    run.run("demo --tenants 50", ["demo", "--tenants", "50"])
    # The PostgreSQL driver is inside: a server that is not there is a clear error, not an
    # unexpected one about a missing module.
    nowhere = "postgresql://nobody@127.0.0.1:1/none?connect_timeout=3"
    refused = run.run(
        "a PostgreSQL server: driver inside", ["--db", nowhere, "db", "check"], refused=True
    )
    if "Cannot connect" not in refused.stderr:
        raise BuildError(f"a missing PostgreSQL server was not reported as such:\n{refused.stderr}")
    check = run.run("db check", ["db", "check"]).stdout
    if not re.search(r"Integrity:\s+ok", check):
        raise BuildError(f"db check did not report the database intact:\n{check}")
    tenants = json.loads(run.run("graduation --json", ["graduation", "--json"]).stdout)
    code = tenants[0]["credit_code"]
    pdf = work / "毕业报告 graduation.pdf"
    run.run(f"report graduation {code}", ["report", "graduation", code, "--out", str(pdf)])
    print(f"      {pdf.name}: {pdf_fonts_embedded(pdf)}")
    year = str(time.localtime().tm_year - 1)
    xlsx = work / f"torch {year}.xlsx"
    run.run(f"export torch --year {year}", ["export", "torch", "--year", year, "--out", str(xlsx)])
    if xlsx.read_bytes()[:2] != b"PK":
        raise BuildError(f"{xlsx.name} is not an .xlsx workbook")
    db = work / "incubator-desk.sqlite"
    window = run.run(
        "window: pages, tenant tabs, PDF preview",
        ["--db", str(db)],
        exe=m.executables()[0],
        env=run.env(INCUBATOR_DESK_SELF_TEST=str(pdf)),
    )
    if sys.platform != "win32":  # on Windows the window has no stdout; its status says it
        if "self-test passed" not in window.stdout:
            raise BuildError(f"the window's self-test said nothing:\n{window.stdout}")
        print(f"      {window.stdout.strip().splitlines()[-1]}")
    log = work / "incubator-desk.log"
    if not log.is_file():
        raise BuildError(f"no log was written to {log}")
    bundle = folder.parent / m.BUNDLE_NAME
    if sys.platform == "darwin" and bundle.is_dir():  # the .app lays the same files out anew
        inside = bundle.relative_to(folder.parent) / "Contents" / "MacOS" / m.GUI_EXE
        app = Run(folder.parent, work)
        if (
            app.run("the .app: --version", ["--version"], exe=str(inside)).stdout.split()[-1]
            != version
        ):
            raise BuildError(f"{inside} --version is not {version}")
        app.run(
            "the .app: window, PDF preview",
            ["--db", str(db)],
            exe=str(inside),
            env=run.env(INCUBATOR_DESK_SELF_TEST=str(pdf)),
        )


def smoke(folder: Path) -> None:
    """The smoke test on the build and on a copy under a path with Chinese and spaces."""
    check_build(folder)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="incubator-desk-smoke-") as tmp:
        base = Path(tmp)
        print(f"smoke test of {folder}")
        smoke_one(folder, base / "data")
        copy = base / "测试 目录" / m.DIST_NAME
        shutil.copytree(folder, copy, symlinks=True)
        bundle = folder.parent / m.BUNDLE_NAME
        if sys.platform == "darwin" and bundle.is_dir():
            shutil.copytree(bundle, copy.parent / m.BUNDLE_NAME, symlinks=True)
        print(f"smoke test of a copy at {copy}")
        smoke_one(copy, base / "测试 目录" / "数据 data")
    print(f"smoke test passed in {time.perf_counter() - started:.0f} s")


# --- installers ---------------------------------------------------------------------------------
def installer(folder: Path) -> None:
    """Windows: dist/incubator-desk-<version>-setup.exe. Elsewhere: compile the script only,
    against this system's build folder, to catch mistakes in it (the result is not shipped)."""
    check_build(folder)
    makensis = shutil.which("makensis")
    if makensis is None:
        raise BuildError("makensis is not installed (NSIS: `apt-get install nsis`, or nsis.sf.net)")
    version = m.project_version()
    a, b, c, d = m.windows_version_tuple(version)
    real = sys.platform == "win32"
    out = DIST if real else m.ROOT / "build" / "installer-check"
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{m.DIST_NAME}-{version}-setup.exe"
    defines = {
        "VERSION": version,
        "VERSION4": f"{a}.{b}.{c}.{d}",
        "DIST": str(folder),
        "OUTFILE": str(target),
        "ICON": str(m.ICON_ICO),
    }
    cmd = [makensis, "-V2", "-WX", "-INPUTCHARSET", "UTF8"]  # -WX: a warning fails too
    cmd += [f"-D{key}={value}" for key, value in defines.items()]
    if not real:
        cmd.append("-DCHECK_ONLY")  # no compression: only the script is being checked
    cmd.append(str(NSIS_SCRIPT))
    started = time.perf_counter()
    print("$ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    size = target.stat().st_size / 2**20
    took = time.perf_counter() - started
    print(f"{'built' if real else 'test-compiled'} {target} ({size:.0f} MiB) in {took:.0f} s")


def dmg() -> None:
    if sys.platform != "darwin":
        raise BuildError("a .dmg can only be made on macOS")
    subprocess.run(
        [
            "bash",
            str(HERE / "macos" / "make-dmg.sh"),
            str(DIST / m.BUNDLE_NAME),
            m.project_version(),
        ],
        check=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--smoke", action="store_true", help="smoke-test the build in dist/")
    ap.add_argument("--installer", action="store_true", help="make (or test-compile) the installer")
    ap.add_argument("--dmg", action="store_true", help="make the macOS disk image")
    ap.add_argument("--check", action="store_true", help="only check the build's contents")
    ap.add_argument("--clean", action="store_true", help="build without PyInstaller's cache")
    args = ap.parse_args(argv)
    try:
        if not (args.smoke or args.installer or args.dmg or args.check):
            build(args.clean)
        if args.check:
            check_build(FOLDER)
        if args.smoke:
            smoke(FOLDER)
        if args.installer:
            installer(FOLDER)
        if args.dmg:
            dmg()
    except BuildError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return exc.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
