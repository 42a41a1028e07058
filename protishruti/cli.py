"""Command line: ``protishruti [build|check|verify|rollback|shards|merge|schema] …``.

Exit status: 0 ok, 1 content problems (each printed as path:line: message) or
the site could not be written (one line; the site is left as it was), 2 usage
mistakes, including an ``--out`` this tool did not build (unless ``--force``).

Everything it prints is in Bangla, or in English with ``--lang en`` (before or
after the command) or PROTISHRUTI_LANG=en (protishruti/messages.py).
"""

from __future__ import annotations

import argparse
import errno
import gc
import json
import os
import sys
from pathlib import Path

from . import bangla, commands, imports, index, jsonschemas, messages, problems, publish, scaffold, schema, serve, tables, urllock
from .messages import count, tr


def _default_language() -> str:
    """PROTISHRUTI_LANG if it names a language, else Bangla."""
    lang = os.environ.get(messages.ENV, "bn").strip().lower()
    return lang if lang in messages.LANGUAGES else "bn"


def _asked_language(args: list[str]) -> str:
    """The language the command line asks for (its last --lang), before argparse
    reads it: argparse's own type errors (_port, _quarter …) are already in it."""
    lang = _default_language()
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = args[i + 1] if arg == "--lang" and i + 1 < len(args) else arg[len("--lang="):] if arg.startswith("--lang=") else None
        if value in messages.LANGUAGES:
            lang = value
    return lang


def _parser() -> argparse.ArgumentParser:
    lang_help = "the language of messages: bn (Bangla, the default) or en (English); the default can be set with PROTISHRUTI_LANG"
    parser = argparse.ArgumentParser(
        prog="protishruti",
        description="Build the Citizen's Charter (সেবা প্রদান প্রতিশ্রুতি) transparency site from content/.",
    )
    parser.add_argument("--lang", choices=messages.LANGUAGES, default=_default_language(), help=lang_help)
    # every command takes --lang too; SUPPRESS keeps a --lang given before the command
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--lang", choices=messages.LANGUAGES, default=argparse.SUPPRESS, help=lang_help)
    sub = parser.add_subparsers(dest="command", metavar="{build,check,verify,rollback,shards,merge,schema,new,import,serve}")

    def command(name: str, **kwargs) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=[common], **kwargs)

    b = command("build", help="validate the content and build the site (the default)")
    b.add_argument("--content", default="content", metavar="DIR", help="the records (default: content)")
    b.add_argument("--out", default="site", metavar="DIR", help="where the site is written (default: site)")
    b.add_argument(
        "--force", action="store_true",
        help="replace --out even if it is a folder this tool did not build (it is kept as the previous release until the next build)",
    )
    b.add_argument(
        "--jobs", type=_jobs, default=None, metavar="N",
        help="worker processes that render pages (default: one per CPU; 1 renders in this process)",
    )
    b.add_argument(
        "--full", action="store_true",
        help="make every output again instead of reusing what the last build made (the result is the same, only slower)",
    )
    b.add_argument(
        "--shard", metavar="NAME",
        help="build only one shard of the site (its ministries' pages and search index) for merge; NAME as listed by 'shards', or a ministry's slug",
    )
    c = command("check", help="validate the content without writing anything")
    c.add_argument("--content", default="content", metavar="DIR", help="the records (default: content)")
    c.add_argument("--all-warnings", action="store_true", help=f"print every warning (a build prints the first {problems.SHOWN_WARNINGS})")
    v = command("verify", help="check a built or deployed copy of the site against its manifest.json")
    v.add_argument("dir", metavar="DIR", help="the site folder to verify")
    r = command("rollback", help="serve the previous release of --out again")
    r.add_argument("--out", default="site", metavar="DIR", help="the site to roll back (default: site)")
    s = command("shards", help="list the shards a large site can be built in (build --shard NAME), one per line or --json")
    s.add_argument("--content", default="content", metavar="DIR", help="the records (default: content)")
    s.add_argument("--json", action="store_true", help="print a JSON list (for a CI matrix)")
    m = command("merge", help="assemble the site from shard builds (build --shard NAME --out DIR) of the same content")
    m.add_argument("shard_dirs", nargs="+", metavar="SHARD_DIR", help="the folders the shard builds wrote, every shard once")
    m.add_argument("--content", default="content", metavar="DIR", help="the records the shards were built from (default: content)")
    m.add_argument("--out", default="site", metavar="DIR", help="where the site is written (default: site)")
    m.add_argument("--force", action="store_true", help="replace --out even if it is a folder this tool did not build")
    m.add_argument("--jobs", type=_jobs, default=None, metavar="N", help="worker processes (default: one per CPU)")
    j = command("schema", help="write a JSON Schema per kind of content file, for editors (VS Code YAML extension)")
    j.add_argument("--out", default="schemas", metavar="DIR", help="where the schemas are written (default: schemas)")
    n = command("new", help="write an office's next record (report, plan, meeting, charter) from what its content holds, to fill in")
    n.add_argument("kind", choices=["report", "plan", "meeting", "charter"], help="what to write")
    n.add_argument("--content", default="content", metavar="DIR", help="the records (default: content)")
    n.add_argument("--office", required=True, metavar="SLUG", help="the office (its folder under offices/)")
    n.add_argument("--fiscal-year", type=_fiscal_year, metavar="YYYY-YY",
                   help="the record's fiscal year (default: the one after the office's last report or plan)")
    n.add_argument("--quarter", type=_quarter, metavar="N", help="a report's quarter, 1 to 4 (default: the next)")
    i = command("import", help="write records from the tables of a Word (.docx) or Excel (.xlsx) file: a charter's service and GRS tables, an action plan or a quarterly report")
    i.add_argument("file", metavar="FILE", help="the .docx or .xlsx file")
    i.add_argument("--content", default="content", metavar="DIR", help="the records (default: content)")
    i.add_argument("--office", required=True, metavar="SLUG", help="the office (its folder under offices/)")
    i.add_argument("--fiscal-year", type=_fiscal_year, metavar="YYYY-YY", help="a plan's or report's fiscal year, if the file does not say")
    i.add_argument("--quarter", type=_quarter, metavar="N", help="a report's quarter, 1 to 4, if the file does not say")
    i.add_argument("--effective-date", type=_date, metavar="YYYY-MM-DD", help="a charter's effective date, as the document states it")
    w = command("serve", help="build, serve on 127.0.0.1 and rebuild on every change; open pages reload, problems show over them")
    w.add_argument("--content", default="content", metavar="DIR", help="the records (default: content)")
    w.add_argument("--out", default="site", metavar="DIR", help="where the site is written (default: site)")
    w.add_argument("--port", type=_port, default=8000, metavar="N", help="the port (default: 8000; 0 picks a free one)")
    return parser


def _port(text: str) -> int:
    try:
        n = int(bangla.ascii_digits(text))
    except ValueError:
        n = -1
    if not 0 <= n <= 65535:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a port: give a number from 1 to 65535 (0 picks a free one)", text=text))
    return n


def _fiscal_year(text: str) -> str:
    try:
        return str(schema.parse_fiscal_year(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _quarter(text: str) -> int:
    q = bangla.ascii_digits(text.strip())
    if q not in ("1", "2", "3", "4"):
        raise argparse.ArgumentTypeError(tr("'{text}' is not a quarter: give 1, 2, 3 or 4", text=text))
    return int(q)


def _date(text: str) -> str:
    from datetime import date
    try:
        return date.fromisoformat(bangla.ascii_digits(text.strip())).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a date: write it as YYYY-MM-DD", text=text)) from None


def _jobs(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if not 1 <= n <= 256:
        raise argparse.ArgumentTypeError(tr("'{text}' is not a number of processes from 1 to 256", text=text))
    return n


def _print_warnings(result: commands.Result, every: bool = False) -> None:
    """Figures that are allowed but look wrong: printed, the build goes on."""
    lines = result.problems.warning_lines(every)
    for line in lines:
        print(line, file=sys.stderr)
    if lines:
        print(file=sys.stderr)


def _report_problems(result: commands.Result, content: Path, out: Path | None) -> None:
    # warnings wait until the problems are fixed: one list to work through at a time
    items = result.problems.sorted()
    for problem in items:
        print(problem, file=sys.stderr)
    files = len({p.path for p in items})
    tail = tr("; {out} was not changed", out=out) if out is not None else ""
    values = dict(files=files, content=content, tail=tail)
    if files == 1:
        summary = count(len(items), "{n} problem in {files} file under {content}{tail}. Fix them and run again.",
                        "{n} problems in {files} file under {content}{tail}. Fix them and run again.", **values)
    else:
        summary = count(len(items), "{n} problem in {files} files under {content}{tail}. Fix them and run again.",
                        "{n} problems in {files} files under {content}{tail}. Fix them and run again.", **values)
    print("\n" + summary, file=sys.stderr)


def _verify(parser: argparse.ArgumentParser, folder: Path) -> int:
    if not folder.is_dir():
        parser.error(tr("'{folder}' is not a folder", folder=folder))
    v = commands.verify(folder)
    if v.error:
        print(f"{folder}: {v.error}", file=sys.stderr)
        return 1
    for rel in v.missing:
        print(tr("missing: {path}", path=rel), file=sys.stderr)
    for rel in v.changed:
        print(tr("changed: {path}", path=rel), file=sys.stderr)
    for rel in v.extra:
        print(tr("extra: {path}", path=rel), file=sys.stderr)
    if not v.ok:
        print("\n" + tr(
            "{folder} does not match its manifest: {missing} missing, {changed} changed, {extra} extra (of {checked} files listed).",
            folder=folder, missing=len(v.missing), changed=len(v.changed), extra=len(v.extra), checked=v.checked,
        ), file=sys.stderr)
        return 1
    print(tr("{folder}: all {checked} files match manifest.json.", folder=folder, checked=v.checked))
    return 0


# Set by run(): this process ends when the command does.  A national build
# makes millions of objects; turning the cyclic collector on again after it
# cost a pass of 1–2 s over them (10,000 pages), and freeing them one by one
# at exit 4 s more, while the operating system takes the memory back at once.
# In-process callers (tests, serve's rebuilds) keep both.
_ONE_SHOT = False


def _ending() -> None:
    if _ONE_SHOT:
        gc.disable()  # commands.build and check leave it as they found it


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    messages.set_language(_asked_language(args))
    at = 0  # the command's place: after a --lang given before it
    while at < len(args) and (args[at] == "--lang" or args[at].startswith("--lang=")):
        at += 2 if args[at] == "--lang" else 1
    if at == len(args) or at < len(args) and args[at].startswith("-") and args[at] not in ("-h", "--help"):
        args.insert(at, "build")
    parser = _parser()
    ns = parser.parse_args(args)  # exits 2 on a usage mistake
    messages.set_language(ns.lang)

    if ns.command == "verify":
        return _verify(parser, Path(ns.dir))
    if ns.command == "rollback":
        return _rollback(Path(ns.out))
    if ns.command == "schema":
        return _schema(parser, Path(ns.out))
    content = Path(ns.content)
    if not content.is_dir():
        parser.error(tr("content folder '{content}' does not exist (use --content DIR)", content=content))
    if ns.command == "shards":
        return _shards(content, ns.json)
    if ns.command == "new":
        return _new(content, ns)
    if ns.command == "import":
        return _import(content, ns)
    if ns.command == "check":
        _ending()
        result = commands.check(content)
        if not result.ok:
            _report_problems(result, content, None)
            return 1
        _print_warnings(result, ns.all_warnings)
        print(tr("{content}: no problems found ({seconds:.2f} s).", content=content, seconds=result.seconds))
        return 0

    out = Path(ns.out)
    if out.exists() and not out.is_dir():
        parser.error(tr("--out '{out}' is a file, not a folder", out=out))
    if _overlaps(out, content):
        parser.error(tr("--out must be a folder outside the content folder (it is replaced on every build)"))
    if ns.command == "serve":
        refusal, _ = _out_refusal(out, False)
        if refusal:
            print(refusal, file=sys.stderr)
            return 2
        try:
            return serve.serve(content, out, ns.port)
        except OSError as exc:
            print(tr("Cannot serve on 127.0.0.1:{port}: {reason} (another program may be using it: try --port 8001)",
                     port=str(ns.port), reason=exc.strerror or exc), file=sys.stderr)  # the port in ASCII digits: an address
            return 1
        except KeyboardInterrupt:
            return 0
    before = None
    try:
        refusal, kind = _out_refusal(out, ns.force)
        if refusal:
            print(refusal, file=sys.stderr)
            return 2
        before = publish.current_release(out)
        with publish.Lock(out, on_wait=lambda: print(
            tr("Another build is publishing to {out} right now; waiting for it to finish …", out=out), file=sys.stderr, flush=True,
        )):
            _ending()
            if ns.command == "merge":
                result = commands.merge([Path(d) for d in ns.shard_dirs], content, out, jobs=ns.jobs)
            else:
                result = commands.build(content, out, jobs=ns.jobs, incremental=not ns.full, shard=ns.shard)
    except commands.UnknownShard as exc:
        print(tr("--shard {name}: no shard or ministry of that name; the shards are: {shards}", name=exc.name, shards=", ".join(exc.names)),
              file=sys.stderr)
        return 2
    except commands.MergeError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        print("\n" + tr("The shards cannot be merged, so nothing was published ({out} was not changed).", out=out), file=sys.stderr)
        return 1
    except index.IndexingError as exc:
        print(tr("The search index could not be built, so nothing was published ({out} was not changed): {error}", out=out, error=exc),
              file=sys.stderr)
        return 1
    except OSError as exc:
        written = [publish.absolute(out), Path(os.path.abspath(content / urllock.LOCK))]
        print(_io_message(exc, out, written, changed=publish.current_release(out) != before), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        published = publish.current_release(out) != before
        if published:
            print(tr("Interrupted after the new site was published in {out}.", out=out), file=sys.stderr)
        else:
            print(tr("Interrupted; {out} was not changed.", out=out), file=sys.stderr)
        return 130
    if not result.ok:
        _report_problems(result, content, out)
        return 1
    _print_warnings(result)
    if result.unchanged:
        print(tr("Nothing changed since the last build: {out}/ is up to date ({pages} pages, checked in {seconds:.2f} s).",
                 out=out, pages=result.pages, seconds=result.seconds))
        return 0
    how = ""
    if result.reused:
        if result.reindexed:
            how = tr(" ({made} made, {reused} unchanged)", made=result.rendered, reused=result.reused)
        else:
            how = tr(" ({made} made, {reused} unchanged, search index unchanged)", made=result.rendered, reused=result.reused)
    if ns.command == "merge":
        print(tr("Merged {shards} shard(s): {pages} pages and {files} files into {out}/ in {seconds:.2f} s.",
                 shards=result.merged, pages=result.pages, files=result.files, out=out, seconds=result.seconds))
    elif ns.shard:
        print(tr("Built shard {shard}: {pages} pages and {files} files into {out}/ in {seconds:.2f} s{how};"
                 " give {out} to merge with the other shards.",
                 shard=ns.shard, pages=result.pages, files=result.files, out=out, seconds=result.seconds, how=how))
    else:
        print(tr("Built {pages} pages and {files} files into {out}/ in {seconds:.2f} s{how}.",
                 pages=result.pages, files=result.files, out=out, seconds=result.seconds, how=how))
    if result.new_urls:
        print(tr("{n} new URL(s) added to {lock}: commit it with the content.", n=len(result.new_urls), lock=content / "urls.lock"))
    previous = publish.previous_release(out)
    if kind == "foreign" and previous is not None:
        kept = publish.releases_of(out) / previous
        print(tr("--force: what was in {out} is kept in {kept} until the next build (protishruti rollback --out {out} brings it back).",
                 out=out, kept=_show(kept)))
    elif kind == "link":
        print(tr("--force: replaced the symbolic link {out} (what it pointed to was not touched).", out=out))
    print(tr("To look at it: python -m http.server --directory {out} 8000, then open http://127.0.0.1:8000/;"
             " while you edit, python build.py serve --content {content} rebuilds and reloads the page on every save",
             out=out, content=content))
    return 0


def _new(content: Path, ns: argparse.Namespace) -> int:
    before = commands.check(content)
    if not before.ok or before.view is None:
        _report_problems(before, content, None)
        print(tr("A new record is written from the content as it is: fix these first."), file=sys.stderr)
        return 1
    try:
        if ns.kind == "report":
            made = scaffold.report(before.view, content, ns.office, ns.fiscal_year, ns.quarter)
        elif ns.kind == "charter":
            given = [o for o, v in (("--fiscal-year", ns.fiscal_year), ("--quarter", ns.quarter)) if v is not None]
            if given:
                options = given[0] if len(given) == 1 else tr("{first} and {second}", first=given[0], second=given[1])
                print(tr("{options}: not for a charter (a charter version is dated by its document)", options=options), file=sys.stderr)
                return 2
            made = scaffold.charter(before.view, content, ns.office)
        else:
            if ns.quarter is not None:
                print(tr("--quarter is for a report, not a {kind}", kind=ns.kind), file=sys.stderr)
                return 2
            make = scaffold.plan if ns.kind == "plan" else scaffold.meeting
            made = make(before.view, content, ns.office, ns.fiscal_year)
    except scaffold.ScaffoldError as exc:
        print(exc, file=sys.stderr)
        return 2
    except OSError as exc:
        print(tr("{path}: could not write: {reason}", path=exc.filename or content, reason=exc.strerror or exc), file=sys.stderr)
        return 1
    print(tr("Wrote {path}: fill it in from the office's document (each field has a comment).", path=made.path))
    if made.schemas:
        print(tr("Wrote the editors' schemas into {folder}/ (its first line names its schema).", folder=made.schemas[0].parent))
    after = commands.check(content)
    if after.ok:
        print(tr("{content}: no problems found. Build with: python build.py build --content {content}", content=content))
        return 0
    # the file is written; what check finds now is what is left to fill in (a plan's targets, which
    # nothing may fill in but the document)
    left = after.problems.sorted()
    for problem in left:
        print(problem, file=sys.stderr)
    print("\n" + tr("Still to fill in from the document before it builds: {n} place(s), listed above.", n=len(left)), file=sys.stderr)
    return 0


def _import(content: Path, ns: argparse.Namespace) -> int:
    from datetime import date
    source = Path(ns.file)
    if not source.is_file():
        print(tr("{path}: no such file", path=source), file=sys.stderr)
        return 2
    before = commands.check(content)
    if not before.ok or before.view is None:
        _report_problems(before, content, None)
        print(tr("Records are imported into the content as it is: fix these first."), file=sys.stderr)
        return 1
    office = before.view.offices.get(ns.office)
    if office is None:
        known = ", ".join(sorted(before.view.offices)[:12])
        print(tr("--office {office}: no office has that slug (offices/<slug>/office.yaml); the offices are: {offices}",
                 office=ns.office, offices=known), file=sys.stderr)
        return 2
    folder = Path(office.source).parent.as_posix()
    asked = imports.Asked(ns.office, folder, ns.fiscal_year, ns.quarter, ns.effective_date,
                          plans={p.model.fiscal_year: p.source for p in office.plans}, today=date.today().isoformat())
    try:
        outcome = imports.apply(content, source, asked, commands.check)
    except (tables.TableFileError, imports.ImportError_) as exc:
        print(exc, file=sys.stderr)
        return 2 if isinstance(exc, imports.ImportError_) else 1
    except OSError as exc:
        print(tr("{path}: could not write: {reason}", path=exc.filename or content, reason=exc.strerror or exc), file=sys.stderr)
        return 1
    for note in outcome.notes:
        print(note)
    if outcome.problems:
        for line in outcome.problems:
            print(line, file=sys.stderr)
        print("\n" + tr("{n} problem(s) in {file}: nothing was written. Correct the file and import it again.",
                        n=len(outcome.problems), file=source.name), file=sys.stderr)
        return 1
    for path in outcome.written:
        print(tr("Wrote {path}", path=path))
    if outcome.schemas:
        print(tr("Wrote the editors' schemas into {folder}/ (each record's first line names its schema).", folder=outcome.schemas[0].parent))
    if outcome.left:
        for line in outcome.left:
            print(line, file=sys.stderr)
        print("\n" + tr("Still to fill in from the document before it builds: {n} place(s), listed above.", n=len(outcome.left)),
              file=sys.stderr)
        return 0
    print(tr("{content}: no problems found. Build with: python build.py build --content {content}", content=content))
    return 0


def _schema(parser: argparse.ArgumentParser, out: Path) -> int:
    if out.exists() and not out.is_dir():
        parser.error(tr("--out '{out}' is a file, not a folder", out=out))
    try:
        written = jsonschemas.write(out)
    except OSError as exc:
        print(tr("{path}: could not write the schemas: {reason}", path=exc.filename or out, reason=exc.strerror or exc), file=sys.stderr)
        return 1
    print(tr("Wrote {n} schemas into {out}/. For VS Code (YAML extension), copy the \"yaml.schemas\" entry of"
             " {settings} into .vscode/settings.json, or start a record file with"
             " '# yaml-language-server: $schema=<path to {out}>/report.schema.json'.",
             n=len(written) - 1, out=out, settings=out / "vscode-settings.json"))
    return 0


def _shards(content: Path, as_json: bool) -> int:
    result = commands.check(content)
    if not result.ok or result.plan is None:
        _report_problems(result, content, None)
        return 1
    names = [sh.name for sh in result.plan.shards]
    if as_json:
        print(json.dumps(names))
    else:
        for sh in result.plan.shards:
            roots = " ".join(r or tr("(site pages)") for r in sh.roots)
            print(tr("{name}\t{pages} pages\t{roots}", name=sh.name, pages=len(sh.pages), roots=roots))
    return 0


def _overlaps(out: Path, content: Path) -> bool:
    """Is --out (or its releases) the content folder, inside it, or around it?"""
    o, c = publish.absolute(out), content.resolve()
    return o == c or c in o.parents or o in c.parents


def _out_refusal(out: Path, force: bool) -> tuple[str | None, str]:
    """A one-line reason not to touch --out, and what --out is now.  A build
    replaces --out, so it must be absent, an empty folder or a site this tool
    built; anything else needs --force.  Some folders are never replaced."""
    here = Path.cwd().resolve()
    where = publish.absolute(out)
    try:
        home = Path.home().resolve()
    except RuntimeError:  # no home folder known
        home = None
    if where == Path(where.anchor) or where == home or where == here or where in here.parents:
        if where == here or where in here.parents:
            return tr("--out {out} is the folder you are in or one around it, which a build would replace:"
                      " give the site a folder of its own, such as --out site", out=out), "refused"
        return tr("--out {out} is your home folder or the root folder, which a build would replace:"
                  " give the site a folder of its own, such as --out site", out=out), "refused"
    kind = publish.inspect(out)
    if force or kind in ("absent", "empty", "release", "site"):
        return None, kind
    if kind == "link":
        message = tr(
            "--out {out} is a symbolic link to {target}, not a site this tool published, so it was left alone:"
            " point --out at a new or empty folder, or add --force to replace the link (what it points to is not touched)",
            out=out, target=os.readlink(out),
        )
    else:
        message = tr(
            "--out {out} is a folder with files this tool did not write (it has no Protishruti manifest.json), so it was left alone:"
            " point --out at a new or empty folder, or add --force to replace it (it is kept as the previous release until the next build)",
            out=out,
        )
    return message, kind


def _show(path: str | Path) -> str:
    """A path as short as it can be said: relative to the current folder if it is inside it."""
    path = os.path.abspath(path)
    rel = os.path.relpath(path)
    return rel if not rel.startswith("..") else path


_WRITE_ERRORS = {errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EFBIG}


def _io_message(exc: OSError, out: Path, written: list[Path], changed: bool) -> str:
    """One line for a failed read or write: which file, the system's reason,
    and whether the site changed.  Paths that start like one in ``written``
    (the output folder and what is beside it, the URL lock) are being written."""
    reason = exc.strerror or str(exc)
    name = exc.filename2 if exc.filename2 is not None else exc.filename  # a rename fails at its destination
    if name is None:
        said = tr("could not write the site: {reason}", reason=reason)
    else:
        path = os.path.abspath(os.fsdecode(name))
        ours = any(path == str(w) or path.startswith(str(w) + ".") for w in written)
        if ours or exc.errno in _WRITE_ERRORS:
            said = tr("could not write {path}: {reason}", path=_show(path), reason=reason)
        else:
            said = tr("could not read {path}: {reason}", path=_show(path), reason=reason)
    if changed:
        return tr("{said} (the new site was published in {out} before this happened)", said=said, out=out)
    return said + tr("; {out} was not changed", out=out)


def _rollback(out: Path) -> int:
    try:
        left, now = publish.rollback(out)
    except publish.RollbackError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except OSError as exc:
        print(_io_message(exc, out, [publish.absolute(out)], changed=False), file=sys.stderr)
        return 1
    print(tr("{out} now serves release {now} again; release {left} is deleted by the next build.", out=out, now=now, left=left))
    return 0


def run() -> None:
    """The console entry point: ``main``, with the usual Unix behaviour when
    the output is cut short (``protishruti check | head``): stop quietly
    instead of a BrokenPipeError traceback."""
    import signal

    global _ONE_SHOT
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    _ONE_SHOT = True
    try:
        code = main()
    except SystemExit as exc:  # argparse's usage errors (exit 2) and --help
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if exc.code is not None and not isinstance(exc.code, int):
            print(exc.code, file=sys.stderr)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)  # without freeing what the build made (see _ONE_SHOT)


if __name__ == "__main__":  # pragma: no cover
    run()
