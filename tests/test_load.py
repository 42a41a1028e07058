from pathlib import Path

from protishruti.load import load


def _site(tmp_path: Path) -> Path:
    (tmp_path / "offices/x").mkdir(parents=True)
    (tmp_path / "site.yaml").write_text("title: t\nbase_url: https://t.example/\n", encoding="utf-8")
    (tmp_path / "offices/x/office.yaml").write_text("name: ক\n", encoding="utf-8")
    return tmp_path


def test_bom_is_accepted(tmp_path):
    root = _site(tmp_path)
    (root / "offices/x/office.yaml").write_bytes("\ufeffname: ক\n".encode("utf-8"))
    content, problems = load(root)
    assert not problems and content.offices["x"].office.data == {"name": "ক"}


def test_non_utf8_file_is_named_with_its_line(tmp_path):
    root = _site(tmp_path)
    (root / "offices/x/office.yaml").write_bytes(b"name: ok\naddress: \xe0\xa6\n")
    _, problems = load(root)
    assert [str(p) for p in problems.sorted()] == [
        "offices/x/office.yaml:2: this file is not UTF-8: save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8)"
    ]


def test_misplaced_files_and_bad_names(tmp_path):
    root = _site(tmp_path)
    (root / "offices/Bad Name").mkdir()
    (root / "offices/x/reprots").mkdir()
    (root / "offices/x/reprots/q1.yaml").write_text("a: 1\n")
    (root / "offices/x/reports").mkdir()
    (root / "offices/x/reports/scan.pdf").write_bytes(b"%PDF")
    (root / "pages").mkdir()
    (root / "pages/আমাদের-কথা.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    (root / "pages/notes.txt").write_text("x")
    _, problems = load(root)
    assert [str(p) for p in problems.sorted()] == [
        "offices/Bad Name: office folder names become URLs: use lowercase ASCII letters, digits and hyphens, e.g. mopa or dhaka-dc-office",
        "offices/x/reports/scan.pdf: only .yaml record files belong in reports/: move evidence files to evidence/",
        "offices/x/reprots: unexpected folder 'reprots' — did you mean 'reports'?",
        "pages/notes.txt: only Markdown pages (.md) belong in pages/: move or rename this file",
        "pages/আমাদের-কথা.md: page file names become URLs: use lowercase ASCII letters, digits and hyphens, e.g. about.md",
    ]


def test_front_matter_must_be_closed(tmp_path):
    root = _site(tmp_path)
    (root / "pages").mkdir()
    (root / "pages/about.md").write_text("---\ntitle: x\n", encoding="utf-8")
    _, problems = load(root)
    assert [str(p) for p in problems.sorted()] == [
        "pages/about.md:1: the front matter opened on line 1 is never closed: add a line '---' after the fields"
    ]


def test_missing_site_yaml(tmp_path):
    (tmp_path / "offices").mkdir()
    _, problems = load(tmp_path)
    assert [str(p) for p in problems.sorted()] == [
        "site.yaml: missing: every site needs a site.yaml with at least 'title:' and 'base_url:'"
    ]
