"""The command line: exit 0 ok, 1 content problems, 2 usage mistakes; no
traceback ever reaches a webmaster for a content mistake."""

import os
import re
import subprocess
import sys

import pytest

from protishruti.cli import main

from .conftest import ROOT, SITES


def test_check_ok(capsys):
    assert main(["check", "--content", str(SITES / "valid-minimal")]) == 0
    assert "no problems found" in capsys.readouterr().out


def test_check_reports_problems_and_exits_1(capsys):
    site = SITES / "invalid-records"
    assert main(["check", "--content", str(site)]) == 1
    err = capsys.readouterr().err
    expected = (site / "expected-errors.txt").read_text(encoding="utf-8")
    assert err.startswith(expected)
    assert "23 problems in 8 files" in err


def test_build_prints_summary(tmp_path, capsys, site_copy):
    out = tmp_path / "out"
    content = site_copy("valid-minimal")
    assert main(["build", "--content", str(content), "--out", str(out)]) == 0
    text = capsys.readouterr().out
    assert re.match(r"Built 13 pages and \d+ files into .* in \d+\.\d\d s\.\n14 new URL\(s\) added to .*urls\.lock", text), text
    assert main(["build", "--content", str(content), "--out", str(out)]) == 0
    assert "new URL" not in capsys.readouterr().out
    assert "http.server" in text and "build.py serve --content" in text


def test_options_without_command_mean_build(tmp_path, site_copy):
    out = tmp_path / "out"
    assert main(["--content", str(site_copy("valid-minimal")), "--out", str(out)]) == 0
    assert (out / "index.html").exists()


@pytest.mark.parametrize(
    "argv",
    [["publish"], ["build", "--nope"], ["check", "--content", "/no/such/folder"], ["build", "--content", str(SITES / "valid-minimal"), "--out", str(SITES / "valid-minimal" / "pages")]],
)
def test_usage_mistakes_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 2
    assert "usage:" in capsys.readouterr().err


def _run(*args, cwd=ROOT):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


def test_build_py_entry_point_on_broken_content_has_no_traceback(tmp_path):
    proc = _run(str(ROOT / "build.py"), "build", "--content", str(SITES / "invalid-references"), "--out", str(tmp_path / "o"))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "offices/agency/office.yaml:2: an office cannot be its own parent" in proc.stderr
    assert not (tmp_path / "o").exists()


def test_python_build_py_builds_the_demo_by_default(tmp_path):
    # `python build.py` with no arguments: content/ → site/ in the current folder
    import shutil

    shutil.copytree(ROOT / "content", tmp_path / "content")
    proc = _run(str(ROOT / "build.py"), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "site" / "offices/mopa/meetings/2022-23/2/index.html").is_file()
    assert "Built" in proc.stdout


def test_module_entry_point():
    proc = _run("-m", "protishruti", "check")
    assert proc.returncode == 0, proc.stderr


def test_the_console_program_keeps_its_exit_codes_and_output():
    # run() ends the process without freeing the model (os._exit): argparse's
    # exit 2, --help's 0 and what was printed must all still come out
    bad = _run("-m", "protishruti", "--lang", "en", "build", "--bogus")
    assert bad.returncode == 2 and "unrecognized arguments: --bogus" in bad.stderr and not bad.stdout
    helped = _run("-m", "protishruti", "--help")
    assert helped.returncode == 0 and "usage:" in helped.stdout


def test_indexing_failure_is_reported_without_traceback(tmp_path, site_copy, monkeypatch, capsys):
    from protishruti import index

    class Broken(index.Indexer):
        def finish(self):
            super().finish()
            raise index.IndexingError("Pagefind failed (exit 1): disk full")

    monkeypatch.setattr(index, "Indexer", Broken)
    out = tmp_path / "out"
    assert main(["build", "--content", str(site_copy("valid-minimal")), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "The search index could not be built" in err and "disk full" in err
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == ["fixture"]
