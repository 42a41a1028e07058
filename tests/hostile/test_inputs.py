"""Hostile inputs: files that are not what they claim to be (issue 9).

Each case asserts the exact refusal, that nothing was published, and that the
build machine's files stay where they are.
"""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from protishruti import evidence, files

Q1 = "offices/ministry/reports/q1.yaml"


def _name_evidence(attack, *names: str) -> None:
    """Let report q1 name more evidence files (after its first, on line 8)."""
    path = attack.content / Q1
    text = path.read_text(encoding="utf-8")
    extra = "".join(f"      - title: প্রমাণ {i}\n        file: {n}\n" for i, n in enumerate(names))
    path.write_text(text.replace("published:", extra + "published:"), encoding="utf-8")


def _line(i: int) -> int:
    return 10 + 2 * i  # the file: line of the i-th added evidence entry


LINK = "is a symbolic link: links may point outside the content folder, so they are not followed — copy the file itself here"


@pytest.mark.parametrize("target", ["/etc/passwd", "/proc/self/environ", "/dev/zero", "/nonexistent/dangling"])
def test_evidence_link_out_of_the_content_is_refused(attack, target):
    os.symlink(target, attack.office / "evidence" / "leak.txt")
    _name_evidence(attack, "evidence/leak.txt")
    run = attack.run()
    assert run.code == 1, run.err
    assert run.problems == [
        f"offices/ministry/evidence/leak.txt: this {LINK}",
        f"{Q1}:{_line(0)}: evidence file 'evidence/leak.txt' {LINK}",
    ]
    assert "Traceback" not in run.err and not attack.out.exists()


def test_unreferenced_link_and_linked_folder_are_refused_too(attack):
    os.symlink("/etc", attack.office / "etc")
    os.symlink("/etc", attack.content / "offices" / "etc-office")
    run = attack.check()
    assert run.problems == [
        f"offices/etc-office: this {LINK}",
        f"offices/ministry/etc: this {LINK}",
    ]


def test_record_file_that_is_a_link_is_not_read(attack):
    (attack.office / "office.yaml").unlink()
    os.symlink("/etc/passwd", attack.office / "office.yaml")
    run = attack.check()
    assert f"offices/ministry/office.yaml: this file {LINK}" in run.problems
    assert "root:" not in run.err  # nothing of the linked file is echoed


def test_fifo_does_not_hang_the_build(attack):
    os.mkfifo(attack.office / "evidence" / "pipe.pdf")
    _name_evidence(attack, "evidence/pipe.pdf")
    run = attack.check()
    why = "is a named pipe (FIFO), not a file: only ordinary files are published"
    assert run.problems == [f"offices/ministry/evidence/pipe.pdf: this {why}", f"{Q1}:{_line(0)}: evidence file 'evidence/pipe.pdf' {why}"]


def test_fifo_as_a_record_file_does_not_hang(attack):
    os.mkfifo(attack.office / "reports" / "q3.yaml")
    run = attack.check()
    assert "offices/ministry/reports/q3.yaml: this is a named pipe (FIFO), not a file: only ordinary files are published" in run.problems


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("x.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
         "'evidence/x.svg': SVG files can run scripts on this site's address when a browser opens them: save it as PDF (or PNG) and link that instead"),
        ("x.html", b"<script>alert(1)</script>",
         "'evidence/x.html': HTML files can run scripts on this site's address when a browser opens them: save it as PDF (or PNG) and link that instead"),
        ("x.xhtml", b"<html xmlns='http://www.w3.org/1999/xhtml'><script>alert(1)</script></html>",
         "'evidence/x.xhtml': XHTML files can run scripts on this site's address when a browser opens them: save it as PDF (or PNG) and link that instead"),
        ("x.js", b"alert(1)",
         "'evidence/x.js': JS files can run scripts on this site's address when a browser opens them: save it as PDF (or PNG) and link that instead"),
        ("x.exe", b"MZ", "'evidence/x.exe' is a .exe file: evidence may be CSV, Excel, GIF, JPEG, ODP, ODS, ODT, PDF, PNG, PowerPoint, TXT, WebP, Word — save it as PDF"),
        ("noext", b"%PDF-1.4", "'evidence/noext' is a file without an extension: evidence may be CSV, Excel, GIF, JPEG, ODP, ODS, ODT, PDF, PNG, PowerPoint, TXT, WebP, Word — save it as PDF"),
        ("fake.pdf", b"<html><script>alert(1)</script></html>",
         "'evidence/fake.pdf' is not really a PDF file (its contents do not match its name): open it and save it again as PDF, or give it the right extension"),
        ("fake.png", b"<svg onload=alert(1)>",
         "'evidence/fake.png' is not really a PNG file (its contents do not match its name): open it and save it again as PNG, or give it the right extension"),
        ("page.txt", b"<!DOCTYPE html><script>alert(1)</script>",
         "'evidence/page.txt' is not really a TXT file (its contents do not match its name): open it and save it again as TXT, or give it the right extension"),
        ("fake.docx", b"PK\x03\x04 not a zip",
         "'evidence/fake.docx' is not really a Word file (its contents do not match its name): open it and save it again as Word, or give it the right extension"),
    ],
)
def test_active_or_disguised_evidence_is_refused(attack, name, data, message):
    (attack.office / "evidence" / name).write_bytes(data)
    _name_evidence(attack, f"evidence/{name}")
    run = attack.run()
    assert run.problems == [f"{Q1}:{_line(0)}: evidence file {message}"]
    assert not attack.out.exists()


def _docx(path: Path, part: str = "word/document.xml") -> None:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr(part, "<w:document/>")


def test_safe_evidence_types_are_published_with_their_type(attack):
    ev = attack.office / "evidence"
    (ev / "scan.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (ev / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 16)
    (ev / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 16)
    (ev / "table.csv").write_text("ক,খ\n১,২\n", encoding="utf-8")
    _docx(ev / "letter.docx")
    names = ["scan.pdf", "photo.png", "photo.jpg", "table.csv", "letter.docx"]
    _name_evidence(attack, *[f"evidence/{n}" for n in names])
    run = attack.run()
    assert run.code == 0, run.err
    for n in names:
        assert (attack.out / "offices/ministry/evidence" / n).read_bytes() == (ev / n).read_bytes()
    html = (attack.out / "offices/ministry/reports/2023-24/q1/index.html").read_text(encoding="utf-8")
    assert "Word" in html and "PDF" in html


def test_docx_that_is_another_office_package_is_refused():
    import io

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    assert evidence.refusal("a.docx", buf.getvalue()) is not None
    assert evidence.refusal("a.xlsx", buf.getvalue()) is None


def test_evidence_over_the_size_limit_is_refused(attack):
    (attack.office / "evidence" / "big.pdf").write_bytes(b"%PDF-1.4\n" + b"0" * (2 << 20))
    attack.append("site.yaml", "evidence_max_mb: 1\n")
    _name_evidence(attack, "evidence/big.pdf")
    run = attack.check()
    assert run.problems == [
        f"{Q1}:{_line(0)}: evidence file 'evidence/big.pdf' is 2 MB, over the limit of 1 MB: make it smaller "
        "(scan at 150–200 dpi, or split it), or raise evidence_max_mb in site.yaml"
    ]


def test_read_stops_at_the_limit_even_if_the_file_grows(tmp_path):
    path = tmp_path / "f"
    path.write_bytes(b"x" * 10)
    assert files.read_bytes(path, 10) == b"x" * 10
    with pytest.raises(files.UnsafeFile, match="over the limit"):
        files.read_bytes(path, 9)


def test_evidence_swapped_for_another_file_during_the_build_is_caught(tmp_path):
    src, dst = tmp_path / "a.pdf", tmp_path / "b.pdf"
    src.write_bytes(b"%PDF-1.4 one")
    with pytest.raises(files.UnsafeFile, match="changed while the site was being built"):
        files.copy(src, dst, 100, "0" * 64)


def test_folder_name_with_a_trailing_newline_is_refused(attack):
    (attack.content / "offices" / "agency").rename(attack.content / "offices" / "agency\n")
    run = attack.run()
    assert run.code == 1
    assert run.problems == [
        "offices/agency\\n: office folder names become URLs: use lowercase ASCII letters, digits and hyphens, e.g. mopa or dhaka-dc-office",
    ]  # the newline is shown, not printed: every problem stays on one line
    assert not attack.out.exists()
    assert not (attack.content / "urls.lock").exists()


def test_urls_lock_that_is_a_link_is_neither_read_nor_written_through(attack):
    target = attack.victim / "keep.txt"
    os.symlink(target, attack.content / "urls.lock")
    run = attack.run()
    assert run.problems == [f"urls.lock: this file {LINK}"]
    assert attack.victim_untouched()


def test_lock_update_never_follows_a_planted_temporary_file(attack):
    # the old fixed temporary name, planted as a link to a file outside
    os.symlink(attack.victim / "keep.txt", attack.content / "urls.lock.tmp")
    run = attack.run()
    assert run.code == 0, run.err
    assert attack.victim_untouched()
    assert (attack.content / "urls.lock").read_text(encoding="utf-8").count("/offices/ministry/") >= 1
