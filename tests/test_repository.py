"""Repository-wide rules: NFC everywhere; no precomposed য়/ড়/ঢ় sneaking in."""

import unicodedata

from .conftest import ROOT


def test_all_text_files_are_nfc():
    for folder in ("protishruti", "layouts", "content", "tests", "docs"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in (".py", ".html", ".css", ".yaml", ".md", ".txt") and path.is_file():
                text = path.read_text(encoding="utf-8")
                assert unicodedata.is_normalized("NFC", text), path
