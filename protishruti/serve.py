"""``serve``: a live preview for the webmaster.

Builds the site (incrementally, as ``build`` does), serves ``--out`` on
127.0.0.1, watches the content folder and the layouts (watchfiles), and
rebuilds after every save.  Open pages reload by themselves once a build is
published.  When the content has problems, they are printed in the terminal
as ``path:line: message`` and shown over the page in the browser, while the
last good site stays served: nothing is published until the problems are
fixed.

The reload script is added to HTML pages as they are *served* (never to the
built files, which stay byte-identical to ``build``'s), and listens to
``/__protishruti/events`` (server-sent events): ``reload`` after a published
build, ``problems`` with the list and the overlay's heading otherwise, in the
language of the messages (``--lang``).
"""

from __future__ import annotations

import http.server
import json
import os
import queue
import sys
import threading
import urllib.parse
from pathlib import Path
from typing import Callable

from . import commands, messages, render
from .messages import count, tr

PREFIX = "/__protishruti/"
# The overlay writes every problem with textContent: a message quoting the
# content (a title with "<script>") is shown as text, never as markup.  Its
# heading and language come with the problems (Preview.announce), in the
# language of the messages.
CLIENT = r"""(function () {
  var box = null;
  function show(report) {
    var problems = report.problems;
    if (!box) {
      box = document.createElement("div");
      box.id = "protishruti-problems";
      box.setAttribute("role", "alert");
      box.setAttribute("lang", report.lang);
      box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:70vh;overflow:auto;z-index:2147483647;" +
        "background:#fff4f4;color:#611;border-top:4px solid #b00;padding:1em;font:15px/1.5 sans-serif;box-shadow:0 -2px 12px #0004";
      document.body.appendChild(box);
    }
    box.textContent = "";
    var h = document.createElement("strong");
    h.textContent = report.heading;
    box.appendChild(h);
    var list = document.createElement("ul");
    problems.forEach(function (p) {
      var li = document.createElement("li");
      li.textContent = p;
      li.style.fontFamily = "monospace";
      list.appendChild(li);
    });
    box.appendChild(list);
  }
  var events = new EventSource("/__protishruti/events");
  events.addEventListener("reload", function () { location.reload(); });
  events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
})();
"""
TAG = b'<script src="/__protishruti/reload.js"></script>'


class Preview:
    """The state the server and the watcher share: who is listening, and
    the problems of the last build (empty when it was published)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.listeners: list[queue.Queue] = []
        self.problems: list[str] = []

    def listen(self) -> queue.Queue:
        q: queue.Queue = queue.Queue()
        with self.lock:
            self.listeners.append(q)
            if self.problems:
                q.put(("problems", _report(self.problems)))
        return q

    def forget(self, q: queue.Queue) -> None:
        with self.lock:
            if q in self.listeners:
                self.listeners.remove(q)

    def announce(self, problems: list[str]) -> None:
        with self.lock:
            self.problems = problems
            event = ("problems", _report(problems)) if problems else ("reload", "")
            for q in self.listeners:
                q.put(event)


def _report(problems: list[str]) -> str:
    """The overlay's event: the problems, with its heading in the messages' language."""
    heading = count(len(problems),
                    "{n} problem in the content — the site is as it was; fix it and save to build it again",
                    "{n} problems in the content — the site is as it was; fix them and save to build it again")
    return json.dumps({"lang": messages.language(), "heading": heading, "problems": problems}, ensure_ascii=False)


def _not_built_yet() -> bytes:
    """The page served before any build was published."""
    title = tr("Preview")
    text = tr("The site is not built yet: fix the problems shown in the terminal and save.")
    page = f'<!doctype html><html lang="{messages.language()}"><meta charset="utf-8"><title>{title}</title><body><p>{text}</p></body></html>'
    return page.encode("utf-8")


def handler(out: Path, preview: Preview) -> type[http.server.SimpleHTTPRequestHandler]:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            # the site folder is looked up on every request: `out` is a link that each build moves
            super().__init__(*args, directory=os.path.realpath(out), **kwargs)

        def log_message(self, format: str, *args) -> None:  # the terminal is for build messages
            pass

        def do_GET(self) -> None:
            path = urllib.parse.urlsplit(self.path).path
            if path == PREFIX + "reload.js":
                return self._send(200, "text/javascript; charset=utf-8", CLIENT.encode("utf-8"))
            if path == PREFIX + "events":
                return self._events()
            if not os.path.isdir(self.directory):  # no build has been published yet
                return self._inject(503, _not_built_yet())
            local = Path(self.translate_path(self.path))
            if local.is_dir():
                if not path.endswith("/"):
                    return super().do_GET()  # the redirect to the folder's address with its /
                local = local / "index.html"
            if local.suffix == ".html" and local.is_file():
                return self._inject(200, local.read_bytes())
            return super().do_GET()

        def _inject(self, status: int, body: bytes) -> None:
            at = body.rfind(b"</body>")
            body = body[:at] + TAG + body[at:] if at >= 0 else body + TAG
            self._send(status, "text/html; charset=utf-8", body)

        def _send(self, status: int, ctype: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def _events(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            q = preview.listen()
            try:
                self.wfile.write(b": connected\n\n")
                self.wfile.flush()
                while True:
                    try:
                        name, data = q.get(timeout=15)
                    except queue.Empty:
                        self.wfile.write(b": still here\n\n")  # keeps proxies and the browser from giving up
                    else:
                        self.wfile.write(f"event: {name}\ndata: {data}\n\n".encode("utf-8"))
                    self.wfile.flush()
            except (BrokenPipeError, ConnectionResetError, OSError):
                pass
            finally:
                preview.forget(q)

    return Handler


def rebuild(content: Path, out: Path, preview: Preview, say: Callable[[str], None]) -> bool:
    """One build; its problems go to the terminal and the browser.  True if published."""
    try:
        result = commands.build(content, out)
    except Exception as exc:  # the preview keeps running whatever one build hits; the message says what
        preview.announce([f"{type(exc).__name__}: {exc}"])
        say(tr("The build failed: {error}", error=exc))
        return False
    if not result.ok:
        lines = [str(p) for p in result.problems.sorted()]
        for line in lines:
            say(line)
        say(count(len(lines), "{n} problem: the last good site is still served. Fix it and save.",
                  "{n} problems: the last good site is still served. Fix them and save."))
        preview.announce(lines)
        return False
    for line in result.problems.warning_lines():
        say(line)
    if result.unchanged:
        say(tr("Nothing changed."))
    else:
        say(tr("Built {pages} pages in {seconds:.2f} s; open pages reload.", pages=result.pages, seconds=result.seconds))
    preview.announce([])
    return True


def serve(content: Path, out: Path, port: int, layouts: Path = render.DEFAULT_LAYOUTS,
          say: Callable[[str], None] = lambda s: print(s, file=sys.stderr, flush=True),
          ready: Callable[[int], None] | None = None, stop: threading.Event | None = None) -> int:
    """Build, serve and rebuild on every change until interrupted (or ``stop`` is set)."""
    import signal

    import watchfiles

    if hasattr(signal, "SIGPIPE") and threading.current_thread() is threading.main_thread():
        # a browser that closes a connection mid-answer must not end the server (run() sets SIGPIPE to
        # stop quietly when `check | head` is cut short; a server wants the BrokenPipeError instead)
        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    preview = Preview()
    if not rebuild(content, out, preview, say) and not out.exists():
        say(tr("No site to serve yet: fix the problems above and save; {out} is served once it builds.", out=out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler(out, preview))
    server.daemon_threads = True
    port = server.server_address[1]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # the port in ASCII digits: it is part of an address
    say(tr("Serving {out} at http://127.0.0.1:{port}/ — watching {content} and the layouts; Ctrl-C stops.", out=out, port=str(port), content=content))
    if ready:
        ready(port)
    stop = stop or threading.Event()
    watched = [str(content)] + ([str(layouts)] if layouts.is_dir() else [])
    ignored = {"urls.lock"}  # the build writes it; a change to it is ours

    def relevant(change: watchfiles.Change, path: str) -> bool:
        return Path(path).name not in ignored and not Path(path).name.startswith((".", "~")) and not path.endswith((".swp", "~"))

    try:
        for _changes in watchfiles.watch(*watched, watch_filter=relevant, stop_event=stop, debounce=300, raise_interrupt=False):
            rebuild(content, out, preview, say)
    finally:
        server.shutdown()
    return 0
