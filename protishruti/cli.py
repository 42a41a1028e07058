"""Command line: ``protishruti [build|check] [--content DIR] [--out DIR]``.

Exit status: 0 ok, 1 content problems (each printed as path:line: message),
2 usage mistakes.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import commands, index


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="protishruti",
        description="Build the Citizen's Charter (সেবা প্রদান প্রতিশ্রুতি) transparency site from content/.",
    )
    sub = parser.add_subparsers(dest="command", metavar="{build,check}")
    b = sub.add_parser("build", help="validate the content and build the site (the default)")
    b.add_argument("--content", default="content", metavar="DIR", help="the records (default: content)")
    b.add_argument("--out", default="site", metavar="DIR", help="where the site is written (default: site)")
    c = sub.add_parser("check", help="validate the content without writing anything")
    c.add_argument("--content", default="content", metavar="DIR", help="the records (default: content)")
    v = sub.add_parser("verify", help="check a built or deployed copy of the site against its manifest.json")
    v.add_argument("dir", metavar="DIR", help="the site folder to verify")
    return parser


def _report_problems(result: commands.Result, content: Path, out: Path | None) -> None:
    items = result.problems.sorted()
    for problem in items:
        print(problem, file=sys.stderr)
    files = len({p.path for p in items})
    tail = f"; {out} was not changed" if out is not None else ""
    print(
        f"\n{len(items)} problem{'s' if len(items) != 1 else ''} in {files} file{'s' if files != 1 else ''} "
        f"under {content}{tail}. Fix them and run again.",
        file=sys.stderr,
    )


def _verify(parser: argparse.ArgumentParser, folder: Path) -> int:
    if not folder.is_dir():
        parser.error(f"'{folder}' is not a folder")
    v = commands.verify(folder)
    if v.error:
        print(f"{folder}: {v.error}", file=sys.stderr)
        return 1
    for label, items in (("missing", v.missing), ("changed", v.changed), ("extra", v.extra)):
        for rel in items:
            print(f"{label}: {rel}", file=sys.stderr)
    if not v.ok:
        print(
            f"\n{folder} does not match its manifest: {len(v.missing)} missing, {len(v.changed)} changed, "
            f"{len(v.extra)} extra (of {v.checked} files listed).",
            file=sys.stderr,
        )
        return 1
    print(f"{folder}: all {v.checked} files match manifest.json.")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0].startswith("-") and args[0] not in ("-h", "--help"):
        args.insert(0, "build")
    parser = _parser()
    ns = parser.parse_args(args)  # exits 2 on a usage mistake

    if ns.command == "verify":
        return _verify(parser, Path(ns.dir))
    content = Path(ns.content)
    if not content.is_dir():
        parser.error(f"content folder '{content}' does not exist (use --content DIR)")
    if ns.command == "check":
        result = commands.check(content)
        if not result.ok:
            _report_problems(result, content, None)
            return 1
        print(f"{content}: no problems found ({result.seconds:.2f} s).")
        return 0

    out = Path(ns.out)
    if out.exists() and not out.is_dir():
        parser.error(f"--out '{out}' is a file, not a folder")
    if out.resolve() == content.resolve() or content.resolve() in out.resolve().parents or out.resolve() in content.resolve().parents:
        parser.error("--out must be a folder outside the content folder (it is replaced on every build)")
    try:
        result = commands.build(content, out)
    except index.IndexingError as exc:
        print(f"The search index could not be built, so nothing was published ({out} was not changed): {exc}", file=sys.stderr)
        return 1
    if not result.ok:
        _report_problems(result, content, out)
        return 1
    print(f"Built {result.pages} pages and {result.files} files into {out}/ in {result.seconds:.2f} s.")
    if result.new_urls:
        print(f"{len(result.new_urls)} new URL(s) added to {content / 'urls.lock'}: commit it with the content.")
    print(f"To look at it: python -m http.server --directory {out} 8000, then open http://127.0.0.1:8000/")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
