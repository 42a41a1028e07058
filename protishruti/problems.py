"""Content problems: what went wrong, where (path:line), and what to do.

Every stage collects problems instead of raising, so a webmaster sees every
mistake in one pass.  A problem is printed as ``path:line: message``, the path
relative to the content folder.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from .messages import count, tr


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the content folder, with forward slashes
    line: int  # 1-based; 0 when the problem is about the file as a whole
    message: str

    def __str__(self) -> str:
        return self.format()

    def format(self, label: str = "") -> str:
        """``path:line: message``, or ``path:line: warning: message`` with ``label``."""
        path, message = _visible(self.path), _visible(self.message)
        message = f"{label}: {message}" if label else message
        return f"{path}:{self.line}: {message}" if self.line else f"{path}: {message}"


def _visible(text: str) -> str:
    """One line, whatever a file name or a quoted value holds: control
    characters and lone surrogates are shown as escapes (\\n, \\x00, \\ud800)."""
    if text.isprintable():
        return text
    return "".join(
        ch if ch.isprintable() or unicodedata.category(ch) not in ("Cc", "Cs", "Zl", "Zp") else ch.encode("unicode_escape", "backslashreplace").decode("ascii")
        for ch in text
    )


# Beyond this many warnings, the first ones are printed and how many more (a
# national site's hundreds of old charters would bury a build's summary).
SHOWN_WARNINGS = 30


@dataclass
class Problems:
    items: list[Problem] = field(default_factory=list)
    # Warnings: figures that are allowed but look wrong (a running total that
    # falls, an achievement ten times the target).  Printed; the build goes on.
    warnings: list[Problem] = field(default_factory=list)

    def add(self, path: str, line: int, message: str) -> None:
        self.items.append(Problem(path, line, message))

    def warn(self, path: str, line: int, message: str) -> None:
        self.warnings.append(Problem(path, line, message))

    def extend(self, other: "Problems") -> None:
        self.items.extend(other.items)
        self.warnings.extend(other.warnings)

    def sorted_warnings(self) -> list[Problem]:
        return _in_order(self.warnings)

    def warning_lines(self, every: bool = False) -> list[str]:
        """The warnings as printed: the first SHOWN_WARNINGS (or every one), how many
        more, and a summary; nothing when there are none."""
        warnings = self.sorted_warnings()
        shown = warnings if every else warnings[:SHOWN_WARNINGS]
        lines = [w.format(tr("warning")) for w in shown]
        if len(shown) < len(warnings):
            lines.append(tr("… and {n} more: python build.py check --all-warnings lists every one.", n=len(warnings) - len(shown)))
        if warnings:
            lines.append(tr("{n} warning(s): allowed, but worth a second look against the document.", n=len(warnings)))
        return lines

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def sorted(self) -> list[Problem]:
        return _in_order(self.items)


def _in_order(items: list[Problem]) -> list[Problem]:
    """By file, then line; duplicates removed."""
    return sorted(set(items), key=lambda p: (p.path, p.line, p.message))
