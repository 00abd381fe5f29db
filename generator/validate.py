"""Checks run on rendered files before anything is written.

Every file must be LF-terminated text (write.py refuses text that is not UTF-8). Python files must compile and
JSON files must parse, up to `DEEP_LIMIT` characters (the current page's Python module is
80 000; a page of about 4 000 rows reaches the limit): compiling a 20 MB module takes seconds
and several hundred megabytes, so past that size (a page of tens of thousands of rows) only
the cheap checks run. The escaping that makes each literal safe is exercised on every target
by the test suite (tests/test_property.py), at every size.
"""

from __future__ import annotations

import json

DEEP_LIMIT = 1_000_000


class ValidationError(Exception):
    """A rendered file that would not load; nothing has been written."""


def validate(files: dict[str, str]) -> None:
    """Raise ValidationError unless every file is well-formed text (and, if small, loads)."""
    for path, text in files.items():
        if "\r" in text or (text and not text.endswith("\n")) or text.startswith("\ufeff"):
            raise ValidationError(f"rendered {path} is not LF-terminated text")
        if len(text) > DEEP_LIMIT:
            continue
        try:
            if path.endswith(".py"):
                compile(text, path, "exec", dont_inherit=True)
            elif path.endswith(".json"):
                json.loads(text)
        except (SyntaxError, ValueError) as exc:
            raise ValidationError(f"rendered {path} does not load: {exc}") from None


class StreamCheck:
    """The checks of `validate`, fed a file's text in pieces as it is written.

    The cheap checks (LF-terminated, no CR, no BOM) run on every piece; a file of at most
    `DEEP_LIMIT` characters is kept whole and given to `validate` at the end, so it gets
    every check that `validate` makes.
    """

    def __init__(self, path: str) -> None:
        self.path = path
        self.kept: list[str] | None = []
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
            if self.size > DEEP_LIMIT:
                self.kept = None

    def close(self) -> None:
        """Run the checks that need the whole file."""
        if self.size and self.last != "\n":
            raise ValidationError(f"rendered {self.path} is not LF-terminated text")
        if self.kept is not None:
            validate({self.path: "".join(self.kept)})
