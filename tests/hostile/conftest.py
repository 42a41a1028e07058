"""The hostile-content suite: one case per attack on the build (issue 9).

``attack`` gives a writable copy of tests/sites/valid-minimal, an output
folder and a victim folder beside them, and runs the command line in-process
so each case can assert the exact refusal (``path:line: message``) or the
inert output — and that nothing outside ``--out`` changed.
"""

from __future__ import annotations

import io
import shutil
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from protishruti import cli

SITES = Path(__file__).resolve().parent.parent / "sites"


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def problems(self) -> list[str]:
        """The path:line problems printed before the summary."""
        return [line for line in self.err.split("\n\n")[0].splitlines() if line.strip()] if self.code == 1 else []


@dataclass
class Attack:
    root: Path
    content: Path
    out: Path
    victim: Path

    @property
    def office(self) -> Path:
        return self.content / "offices" / "ministry"

    def write(self, rel: str, text: str) -> Path:
        path = self.content / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    def append(self, rel: str, text: str) -> None:
        path = self.content / rel
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")

    def run(self, *args: str) -> Run:
        argv = list(args) or ["build", "--content", str(self.content), "--out", str(self.out)]
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = cli.main(argv)
        return Run(code, out.getvalue(), err.getvalue())

    def check(self) -> Run:
        return self.run("check", "--content", str(self.content))

    def victim_untouched(self) -> bool:
        return sorted(p.name for p in self.victim.iterdir()) == ["keep.txt"] and (self.victim / "keep.txt").read_text() == "mine"


@pytest.fixture
def attack(tmp_path: Path) -> Attack:
    content = tmp_path / "content"
    shutil.copytree(SITES / "valid-minimal", content)
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "keep.txt").write_text("mine")
    return Attack(tmp_path, content, tmp_path / "site", victim)
