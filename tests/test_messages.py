"""Issue 12, part 5: every content problem, warning and summary line is in
Bangla by default and in English with --lang en, from one catalogue
(protishruti/catalogue.py).  The other tests compare the English texts
(conftest sets PROTISHRUTI_LANG=en); these check the catalogue and the
Bangla."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from protishruti import catalogue, messages

PACKAGE = Path(__file__).resolve().parent.parent / "protishruti"
FILES = sorted(p for p in PACKAGE.rglob("*.py") if p.name not in ("catalogue.py",))


def _names(template: str) -> set[str]:
    return {field.split(".")[0].split("[")[0] for _, field, _, _ in string.Formatter().parse(template) if field is not None}


def _t_calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
            if name == "tr" and node.args:
                yield node, [node.args[0]]
            elif name == "count" and len(node.args) >= 3:
                yield node, node.args[1:3]


# Calls whose text argument is for people: a problem, a warning, an error a command prints.
_MESSAGE_CALLS = {"add": 2, "warn": 2, "problem": 2}
_MESSAGE_ERRORS = {"ValueError", "ScaffoldError", "ImportError_", "TableFileError", "IndexingError", "MergeError",
                   "ArgumentTypeError", "UnknownShard"}


def _untranslated(path: Path) -> list[str]:
    """Text for people written as a bare string or f-string, not through tr()."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    out = []

    def bare(node: ast.AST) -> bool:
        if isinstance(node, ast.JoinedStr):
            return any(isinstance(v, ast.Constant) and any(ch.isalpha() for ch in v.value) for v in node.values)
        return isinstance(node, ast.Constant) and isinstance(node.value, str) and any(ch.isalpha() for ch in node.value)

    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        f = node.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
        args: list[ast.AST] = []
        if name in _MESSAGE_CALLS and len(node.args) > _MESSAGE_CALLS[name]:
            args = [node.args[_MESSAGE_CALLS[name]]]
        elif name in _MESSAGE_ERRORS and node.args:
            args = [node.args[0]]
        elif name == "print" and path.name in ("cli.py", "serve.py"):
            args = list(node.args)
        for arg in args:
            if bare(arg) and "untranslated" not in lines[node.lineno - 1]:
                out.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {lines[node.lineno - 1].strip()[:100]}")
    return out


def test_every_message_has_its_bangla_with_the_same_values():
    missing, mismatched = [], []
    for path in FILES:
        lines = path.read_text(encoding="utf-8").splitlines()
        for node, args in _t_calls(ast.parse(path.read_text(encoding="utf-8"))):
            if "untranslated" in lines[node.lineno - 1]:
                continue
            for arg in args:
                if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                    mismatched.append(f"{path.name}:{node.lineno}: tr() needs the English template as a literal")
                    continue
                bn = catalogue.BN.get(arg.value)
                if bn is None:
                    missing.append(f"{path.name}:{node.lineno}: {arg.value}")
                elif _names(bn) != _names(arg.value):
                    mismatched.append(f"{path.name}:{node.lineno}: {arg.value!r} names {sorted(_names(arg.value))}, its Bangla {sorted(_names(bn))}")
    assert not missing, "no Bangla in protishruti/catalogue.py for:\n" + "\n".join(missing)
    assert not mismatched, "\n".join(mismatched)


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(PACKAGE)) for p in FILES])
def test_text_for_people_goes_through_the_catalogue(path):
    left = _untranslated(path)
    assert not left, "write these as tr(\"…\") (protishruti/messages.py):\n" + "\n".join(left)


def test_the_catalogue_holds_only_messages_the_program_writes():
    used = set()
    for path in FILES:
        for _, args in _t_calls(ast.parse(path.read_text(encoding="utf-8"))):
            used |= {a.value for a in args if isinstance(a, ast.Constant)}
    assert not sorted(set(catalogue.BN) - used)


def test_bangla_values_get_bangla_digits_and_text_stays_as_written(monkeypatch):
    monkeypatch.setattr(catalogue, "BN", {"{n} problem(s) in {file}": "{file}-এ {n}টি সমস্যা"})
    messages.set_language("bn")
    try:
        assert messages.tr("{n} problem(s) in {file}", n=12, file="plan2.yaml") == "plan2.yaml-এ ১২টি সমস্যা"
        assert messages.tr("not in the catalogue {n}", n=3) == "not in the catalogue ৩"
    finally:
        messages.set_language("en")
    assert messages.tr("{n} problem(s) in {file}", n=12, file="plan2.yaml") == "12 problem(s) in plan2.yaml"


def _check_with_one_broken_record(tmp_path: Path, *lang: str):
    """``check`` run as a webmaster runs it, with no PROTISHRUTI_LANG, on the
    demo content with one impossible date."""
    import os
    import shutil
    import subprocess
    import sys

    content = tmp_path / "content"
    shutil.copytree(PACKAGE.parent / "content", content)
    office = content / "offices" / "mopa" / "office.yaml"
    text = office.read_text(encoding="utf-8")
    assert "\npublished: 2026-11-23\n" in text
    office.write_text(text.replace("\npublished: 2026-11-23\n", "\npublished: 2026-13-45\n"), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != messages.ENV}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PACKAGE.parent), env.get("PYTHONPATH")]))
    done = subprocess.run([sys.executable, "-m", "protishruti.cli", "check", "--content", "content", *lang],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    lines = done.stderr.rstrip("\n").split("\n")
    assert lines[0].startswith("offices/mopa/office.yaml:") and lines[-2] == "", done.stderr
    return lines[-1]


def test_the_cli_speaks_bangla_by_default(tmp_path):
    assert _check_with_one_broken_record(tmp_path) == "content ফোল্ডারের ১টি ফাইলে ১টি সমস্যা। সমস্যাটি ঠিক করে আবার চালান।"


def test_the_cli_speaks_english_with_lang_en(tmp_path):
    assert _check_with_one_broken_record(tmp_path, "--lang", "en") == "1 problem in 1 file under content. Fix them and run again."


def test_the_bangla_is_nfc_and_says_something():
    import unicodedata

    bad = [k for k, v in catalogue.BN.items() if unicodedata.normalize("NFC", v) != v or not v.strip()]
    assert not bad, bad
