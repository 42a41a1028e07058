"""An installed protishruti (``pip install .``, not editable) builds from any
folder: the layouts ship inside the package (protishruti.layouts)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_wheel_holds_the_layouts_and_builds_from_another_folder(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True, cwd=tmp_path)
    (wheel,) = wheels.glob("protishruti-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    layouts = {p.relative_to(ROOT).as_posix() for p in (ROOT / "layouts").rglob("*") if p.is_file()}
    assert layouts and {f"protishruti/{name}" for name in layouts} <= names
    target = tmp_path / "installed"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                   check=True, capture_output=True, cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run([sys.executable, "-c", "import protishruti.render as r; print(r.__file__); print(r.DEFAULT_LAYOUTS)"],
                           check=True, capture_output=True, text=True, cwd=elsewhere, env=env).stdout.split("\n")
    assert where[0].startswith(str(target)) and where[1] == str(target / "protishruti" / "layouts")
    done = subprocess.run([sys.executable, "-m", "protishruti.cli", "build", "--content", str(ROOT / "content"), "--out", "site"],
                          capture_output=True, text=True, cwd=elsewhere, env=env)
    assert done.returncode == 0, done.stderr
    assert (elsewhere / "site" / "index.html").is_file()
    assert (elsewhere / "site" / "assets" / "style.css").is_file()
