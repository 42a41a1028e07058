"""``serve`` in a real browser: a saved edit reloads the open page; a
content problem shows over the page (as text) while the last good site stays
served, and goes once fixed; the built files never hold the reload script."""

from __future__ import annotations

import queue
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OFFICE = "offices/mopa/office.yaml"


@pytest.fixture
def preview(tmp_path, content_copy):
    content = content_copy
    proc = subprocess.Popen([sys.executable, "-m", "protishruti.cli", "serve", "--content", str(content), "--out", str(tmp_path / "site"),
                             "--port", "0"], cwd=tmp_path, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(ln.rstrip("\n")) for ln in proc.stderr], daemon=True).start()

    def wait_for(pattern: str, timeout: float = 30) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                assert proc.poll() is None, "serve ended"
                continue
            if re.search(pattern, line):
                return line
        raise AssertionError(f"serve never said {pattern!r}")

    url = re.search(r"http://127\.0\.0\.1:\d+/", wait_for(r"^Serving ")).group(0)
    try:
        yield content, tmp_path / "site", url, wait_for
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_edit_reloads_the_page_and_a_problem_shows_over_the_last_good_site(preview, browser):
    content, site, url, wait_for = preview
    page = browser.new_page()
    page.goto(url + "offices/mopa/")
    heading = page.locator("h1").inner_text()
    name = re.search(r"^name: (.+)$", (content / OFFICE).read_text(encoding="utf-8"), re.M).group(1)

    _edit(content / OFFICE, f"name: {name}", "name: পরীক্ষার নতুন নাম")
    wait_for(r"^Built \d+ pages")
    page.wait_for_function("document.querySelector('h1').textContent.includes('পরীক্ষার নতুন নাম')", timeout=15_000)

    # a problem: printed with path:line, shown over the page, the last good site still there
    (content / OFFICE).write_text((content / OFFICE).read_text(encoding="utf-8") + "kind: [<b>ভাঙা</b>\n", encoding="utf-8")
    assert wait_for(r"^offices/mopa/office\.yaml:\d+: ").startswith("offices/mopa/office.yaml:")
    box = page.locator("#protishruti-problems")
    box.wait_for(timeout=15_000)
    assert "offices/mopa/office.yaml:" in box.inner_text() and "1 problem in the content" in box.inner_text()
    assert page.locator("#protishruti-problems b").count() == 0  # the content's text is shown as text
    assert "পরীক্ষার নতুন নাম" in page.locator("h1").inner_text()
    page.goto(url + "offices/mopa/")  # a page opened now shows the problems too, over the last good site
    page.locator("#protishruti-problems").wait_for(timeout=15_000)
    assert "পরীক্ষার নতুন নাম" in page.locator("h1").inner_text()

    # fixed: rebuilt, reloaded, the overlay gone
    _edit(content / OFFICE, "kind: [<b>ভাঙা</b>\n", "")
    wait_for(r"^(Built \d+ pages|Nothing changed)")  # the content is the last published build's again
    page.wait_for_function("!document.getElementById('protishruti-problems')", timeout=15_000)
    assert heading != page.locator("h1").inner_text()
    # the files on disk are the build's, without the preview's script
    built = (site / "offices/mopa/index.html").read_text(encoding="utf-8")
    assert "পরীক্ষার নতুন নাম" in built and "__protishruti" not in built
    page.close()


def test_serve_refuses_a_busy_port(tmp_path):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "protishruti.cli", "serve", "--content", str(ROOT / "content"),
                               "--out", str(tmp_path / "site"), "--port", str(port)], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert done.returncode == 1
    assert f"Cannot serve on 127.0.0.1:{port}:" in done.stderr and "Traceback" not in done.stderr
