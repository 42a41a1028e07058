"""The JSON Schemas for editors (protishruti/jsonschemas.py) accept every
content file the build accepts, read as an editor reads YAML (numbers and
booleans typed) and as the build reads it (all text), and still catch what
an editor should flag: an unknown field, a missing one, a quarter 5."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path, PurePosixPath

import jsonschema
import pytest
import yaml

from protishruti import jsonschemas, yamlsource

ROOT = Path(__file__).resolve().parent.parent
VALID = [ROOT / "content", ROOT / "tests/sites/valid-faithful", ROOT / "tests/sites/valid-minimal"]


def _plain(value):
    """What a JSON Schema validator sees: dates as the text an editor (YAML 1.2) keeps."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


@pytest.fixture(scope="module")
def validators():
    return {f.name: (f, jsonschema.Draft202012Validator(jsonschemas.generate(f))) for f in jsonschemas.files()}


def _schema_for(rel: str, validators):
    for f, v in validators.values():
        if PurePosixPath(rel).match(f.files) and rel.count("/") == f.files.count("/"):
            return v
    return None


def _content_files(root: Path):
    for path in sorted(root.rglob("*.yaml")):
        rel = path.relative_to(root).as_posix()
        if "/evidence/" in rel:
            continue
        yield rel, path


@pytest.mark.parametrize("root", VALID + ["corpus"], ids=lambda r: r if isinstance(r, str) else r.name)
def test_every_valid_content_file_passes_its_schema_read_both_ways(root, validators, tmp_path):
    if root == "corpus":
        from benchmarks import corpus

        root = tmp_path / "corpus"
        corpus.main([str(root), "--pages", "150"])
    checked = 0
    for rel, path in _content_files(root):
        v = _schema_for(rel, validators)
        assert v is not None, f"{rel}: no schema is for this file"
        text = path.read_text(encoding="utf-8")
        for doc in (_plain(yaml.safe_load(text)), _plain(yamlsource.parse(text))):
            errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in v.iter_errors(doc)]
            assert not errors, f"{rel}: {errors[:3]}"
        checked += 1
    assert checked >= 4


def _office_doc():
    return _plain(yaml.safe_load((ROOT / "content/offices/sample-ministry/office.yaml").read_text(encoding="utf-8")))


def test_an_unknown_field_is_flagged(validators):
    doc = _office_doc()
    doc["nmae"] = "ভুল বানান"
    messages = [e.message for e in validators["office"][1].iter_errors(doc)]
    assert any("nmae" in m for m in messages), messages


def test_a_missing_field_and_a_fifth_quarter_are_flagged(validators):
    report = next((ROOT / "content/offices").glob("*/reports/*.yaml"))
    doc = _plain(yaml.safe_load(report.read_text(encoding="utf-8")))
    v = validators["report"][1]
    assert not list(v.iter_errors(doc))
    assert any("indicators" in e.message for e in v.iter_errors({k: x for k, x in doc.items() if k != "indicators"}))
    assert any(e.validator == "maximum" or "maximum" in str(e.context) for e in v.iter_errors({**doc, "quarter": 5}))


def test_schema_command_writes_every_schema_and_the_editor_settings(tmp_path):
    done = subprocess.run([sys.executable, "-m", "protishruti.cli", "schema", "--out", str(tmp_path / "schemas")],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in (tmp_path / "schemas").iterdir())
    assert names == sorted([f"{f.name}.schema.json" for f in jsonschemas.files()] + ["vscode-settings.json"])
    settings = json.loads((tmp_path / "schemas" / "vscode-settings.json").read_text(encoding="utf-8"))["yaml.schemas"]
    assert settings[(tmp_path / "schemas" / "report.schema.json").as_posix()] == ["**/offices/*/reports/*.yaml"]
    for p in (tmp_path / "schemas").glob("*.schema.json"):
        jsonschema.Draft202012Validator.check_schema(json.loads(p.read_text(encoding="utf-8")))
