"""JSON Schema for every kind of content file, from the pydantic models in
protishruti/schema.py, for editors: with the VS Code YAML extension (or any
editor using yaml-language-server), a record file completes field names and
flags unknown or missing fields as it is typed.

``protishruti schema --out DIR`` writes one ``<kind>.schema.json`` per record
type plus ``site``, ``office`` and ``redirects``, and ``vscode-settings.json``
with the ``yaml.schemas`` entry that maps each schema to its files.  A record
file can also name its schema on its first line, as ``new`` writes it::

    # yaml-language-server: $schema=../../../../schemas/report.schema.json

The schemas accept every record the build accepts (tests/test_jsonschemas.py
checks every content file of the demo and the fixture sites): an editor reads
YAML 1.2, where ``12`` is a number and ``true`` a boolean, while the build
reads every value as text and accepts Bangla digits, so each scalar field
declares what it may be given (``json_schema_input_type`` in schema.py).  The
build stays the judge: a schema cannot say that a running total falls or that
a date is impossible.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import schema
from .records import REGISTRY

DIALECT = "https://json-schema.org/draft/2020-12/schema"


@dataclass(frozen=True)
class SchemaFile:
    name: str  # <name>.schema.json
    model: type
    title: str
    files: str  # the content files it is for, as a glob under the content folder


def files() -> list[SchemaFile]:
    out = [
        SchemaFile("site", schema.Site, "সাইটের তথ্য (site.yaml)", "site.yaml"),
        SchemaFile("redirects", schema.Redirects, "পুরোনো ঠিকানা (redirects.yaml)", "redirects.yaml"),
        SchemaFile("office", schema.Office, "দপ্তরের তথ্য (office.yaml)", "offices/*/office.yaml"),
    ]
    out += [SchemaFile(t.kind, t.model, t.label, f"offices/*/{t.folder}/*.yaml") for t in REGISTRY]
    return out


_BOUNDS = {"ge": "minimum", "le": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}


def _tidy(node: Any) -> Any:
    """pydantic leaves a bound of a field whose input may be text or a number
    (``Field(ge=1)`` on an Integer) as a bare ``ge`` beside ``anyOf``, which
    JSON Schema does not know: put it on the numeric branches, where it means
    something (the text branch is left to the build, which reads Bangla digits)."""
    if isinstance(node, list):
        return [_tidy(v) for v in node]
    if not isinstance(node, dict):
        return node
    node = {k: _tidy(v) for k, v in node.items()}
    bounds = {_BOUNDS[k]: node.pop(k) for k in list(node) if k in _BOUNDS}
    if bounds:
        for branch in node.get("anyOf", [node]):
            if branch.get("type") in ("integer", "number"):
                branch.update(bounds)
    return node


def generate(item: SchemaFile) -> dict[str, Any]:
    doc = _tidy(item.model.model_json_schema(mode="validation"))
    return {"$schema": DIALECT, "$id": f"{item.name}.schema.json", **doc, "title": item.title,
            "description": f"Protishruti: {item.files} under the content folder (docs/content.md)"}


def write(out: Path) -> list[Path]:
    """Write every schema and vscode-settings.json into ``out``; return the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    mapping: dict[str, list[str]] = {}
    for item in files():
        path = out / f"{item.name}.schema.json"
        path.write_text(json.dumps(generate(item), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        written.append(path)
        mapping[path.as_posix()] = [f"**/{item.files}"]
    settings = out / "vscode-settings.json"
    settings.write_text(json.dumps({"yaml.schemas": mapping}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    written.append(settings)
    return written
