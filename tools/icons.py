"""Render the application icon from its SVG into every size the systems need.

    python tools/icons.py

Reads resources/icons/incubator-desk.svg and writes
- src/incubator_desk/resources/icons/incubator-desk-<N>.png: the window's icon (shipped in
  the package, loaded by app.py),
- resources/icons/incubator-desk.ico: the Windows executables and installer,
- resources/icons/incubator-desk.icns: the macOS bundle.
Commit what it writes (as with the .qm translations): a build then needs no SVG renderer.
Each size is drawn from the SVG by Qt, not scaled down from a large bitmap, so small sizes
stay sharp; Pillow packs them into .ico and .icns.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import manifest  # noqa: E402  (packaging/manifest.py: the sizes and where they go)

ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data().data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(manifest.ICON_SVG))
    if not renderer.isValid():
        print(f"cannot read {manifest.ICON_SVG}", file=sys.stderr)
        return 1
    sizes = sorted(set(manifest.ICON_PNG_SIZES) | set(manifest.ICO_SIZES) | set(ICNS_SIZES))
    images = {size: render(renderer, size) for size in sizes}

    manifest.ICON_PNG_DIR.mkdir(parents=True, exist_ok=True)
    for size in manifest.ICON_PNG_SIZES:
        path = manifest.ICON_PNG_DIR / f"incubator-desk-{size}.png"
        images[size].save(path, optimize=True)
        print(f"wrote {path.relative_to(ROOT)}")
    largest = max(manifest.ICO_SIZES)
    images[largest].save(
        manifest.ICON_ICO,
        format="ICO",
        sizes=[(s, s) for s in manifest.ICO_SIZES],
        append_images=[images[s] for s in manifest.ICO_SIZES if s != largest],
    )
    print(f"wrote {manifest.ICON_ICO.relative_to(ROOT)}")
    images[1024].save(
        manifest.ICON_ICNS, format="ICNS", append_images=[images[s] for s in ICNS_SIZES[:-1]]
    )
    print(f"wrote {manifest.ICON_ICNS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
