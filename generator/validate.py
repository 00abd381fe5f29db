"""Checks run on rendered files before anything is written.

Every file must be LF-terminated text (write.py refuses text that is not UTF-8). Python files must compile and
JSON files must parse, up to `DEEP_LIMIT` characters (the current page's Python module is
80 000; a page of about 4 000 rows reaches the limit): compiling a 20 MB module takes seconds
and several hundred megabytes, so past that size (a page of tens of thousands of rows) only
the cheap checks run. The escaping that makes each literal safe is exercised on every target
by the test suite (tests/test_property.py), at every size.
"""

from __future__ import annotations

import io
import json
import re
import tokenize

DEEP_LIMIT = 1_000_000

# Comments that toolchains read as instructions (see escape.py, which keeps upstream text
# from forming them). Each is checked on the text as its toolchain reads it.
# Python: an encoding declaration on line 1 or 2 (PEP 263's own expression), and pragmas in
# any comment: after a `#` (`# type:`, `# noqa`, `# mypy:`, ...), anywhere (`pylint:`,
# `isort:`) or after a `#` or `;` (black's `fmt:` and `yapf:`).
_PY_COOKIE = re.compile(rb"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
_PY_PRAGMA = re.compile(
    r"#\s*(?:type\s*:|mypy\s*:|pyright\s*:|pyre-|ruff\s*:|flake8\s*[:=]|noqa\b|nosec\b|pragma\b|isort\s*:)"
    r"|\b(?:pylint|isort)\s*:|[#;]\s*(?:fmt|yapf)\s*:",
    re.IGNORECASE,
)
# Go: directives start a line (`//go:`, `//line`, `//export`, `//extern`, `//nolint`,
# `//lint:`, `// +build`, `/*line`); in a comment, a second `//` must not start one either,
# nor may `+build` appear (go vet reads it anywhere in a comment above the package clause).
_GO_DIRECTIVE = re.compile(r"(?://(?:go:|line |export |extern |nolint|lint:)|//\s*\+build|/\*line )")
# TypeScript/JavaScript: `///` references at a line start; in a comment, `@ts-` and `@jsx`
# pragmas, source map URLs and bundler annotations anywhere, tool directives at its start.
_TS_TRIPLE_SLASH = re.compile(r"///\s*<(?:reference|amd)")
_TS_PRAGMA = re.compile(r"@ts-(?:ignore|nocheck|expect-error|check)\b|@jsx|[#@]\s*source(?:Mapping)?URL\s*=|[#@]__\w+__")
_TS_DIRECTIVE = re.compile(r"(?://|/\*+)\s*(?:eslint|globals?\b|exported\b|jshint|jslint|istanbul|c8\b|v8\b|prettier-ignore|tslint)")


class ValidationError(Exception):
    """A rendered file that would not load; nothing has been written."""


def _python_comments(path: str, text: str) -> None:
    data = text.encode("utf-8", "surrogatepass")
    for number, line in enumerate(data.split(b"\n", 2)[:2], 1):
        if _PY_COOKIE.match(line):
            raise ValidationError(f"rendered {path}:{number}: a comment declares an encoding: {line[:120]!r}")
    try:
        encoding = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    except SyntaxError as exc:
        raise ValidationError(f"rendered {path}: Python cannot tell its encoding: {exc}") from None
    if encoding != "utf-8":
        raise ValidationError(f"rendered {path}: Python would read it as {encoding}, not UTF-8")
    # A comment is on a line with a `#`: only those lines can hold a pragma (and searching
    # them is far cheaper than searching the whole text).
    if not any(_PY_PRAGMA.search(line) for line in text.split("\n") if "#" in line):
        return  # the common case
    if len(text) > DEEP_LIMIT:
        # Too big to tokenize cheaply: upstream text is only ever in whole-line comments.
        comments = [(n, line.lstrip()) for n, line in enumerate(text.split("\n"), 1) if line.lstrip().startswith("#")]
    else:
        try:
            tokens = tokenize.generate_tokens(io.StringIO(text).readline)
            comments = [(tok.start[0], tok.string) for tok in tokens if tok.type == tokenize.COMMENT]
        except (tokenize.TokenError, SyntaxError) as exc:
            raise ValidationError(f"rendered {path} does not load: {exc}") from None
    for number, comment in comments:
        if _PY_PRAGMA.search(comment):
            raise ValidationError(f"rendered {path}:{number}: a comment is a tool's pragma: {comment[:120]!r}")


# Each Go or TypeScript directive above holds one of these; a text with none (the common
# case, found at C speed) needs no line-by-line look.
_NEEDLES = {
    "go": ("//go:", "//line ", "//export ", "//extern ", "//nolint", "//lint:", "+build", "/*line "),
    "ts": ("///", "@ts-", "@jsx", "URL", "__", "eslint", "global", "exported", "jshint", "jslint", "istanbul",
           "c8", "v8", "prettier-ignore", "tslint"),
}


def _java_comments(path: str, text: str) -> None:
    """Java: a comment line with a backslash could hold a `\\u` that Java reads before anything
    else (`\\u000a` ends the line, `\\u002a/` the comment); escape.py leaves none there."""
    if "\\" not in text:
        return
    for number, line in enumerate(text.split("\n"), 1):
        if line.lstrip(" \t").startswith(("/", "*")) and "\\" in line:
            raise ValidationError(f"rendered {path}:{number}: a comment holds a backslash: {line.strip()[:120]!r}")


def _line_comments(path: str, text: str, language: str) -> None:
    """Go and TypeScript: templates put every comment on lines of its own; check those and line starts."""
    if not any(needle in text for needle in _NEEDLES[language]):
        return
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.lstrip(" \t")
        if not stripped.startswith(("/", "*")):
            continue
        if language == "go":
            bad = bool(_GO_DIRECTIVE.match(stripped) or "+build" in stripped)
            bad = bad or (stripped.startswith("//") and _GO_DIRECTIVE.search(stripped, 2) is not None)
        else:
            bad = bool(_TS_TRIPLE_SLASH.match(stripped) or _TS_DIRECTIVE.match(stripped) or _TS_PRAGMA.search(stripped))
        if bad:
            raise ValidationError(f"rendered {path}:{number}: a comment is a directive: {stripped[:120]!r}")


def validate(files: dict[str, str]) -> None:
    """Raise ValidationError unless every file is well-formed text (and, if small, loads).

    No comment may be read as an instruction by its toolchain (an encoding declaration, a
    pragma, a directive): escape.py keeps upstream text from forming one, and this refuses
    anything that slipped through.
    """
    for path, text in files.items():
        if "\r" in text or (text and not text.endswith("\n")) or text.startswith("\ufeff"):
            raise ValidationError(f"rendered {path} is not LF-terminated text")
        if path.endswith(".py"):
            _python_comments(path, text)
        elif path.endswith(".go"):
            _line_comments(path, text, "go")
        elif path.endswith((".ts", ".js", ".mts", ".cts")):
            _line_comments(path, text, "ts")
        elif path.endswith(".java"):
            _java_comments(path, text)
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
    every check that `validate` makes. A larger one is checked for comments that a
    toolchain would read as instructions block by block, in whole lines, as it goes.
    """

    def __init__(self, path: str) -> None:
        self.path = path
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
        if self.path.endswith(".py"):
            _python_comments(self.path, block)
        elif self.path.endswith(".go"):
            _line_comments(self.path, block, "go")
        elif self.path.endswith((".ts", ".js", ".mts", ".cts")):
            _line_comments(self.path, block, "ts")
        elif self.path.endswith(".java"):
            _java_comments(self.path, block)

    def close(self) -> None:
        """Run the checks that need the whole file."""
        if self.size and self.last != "\n":
            raise ValidationError(f"rendered {self.path} is not LF-terminated text")
        if self.kept is not None:
            validate({self.path: "".join(self.kept)})
        elif self.carry:
            self._comments(self.carry)
