"""The peer for build benchmarks: the same pages built with Hugo + Pagefind.

Reads a site this project built (OUT_SITE) and writes a Hugo project
(HUGO_DIR) with one content page per page of ours: the same URL, title and
main text, in a plain layout.  Hugo then renders as many pages with as much
text as we do, and Pagefind indexes them, so the two builds can be timed side
by side (benchmarks/ratio.sh).

Usage: python benchmarks/hugo_peer.py OUT_SITE HUGO_DIR
"""

from __future__ import annotations

import html
import re
import shutil
import sys
from pathlib import Path

_MAIN = re.compile(r"<main[^>]*>(.*)</main>", re.S)
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
_TAG = re.compile(r"<[^>]+>")

LAYOUT = """<!doctype html>
<html lang="bn"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>
"""


def main() -> None:
    site, hugo = Path(sys.argv[1]), Path(sys.argv[2])
    if hugo.exists():
        shutil.rmtree(hugo)
    (hugo / "layouts/_default").mkdir(parents=True)
    (hugo / "layouts/_default/single.html").write_text(LAYOUT, encoding="utf-8")
    (hugo / "layouts/_default/list.html").write_text(LAYOUT, encoding="utf-8")
    (hugo / "config.toml").write_text(
        'baseURL = "https://peer.example/"\nlanguageCode = "bn"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap", "section"]\n'
        "[markup.goldmark.renderer]\nunsafe = true\n",
        encoding="utf-8",
    )
    pages = 0
    for page in sorted(site.rglob("index.html")):
        text = page.read_text(encoding="utf-8")
        main_html = _MAIN.search(text)
        if not main_html:  # redirect stubs
            continue
        title = html.unescape(_TITLE.search(text).group(1)).replace('"', "'")  # type: ignore[union-attr]
        body = re.sub(r"\s+", " ", html.unescape(_TAG.sub(" ", main_html.group(1)))).strip()
        rel = page.parent.relative_to(site)
        # One flat file per page, placed by its url: front matter.  (Nested
        # index.md files would be leaf bundles, and Hugo renders none of the
        # pages below a leaf bundle: 807 of 10,010 pages.)
        dest = hugo / "content" / ("_index.md" if rel.parts == () else f"peer/p{pages:06d}.md")
        dest.parent.mkdir(parents=True, exist_ok=True)
        url = "/" + rel.as_posix() + "/" if rel.parts else "/"
        dest.write_text(f'---\ntitle: "{title}"\nurl: "{url}"\n---\n{body}\n', encoding="utf-8")
        pages += 1
    print(f"{hugo}: {pages} pages from {site}")


if __name__ == "__main__":
    main()
