"""The URL scheme.  These paths are promises to citizens and auditors: once a
page is published at one of them it must stay there.  Directory style: each
path ends in '/' and is written as <path>index.html.  ASCII only.
"""

from __future__ import annotations

from datetime import date


def home() -> str:
    return "/"


def office(slug: str) -> str:
    return f"/offices/{slug}/"


def charter(slug: str, effective: date) -> str:
    return f"/offices/{slug}/charter/{effective.isoformat()}/"


def action_plan(slug: str, fiscal_year: str) -> str:
    return f"/offices/{slug}/action-plans/{fiscal_year}/"


def report(slug: str, fiscal_year: str, quarter: int) -> str:
    return f"/offices/{slug}/reports/{fiscal_year}/q{quarter}/"


def meeting(slug: str, fiscal_year: str, number: int) -> str:
    return f"/offices/{slug}/meetings/{fiscal_year}/{number}/"


def page(name: str) -> str:
    return f"/pages/{name}/"


def search() -> str:
    return "/search/"


def evidence(slug: str, relpath: str) -> str:
    return f"/offices/{slug}/{relpath}"


def output_file(url: str) -> str:
    """Where a URL lives inside the output folder."""
    path = url.lstrip("/")
    return path + "index.html" if url.endswith("/") else path
