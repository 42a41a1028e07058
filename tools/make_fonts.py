"""Regenerate the self-hosted Bangla web fonts in layouts/static/fonts/.

A developer tool, not part of the build: run it when the font or the range
changes.  Needs Debian's fonts-noto-core and fontTools with WOFF2 support:

    apt-get install fonts-noto-core && pip install 'fonttools[woff]'
    python tools/make_fonts.py

Noto Sans Bengali (SIL Open Font License 1.1), Regular and Bold, subset to
the Bangla block plus ZWJ/ZWNJ and the dotted circle.  Every OpenType layout
feature is kept, so conjuncts and vowel signs shape as in the full font; the
page's Latin text uses the system font (the @font-face unicode-range says so).
"""

import subprocess
import sys
from pathlib import Path

SOURCE = Path("/usr/share/fonts/truetype/noto")
OUT = Path(__file__).resolve().parent.parent / "layouts" / "static" / "fonts"
UNICODES = "U+0980-09FF,U+200C-200D,U+25CC"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for weight in ("Regular", "Bold"):
        src = SOURCE / f"NotoSansBengali-{weight}.ttf"
        dest = OUT / f"noto-sans-bengali-{weight.lower()}.woff2"
        subprocess.run(
            [sys.executable, "-m", "fontTools.subset", str(src), f"--unicodes={UNICODES}", "--layout-features=*",
             "--flavor=woff2", "--no-hinting", "--desubroutinize", f"--output-file={dest}"],
            check=True,
        )
        print(f"{dest.name}: {dest.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
