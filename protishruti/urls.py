"""The URL scheme.  These paths are promises to citizens and auditors: once a
page is published at one of them it must stay there.  Directory style: each
path ends in '/' and is written as <path>index.html.  ASCII only.  Each record
type's URLs (under its office's) are in its module in protishruti/records/.
"""

from __future__ import annotations


def home() -> str:
    return "/"


def office(slug: str) -> str:
    return f"/offices/{slug}/"


def page(name: str) -> str:
    return f"/pages/{name}/"


def search() -> str:
    return "/search/"


def monitoring(fiscal_year: str | None = None, slug: str | None = None, part: int = 1) -> str:
    """/monitoring/ (the latest year), /monitoring/<YYYY-YY>/ (the whole site),
    /offices/<slug>/monitoring/<YYYY-YY>/ (an office and the offices under it)
    and /offices/<slug>/monitoring/<YYYY-YY>/<part>/ (the second and later
    parts of a large office's table)."""
    base = f"/offices/{slug}/monitoring/" if slug else "/monitoring/"
    url = base + (f"{fiscal_year}/" if fiscal_year else "")
    return url + (f"{part}/" if part > 1 and fiscal_year else "")


def evidence(slug: str, relpath: str) -> str:
    return f"/offices/{slug}/{relpath}"


def output_file(url: str) -> str:
    """Where a URL lives inside the output folder."""
    path = url.lstrip("/")
    return path + "index.html" if url.endswith("/") else path
