"""Content problems: what went wrong, where (path:line), and what to do.

Every stage collects problems instead of raising, so a webmaster sees every
mistake in one pass.  A problem is printed as ``path:line: message``, the path
relative to the content folder.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


@dataclass(frozen=True, order=True)
class Problem:
    path: str  # relative to the content folder, with forward slashes
    line: int  # 1-based; 0 when the problem is about the file as a whole
    message: str

    def __str__(self) -> str:
        path, message = _visible(self.path), _visible(self.message)
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
        return sorted(set(self.warnings), key=lambda p: (p.path, p.line, p.message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def sorted(self) -> list[Problem]:
        # stable order: by file, then line; duplicates removed
        return sorted(set(self.items), key=lambda p: (p.path, p.line, p.message))
