"""Checks run on rendered files before anything is written.

Every file must be LF-terminated text (write.py refuses text that is not UTF-8), JSON files must
parse, and each target checks the files of its language (`Checker`: Python's compile, no
comment a toolchain reads as an instruction), up to `DEEP_LIMIT` characters (the current
page's Python module is 80 000; a page of about 4 000 rows reaches the limit): compiling a
20 MB module takes seconds and several hundred megabytes, so past that size (a page of tens of thousands of rows) only
the cheap checks run. The escaping that makes each literal safe is exercised on every target
by the test suite (tests/test_property.py), at every size.
"""

from __future__ import annotations

import json
from typing import Callable, Mapping, Protocol, Sequence

from .content import Content, Emit, Lazy

DEEP_LIMIT = 1_000_000


class ValidationError(Exception):
    """A rendered file that would not load; nothing has been written."""


class Checker(Protocol):
    """What checks the rendered files of one language (a target: see targets/base.py)."""

    @property
    def checked_suffixes(self) -> tuple[str, ...]: ...

    def check_comments(self, path: str, text: str) -> None:
        """Raise ValidationError where whole lines `text` of `path` hold what a toolchain would read
        as an instruction (an encoding declaration, a pragma, a directive)."""

    def check_loads(self, path: str, text: str) -> None:
        """Raise ValidationError unless the whole (small) file `text` loads."""


Checkers = Sequence[Checker]


def line_comments(path: str, text: str, needles: tuple[str, ...], directive: Callable[[str], bool]) -> None:
    """For languages whose templates put every comment on lines of its own: refuse a comment line
    (one starting with `/` or `*`) that `directive` finds one in; a text holding none of the
    `needles` (the common case, found at C speed) needs no line-by-line look."""
    if not any(needle in text for needle in needles):
        return
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.lstrip(" \t")
        if stripped.startswith(("/", "*")) and directive(stripped):
            raise ValidationError(f"rendered {path}:{number}: a comment is a directive: {stripped[:120]!r}")


def _checkers(path: str, checkers: Checkers) -> list[Checker]:
    return [c for c in checkers if path.endswith(c.checked_suffixes)]


def validate(files: Mapping[str, str], checkers: Checkers = ()) -> None:
    """Raise ValidationError unless every file is well-formed text (and, if small, loads).

    No comment may be read as an instruction by its toolchain (an encoding declaration, a
    pragma, a directive): each language's escapers keep upstream text from forming one, and
    its check (`checkers`: the targets, each checking the files of its suffixes) refuses
    anything that slipped through.
    """
    for path, text in files.items():
        if "\r" in text or (text and not text.endswith("\n")) or text.startswith("\ufeff"):
            raise ValidationError(f"rendered {path} is not LF-terminated text")
        mine = _checkers(path, checkers)
        for checker in mine:
            checker.check_comments(path, text)
        if len(text) > DEEP_LIMIT:
            continue
        for checker in mine:
            checker.check_loads(path, text)
        if path.endswith(".json"):
            try:
                json.loads(text)
            except ValueError as exc:
                raise ValidationError(f"rendered {path} does not load: {exc}") from None


def checked(files: Mapping[str, Content], checkers: Checkers) -> dict[str, Content]:
    """The one place rendered files are checked: each text now, each `Lazy` as it is made (a
    StreamCheck fed its pieces; the writer stops at the first refusal, before anything is kept)."""
    out: dict[str, Content] = {}
    for path, content in files.items():
        if isinstance(content, str):
            validate({path: content}, checkers)
            out[path] = content
        else:
            out[path] = _checked_lazy(path, content, checkers)
    return out


def _checked_lazy(path: str, content: Lazy, checkers: Checkers) -> Lazy:
    def produce(write: Emit) -> None:
        check = StreamCheck(path, checkers)

        def fed(piece: str) -> None:
            check.feed(piece)
            write(piece)

        content.emit(fed)
        check.close()

    return Lazy(produce)


class StreamCheck:
    """The checks of `validate`, fed a file's text in pieces as it is written.

    The cheap checks (LF-terminated, no CR, no BOM) run on every piece; a file of at most
    `DEEP_LIMIT` characters is kept whole and given to `validate` at the end, so it gets
    every check that `validate` makes. A larger one is checked for comments that a
    toolchain would read as instructions block by block, in whole lines, as it goes.
    """

    def __init__(self, path: str, checkers: Checkers = ()) -> None:
        self.path = path
        self.checkers = checkers
        self.mine = _checkers(path, checkers)
        self.kept: list[str] | None = []
        self.carry = ""
        self.size = 0
        self.last = ""
        self.first = True

    def feed(self, piece: str) -> None:
        """Check one piece of the file's text."""
        if not piece:
            return
        if "\r" in piece or (self.first and piece.startswith("\ufeff")):
            raise ValidationError(f"rendered {self.path} is not LF-terminated text")
        self.first = False
        self.size += len(piece)
        self.last = piece[-1]
        if self.kept is not None:
            self.kept.append(piece)
            if self.size <= DEEP_LIMIT:
                return
            piece = "".join(self.kept)
            self.kept = None
        block = self.carry + piece
        cut = block.rfind("\n") + 1
        self.carry = block[cut:]
        self._comments(block[:cut])

    def _comments(self, block: str) -> None:
        for checker in self.mine:
            checker.check_comments(self.path, block)

    def close(self) -> None:
        """Run the checks that need the whole file."""
        if self.size and self.last != "\n":
            raise ValidationError(f"rendered {self.path} is not LF-terminated text")
        if self.kept is not None:
            validate({self.path: "".join(self.kept)}, self.checkers)
        elif self.carry:
            self._comments(self.carry)
