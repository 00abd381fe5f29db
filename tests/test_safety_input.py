"""Unusable input: what errcodegen did not write is never read blindly, and never trusted blindly.

1. Pages, names files and configuration files that are not regular files (FIFOs, devices,
   directories, sockets) or are far too big are refused before they are read: one line,
   exit 2, no hang, no MemoryError (each run is a real process with a timeout and a
   memory ceiling, so that a regression fails instead of hanging or swapping the machine).
2. A page without any error table (empty, an HTML error page, prose, tables without a
   code column) is unusable: it would retire every code.
3. A page that loses most of its codes at once is a warning (an error under --strict).
4. No file name or heading forms a magic comment (encoding cookie, pragma, directive) in
   any output; the validator refuses what would slip through.
"""

from __future__ import annotations

import io
import json
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import tokenize
from pathlib import Path
from typing import Callable, Iterator

import pytest

from errcodegen import escape
from errcodegen.targets.go import escape as go_escape
from errcodegen.targets.python import escape as python_escape
from errcodegen.targets.typescript import escape as typescript_escape
from errcodegen.targets.registry import TARGETS
from errcodegen.validate import ValidationError, validate

from .conftest import ROOT, require_tool
from .test_cli import project, snapshot
from .test_typescript import STRICT

PAGE = "source_docs/ci-error-codes.en.md"
MEMORY_CEILING = 1536 * 1024 * 1024  # address space of each child: far above a real run, far below 3 GB
TIMEOUT = 20


def run(cwd: Path, *args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    """Run the real CLI in a child with a memory ceiling; a hang is a test failure, not a hung suite."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CEILING, MEMORY_CEILING))

    try:
        return subprocess.run(
            [sys.executable, "-m", "errcodegen", *args], cwd=cwd, capture_output=True, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=timeout, preexec_fn=limit,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"errcodegen {' '.join(args)} did not finish in {timeout} s (blocked reading?)")


def one_line_exit_2(result: subprocess.CompletedProcess[str], where: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert lines[0].startswith("errcodegen: ") and where in lines[0], lines[0]


# -- 1. not a regular file, or far too big ---------------------------------------------------


def make_fifo(path: Path) -> None:
    os.mkfifo(path)


def make_dev_zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def make_dev_urandom(path: Path) -> None:
    path.symlink_to("/dev/urandom")


def make_directory(path: Path) -> None:
    path.mkdir()


def make_socket(path: Path) -> None:
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(path))
    except OSError as exc:  # a path too long for a socket address
        pytest.skip(f"cannot bind a socket here: {exc}")
    finally:
        sock.close()


def make_sparse_3gb(path: Path) -> None:
    with open(path, "wb") as f:
        f.truncate(3 * 1024**3)  # sparse: no disk space used


KINDS: dict[str, Callable[[Path], None]] = {
    "fifo": make_fifo,
    "dev_zero": make_dev_zero,
    "dev_urandom": make_dev_urandom,
    "directory": make_directory,
    "socket": make_socket,
    "sparse_3gb": make_sparse_3gb,
}


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A temporary folder with a short path (a socket's address has about 100 bytes)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="ecg") as folder:
        yield Path(folder)


def hostile(folder: Path, kind: str, name: str = "page.md") -> Path:
    path = folder / name
    if path.exists() or path.is_symlink():
        path.unlink()
    KINDS[kind](path)
    return path


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("command", ["parse", "lint", "diff-old", "diff-new"])
def test_01_page_commands_refuse_what_is_not_a_regular_file(short_tmp: Path, kind: str, command: str) -> None:
    page = hostile(short_tmp, kind)
    good = ROOT / PAGE
    args = {
        "parse": ["parse", str(page)],
        "lint": ["lint", str(page)],
        "diff-old": ["diff", str(page), str(good)],
        "diff-new": ["diff", str(good), str(page)],
    }[command]
    one_line_exit_2(run(short_tmp, *args), f"{page}:1:1: error: ")


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("command", ["generate", "check"])
def test_01_generate_and_check_refuse_a_page_that_is_not_a_regular_file(short_tmp: Path, kind: str, command: str) -> None:
    proj = project(short_tmp)
    assert run(proj, "generate").returncode == 0
    before = snapshot(proj / "generated")
    names = (proj / "source_docs" / "names.toml").read_bytes()
    page = proj / PAGE
    page.unlink()
    KINDS[kind](page)
    # Refused by the configuration check (a configured page must be a regular file) or, for
    # a file too big, by the reader: either way one line naming the page.
    one_line_exit_2(run(proj, command), Path(PAGE).name)
    assert snapshot(proj / "generated") == before
    assert (proj / "source_docs" / "names.toml").read_bytes() == names


@pytest.mark.parametrize("kind", ["fifo", "dev_zero", "dev_urandom", "sparse_3gb"])
def test_01_a_names_file_that_is_not_a_regular_file_is_refused(short_tmp: Path, kind: str) -> None:
    proj = project(short_tmp)
    names = proj / "source_docs" / "names.toml"
    names.unlink()
    KINDS[kind](names)
    one_line_exit_2(run(proj, "generate"), "source_docs/names.toml")
    assert not (proj / "generated").exists()
    one_line_exit_2(run(proj, "diff", "--names", str(names), str(ROOT / PAGE), str(ROOT / PAGE)), "names.toml")


@pytest.mark.parametrize("kind", ["fifo", "dev_zero", "dev_urandom", "sparse_3gb"])
def test_01_a_configuration_file_that_is_not_a_regular_file_is_refused(short_tmp: Path, kind: str) -> None:
    proj = project(short_tmp)
    config = proj / "pyproject.toml"
    config.unlink()
    KINDS[kind](config)
    one_line_exit_2(run(proj, "generate"), "pyproject.toml")  # the default configuration file
    assert not (proj / "generated").exists()
    one_line_exit_2(run(proj, "check", ), "pyproject.toml")
    one_line_exit_2(run(proj, "--config", str(config), "generate"), "pyproject.toml")


def test_01_a_page_just_over_the_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    from errcodegen.parse import MAX_BYTES

    page = tmp_path / "big.md"
    with open(page, "wb") as f:
        f.truncate(MAX_BYTES + 1)
    one_line_exit_2(run(tmp_path, "lint", str(page)), f"{page}:1:1: error: ")
    page.write_bytes(b"### Download errors\n\n| Error Code | Description |\n| --- | --- |\n| -1 | a |\n" + (b" " * 1023 + b"\n") * 1024)
    assert run(tmp_path, "lint", str(page)).returncode == 0  # big but within the limit


def test_01_read_regular_reads_at_most_the_limit_plus_one(tmp_path: Path) -> None:
    from errcodegen.fsread import NotRegularFile, TooBig, read_regular

    small = tmp_path / "small"
    small.write_bytes(b"abc")
    assert read_regular(small, 3) == b"abc"
    with pytest.raises(TooBig):
        read_regular(small, 2)
    with pytest.raises(NotRegularFile):
        read_regular(Path("/dev/zero"), 10)
    with pytest.raises(NotRegularFile):
        read_regular(tmp_path, 10)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFile):
        read_regular(fifo, 10)  # refused, never opened for reading in a blocking way


# -- 2. a page without any error table ----------------------------------------------------------

NO_TABLE_PAGES = {
    "empty": "",
    "blank": "\n  \n\n",
    "html_error_page": "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    "<body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>\n",
    "prose_only": "# Error codes\n\nThis page has moved. See the new documentation.\n",
    "tables_without_a_code_column": "### Download errors\n\n| Node | Meaning |\n| --- | --- |\n| Code | the code |\n| Message | text |\n",
    "heading_and_empty_table": "### Download errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n",
}


@pytest.mark.parametrize("name", list(NO_TABLE_PAGES))
@pytest.mark.parametrize("command", ["generate", "check"])
def test_02_a_page_without_an_error_table_is_unusable(tmp_path: Path, name: str, command: str) -> None:
    proj = project(tmp_path)
    assert run(proj, "generate").returncode == 0
    before = snapshot(proj / "generated")
    names = (proj / "source_docs" / "names.toml").read_bytes()
    (proj / PAGE).write_text(NO_TABLE_PAGES[name], encoding="utf-8")
    one_line_exit_2(run(proj, command), f"{PAGE}:1:1: error: ")
    assert snapshot(proj / "generated") == before
    assert (proj / "source_docs" / "names.toml").read_bytes() == names


@pytest.mark.parametrize("name", list(NO_TABLE_PAGES))
def test_02_parse_lint_and_diff_report_a_page_without_an_error_table(tmp_path: Path, name: str) -> None:
    page = tmp_path / "page.md"
    page.write_text(NO_TABLE_PAGES[name], encoding="utf-8")
    for command in ("parse", "lint"):
        result = run(tmp_path, command, str(page))
        assert result.returncode == 1, (command, result.stderr)
        assert f"{page}:1:1: error: " in result.stderr and "error table" in result.stderr
    # diff prints both pages' diagnostics (the real page's warnings), then refuses on one line.
    result = run(tmp_path, "diff", str(ROOT / PAGE), str(page))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith(f"errcodegen: {page}:1:1: error: no error table found")


def test_02_the_job_page_and_the_real_pages_still_pass(tmp_path: Path) -> None:
    job = ROOT / "source_docs" / "ci-media-processing-error-codes.en.md"
    assert run(tmp_path, "lint", "--kind", "string", str(job)).returncode == 0
    for page in ("ci-error-codes.en.md", "ci-error-codes.zh.md"):
        assert run(tmp_path, "lint", str(ROOT / "source_docs" / page)).returncode == 0


# -- 3. a page that loses most of its codes at once ---------------------------------------------

SMALL = "### Download errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n"
ROWS = ["| -1 | one | - |\n", "| -2 | two | - |\n", "| -3 | three | - |\n", "| -4 | four | - |\n"]


def small_project(tmp: Path, rows: list[str]) -> Path:
    (tmp / "pyproject.toml").write_text('[tool.errcodegen]\nsource = "page.md"\nnames = "names.toml"\n', encoding="utf-8")
    (tmp / "page.md").write_text(SMALL + "".join(rows), encoding="utf-8")
    return tmp


def test_03_losing_most_codes_at_once_is_a_warning_and_an_error_under_strict(tmp_path: Path) -> None:
    proj = small_project(tmp_path, ROWS)
    assert run(proj, "generate").returncode == 0
    assert run(proj, "check", "--strict").returncode == 0  # a clean page: nothing to report
    (proj / "page.md").write_text(SMALL + ROWS[0], encoding="utf-8")
    strict = run(proj, "check", "--strict")
    assert strict.returncode == 1
    assert re.search(r"page\.md:1:1: error: .*3 of the 4 .*names\.toml", strict.stderr), strict.stderr
    generated = run(proj, "generate")
    assert generated.returncode == 0  # a warning: the page may really have lost them
    assert re.search(r"page\.md:1:1: warning: .*3 of the 4 .*names\.toml", generated.stderr), generated.stderr
    # Once recorded as retired they are not counted again.
    assert run(proj, "check", "--strict").returncode == 0


def test_03_losing_half_or_fewer_is_not_reported(tmp_path: Path) -> None:
    proj = small_project(tmp_path, ROWS)
    assert run(proj, "generate").returncode == 0
    (proj / "page.md").write_text(SMALL + "".join(ROWS[:2]), encoding="utf-8")
    result = run(proj, "generate")
    assert result.returncode == 0 and "retire" not in result.stderr, result.stderr


def test_03_lint_with_names_shows_the_warning(tmp_path: Path) -> None:
    proj = small_project(tmp_path, ROWS)
    assert run(proj, "generate").returncode == 0
    (proj / "page.md").write_text(SMALL + ROWS[0], encoding="utf-8")
    assert run(proj, "lint", "page.md").returncode == 0  # no names file: nothing to compare with
    plain = run(proj, "lint", "--names", "names.toml", "page.md")
    assert plain.returncode == 0 and "warning: " in plain.stderr and "3 of the 4" in plain.stderr, plain.stderr
    strict = run(proj, "lint", "--strict", "--names", "names.toml", "page.md")
    assert strict.returncode == 1 and "error: " in strict.stderr and "3 of the 4" in strict.stderr
    job = ROOT / "source_docs" / "ci-media-processing-error-codes.en.md"
    names = ROOT / "source_docs" / "media-processing-names.toml"
    assert run(proj, "lint", "--kind", "string", "--names", str(names), str(job)).returncode == 0


# -- 4. no file name or heading forms a magic comment ------------------------------------------

PEP263 = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", re.ASCII)
# What the tools read (mypy, pyright, ruff, flake8, coverage, bandit after a `#`; pylint and
# isort anywhere; black's fmt/yapf after a `#` or `;`), as seen in a whole comment token.
PY_PRAGMAS = re.compile(
    r"#\s*(?:type\s*:|mypy\s*:|pyright\s*:|pyre-|ruff\s*:|flake8\s*[:=]|noqa\b|nosec\b|pragma\b|isort\s*:)"
    r"|\b(?:pylint|isort)\s*:|[#;]\s*(?:fmt|yapf)\s*:",
    re.IGNORECASE,
)
TS_PRAGMAS = re.compile(r"@ts-|@jsx|(?:^|//|/\*\*?|\* )\s*eslint|[#@]\s*source(?:Mapping)?URL\s*=|[#@]__[A-Z_]+__")

HOSTILE_TITLES = [
    "Download errors # type: ignore",
    "Errors; fmt: skip",
    "pylint: disable=all errors",
    "noqa errors",
    "-*- coding: latin-1 -*- errors",
    "@ts-nocheck errors",
    "eslint-disable errors //# sourceMappingURL=x.js",
    "//go:generate rm -rf / errors",
    "+build ignore errors",
    "mypy: ignore-errors # noqa: E501",
]
CHINESE = "下载失败，请重试"


def hostile_page() -> str:
    parts = []
    for i, title in enumerate(HOSTILE_TITLES, 1):
        parts.append(f"### {title}\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n")
        parts.append(f"| -{i} | {CHINESE} {title} //nolint //go:embed x | {title} |\n\n")
    return "".join(parts)


HOSTILE_FILE_NAMES = [
    "x-coding=latin1.md",
    "x -*- coding: latin-1 -*-.md",
    "vim: set fileencoding=utf-16 @ts-nocheck +build ignore; fmt: off # noqa # type: ignore.md",
]


def hostile_project(tmp: Path, file_name: str) -> Path:
    (tmp / "source_docs").mkdir()
    (tmp / "source_docs" / file_name).write_text(hostile_page(), encoding="utf-8")
    (tmp / "pyproject.toml").write_text(
        # The set keeps its usual name (the page's file name names nothing but the source, in
        # every output's header): the outputs lie where the tests look for them.
        f"[tool.errcodegen]\nname = \"ci-error-codes\"\nsource = {json.dumps('source_docs/' + file_name)}\nnames = \"source_docs/names.toml\"\n",
        encoding="utf-8",
    )
    return tmp


def python_comments(source: bytes) -> list[tuple[int, str]]:
    return [
        (tok.start[0], tok.string)
        for tok in tokenize.tokenize(io.BytesIO(source).readline)
        if tok.type == tokenize.COMMENT
    ]


def comment_lines(text: str) -> list[str]:
    """Lines of Go or TypeScript that are comments (the templates put comments on lines of their own)."""
    return [line for line in text.splitlines() if line.lstrip().startswith(("//", "/*", "*"))]


@pytest.mark.parametrize("file_name", HOSTILE_FILE_NAMES)
def test_04_hostile_file_names_and_headings_form_no_magic_comment(tmp_path: Path, file_name: str) -> None:
    proj = hostile_project(tmp_path, file_name)
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    module = proj / "generated" / "python" / "ci-error-codes" / "ci_error_codes" / "__init__.py"
    source = module.read_bytes()
    assert tokenize.detect_encoding(io.BytesIO(source).readline)[0] == "utf-8"
    assert not any(PEP263.match(line) for line in source.decode("utf-8").splitlines()[:2]), source[:300]
    bad = [(n, c) for n, c in python_comments(source) if PY_PRAGMAS.search(c)]
    assert not bad, bad
    # The module as Python reads a file: the Chinese text comes back as written.
    loaded = subprocess.run(
        [sys.executable, "-c", "import json, ci_error_codes as m; print(json.dumps([e.description for e in m.CATEGORIES[0]]))"],
        cwd=module.parent.parent, capture_output=True, text=True, timeout=60,
    )
    assert loaded.returncode == 0, loaded.stderr[-2000:]
    assert json.loads(loaded.stdout) == [f"{CHINESE} {HOSTILE_TITLES[0]} //nolint //go:embed x"]
    for rel in ("typescript/ci-error-codes/ciErrorCodes.ts",):
        lines = comment_lines((proj / "generated" / rel).read_text(encoding="utf-8"))
        assert not [line for line in lines if TS_PRAGMAS.search(line)], rel
        assert not [line for line in (proj / "generated" / rel).read_text(encoding="utf-8").splitlines() if line.startswith("///")]
    go_lines = (proj / "generated" / "go" / "ci-error-codes" / "cierrors.go").read_text(encoding="utf-8").splitlines()
    assert not [line for line in go_lines if re.match(r"\s*//\s*(?:go:|\+build|line |export |extern |nolint)", line)]
    assert not [line for line in go_lines if line.lstrip().startswith("//") and re.search(r"//(?:go:|nolint|line )|\+build", line.lstrip()[2:])]


@pytest.fixture(scope="module")
def hostile_generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    proj = hostile_project(tmp_path_factory.mktemp("hostile"), HOSTILE_FILE_NAMES[-1])
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    return proj / "generated"


def test_04_mypy_strict_accepts_the_hostile_module(hostile_generated: Path) -> None:
    root = hostile_generated / "python" / "ci-error-codes"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--warn-unused-ignores", "ci_error_codes"],
        cwd=root, capture_output=True, text=True, env={"MYPYPATH": str(root), "PATH": "/usr/bin:/bin"}, timeout=300,
    )
    assert result.returncode == 0 and "Success" in result.stdout, result.stdout + result.stderr


def test_04_black_leaves_the_hostile_module_alone(hostile_generated: Path) -> None:
    import black

    source = (hostile_generated / "python" / "ci-error-codes" / "ci_error_codes" / "__init__.py").read_text(encoding="utf-8")
    assert black.format_str(source, mode=black.Mode()) == source


def test_04_tsc_accepts_the_hostile_module(hostile_generated: Path) -> None:
    tsc = require_tool("tsc", ROOT / "node_modules" / ".bin" / "tsc")
    result = subprocess.run(
        [tsc, *STRICT, "--noEmit", "--checkJs", str(hostile_generated / "typescript" / "ci-error-codes" / "ciErrorCodes.ts")],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_04_go_vet_accepts_the_hostile_package(hostile_generated: Path) -> None:
    go = require_tool("go")
    env = {**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off"}
    vet = subprocess.run([go, "vet", "./..."], cwd=hostile_generated / "go" / "ci-error-codes", capture_output=True, text=True, env=env, timeout=300)
    assert vet.returncode == 0, vet.stdout + vet.stderr
    listed = subprocess.run([go, "list", "-f", "{{.GoFiles}} {{.IgnoredGoFiles}}", "."], cwd=hostile_generated / "go" / "ci-error-codes",
                            capture_output=True, text=True, env=env, timeout=300)
    assert listed.stdout.strip() == "[cierrors.go] []", listed.stdout + listed.stderr


@pytest.mark.parametrize(
    "text",
    [
        "x-coding=latin1.md",
        "-*- coding: utf-16 -*-",
        "vim: set fileencoding=latin-1 :",
        "a # type: ignore",
        "type: ignore",
        "a; fmt: skip",
        "fmt: off",
        "a pylint: disable=all",
        "noqa",
        "a # noqa: E501",
        "mypy: ignore-errors",
        "pragma: no cover",
    ],
)
def test_04_py_comment_neutralises_pragmas(text: str) -> None:
    line = "# " + python_escape.py_comment(text)
    assert not PEP263.match(line) and not PY_PRAGMAS.search(line), line


@pytest.mark.parametrize(
    "text",
    ["@ts-nocheck", "a @ts-ignore", "@ts-expect-error", "// @ts-check", "@jsx h", "eslint-disable", "a //# sourceMappingURL=x.js",
     "a //@ sourceURL=y", "/*#__PURE__*/", "/// <reference path=\"x\" />", "/// <amd-module name=\"x\" />"],
)
def test_04_ts_comments_neutralise_pragmas(text: str) -> None:
    for escaped in (typescript_escape.ts_comment(text), typescript_escape.ts_doc(text)):
        assert not TS_PRAGMAS.search(escaped), escaped
        assert not escaped.startswith(("///", "eslint", "@")), escaped


@pytest.mark.parametrize("text", ["//go:generate rm", "+build ignore", "a //go:embed x", "//line x.go:1", "//export F", "a //nolint", "go:build ignore"])
def test_04_go_comment_neutralises_directives(text: str) -> None:
    line = "// " + go_escape.go_comment(text)  # as every template writes it
    assert not re.search(r"//(?:go:|line |export |extern |nolint)|\+build", line), line
    assert not re.match(r"//\s*nolint", line), line


OK_PY = '"""Doc."""\n\nX = 1  # a comment\n'


@pytest.mark.parametrize(
    "path, text",
    [
        ("m.py", "# -*- coding: latin-1 -*-\n" + OK_PY),
        ("m.py", "#!/usr/bin/env python\n# vim: set fileencoding=utf-16 :\n" + OK_PY),
        ("m.py", "# Code from x-coding=utf-8.md\n" + OK_PY),
        ("m.py", OK_PY + "Y = 2  # type: ignore\n"),
        ("m.py", OK_PY + "# fmt: off\n"),
        ("m.py", OK_PY + "# a; fmt: skip\n"),
        ("m.py", OK_PY + "# heading pylint: disable=all\n"),
        ("m.py", OK_PY + "# mypy: ignore-errors\n"),
        ("m.py", OK_PY + "Z = 3  # a # noqa\n"),
        ("m.go", "//go:build ignore\n\npackage p\n"),
        ("m.go", "// +build ignore\n\npackage p\n"),
        ("m.go", "package p\n\n//go:generate rm -rf /\n"),
        ("m.go", "package p\n\n//line other.go:1\n"),
        ("m.go", "package p\n\n// X is //nolint\n"),
        ("m.go", "package p\n\n//export F\n"),
        ("m.ts", "/// <reference path=\"x.d.ts\" />\nexport const x = 1;\n"),
        ("m.ts", "// @ts-nocheck\nexport const x = 1;\n"),
        ("m.ts", "/** a @ts-ignore */\nexport const x = 1;\n"),
        ("m.ts", "// eslint-disable\nexport const x = 1;\n"),
        ("m.ts", "export const x = 1;\n//# sourceMappingURL=x.js.map\n"),
        ("m.ts", "/** @jsx h */\nexport const x = 1;\n"),
    ],
)
def test_04_the_validator_refuses_magic_comments_that_slipped_through(path: str, text: str) -> None:
    with pytest.raises(ValidationError):
        validate({path: text}, TARGETS)


@pytest.mark.parametrize(
    "path, text",
    [
        ("m.py", OK_PY + 'S = "# type: ignore  coding: latin-1 # noqa"\n'),
        ("m.go", 'package p\n\n// X is a code.\nconst X = "//go:generate x"\n'),
        ("m.ts", '/**\n * Retired.\n *\n * @deprecated Retired.\n */\nexport const x = "@ts-ignore //# sourceMappingURL=x";\n'),
    ],
)
def test_04_the_validator_accepts_pragma_text_inside_string_literals(path: str, text: str) -> None:
    validate({path: text}, TARGETS)


def test_04_the_real_outputs_pass_the_validator() -> None:
    files = {p.relative_to(ROOT / "generated").as_posix(): p.read_text(encoding="utf-8")
             for p in (ROOT / "generated").rglob("*") if p.is_file() and p.suffix in (".py", ".go", ".ts", ".json")}
    validate(files, TARGETS)


def test_04_a_magic_comment_that_slips_past_escaping_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With escape.py's pragma rules switched off, the validator alone stops the file name's cookie."""
    from errcodegen import cli

    proj = hostile_project(tmp_path, HOSTILE_FILE_NAMES[1])
    monkeypatch.chdir(proj)
    monkeypatch.setitem(python_escape.FILTERS, "py_comment", lambda text: escape.Escaped(text))
    assert cli.main(["generate"]) == 2
    assert not (proj / "generated").exists()
    shutil.rmtree(proj / "source_docs")


# -- probes beyond the list ---------------------------------------------------------------------


def test_01_a_fifo_swapped_in_after_the_stat_check_is_refused_without_blocking(tmp_path: Path) -> None:
    """The race: os.stat saw a regular file, then the path became a FIFO. The O_NONBLOCK open
    returns at once and fstat refuses it (without O_NONBLOCK the open would wait for a writer)."""
    regular = tmp_path / "regular"
    regular.write_bytes(b"x")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    script = (
        "import os, sys\n"
        "from errcodegen import fsread\n"
        f"real = os.stat({str(regular)!r})\n"
        "fsread.os = type(sys)('os_proxy')\n"
        "fsread.os.__dict__.update({k: getattr(os, k) for k in dir(os) if not k.startswith('__')})\n"
        "fsread.os.stat = lambda path: real\n"
        "try:\n"
        f"    fsread.read_regular({str(fifo)!r}, 100)\n"
        "except fsread.NotRegularFile as exc:\n"
        "    print('refused:', exc.strerror)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=TIMEOUT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.stdout.strip() == "refused: not a regular file (a FIFO)", result.stdout + result.stderr


def test_01_a_file_that_grows_while_read_is_read_only_to_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from errcodegen import fsread

    page = tmp_path / "page"
    page.write_bytes(b"x" * 1000)
    small = os.stat(page)
    fake = os.stat_result((small.st_mode, *small[1:6], 10, *small[7:]))  # reports 10 bytes
    monkeypatch.setattr(fsread.os, "fstat", lambda fd: fake)
    monkeypatch.setattr(fsread.os, "stat", lambda path: fake)
    reads: list[int] = []
    real_read = os.read

    def counting_read(fd: int, n: int) -> bytes:
        data = real_read(fd, n)
        reads.append(len(data))
        return data

    monkeypatch.setattr(fsread.os, "read", counting_read)
    with pytest.raises(fsread.TooBig, match="more than 50 bytes"):
        fsread.read_regular(page, 50)
    assert sum(reads) == 51


@pytest.mark.parametrize("kind", ["fifo", "dev_zero"])
def test_01_the_chinese_page_is_checked_too(short_tmp: Path, kind: str) -> None:
    proj = project(short_tmp)
    page = proj / "source_docs" / "ci-error-codes.zh.md"
    page.unlink()
    KINDS[kind](page)
    one_line_exit_2(run(proj, "generate"), "ci-error-codes.zh.md")
    assert not (proj / "generated").exists()


def test_02_a_job_page_without_an_error_table_is_unusable(tmp_path: Path) -> None:
    proj = project(tmp_path)
    (proj / "source_docs" / "ci-media-processing-error-codes.en.md").write_text("<html>404</html>\n", encoding="utf-8")
    one_line_exit_2(run(proj, "generate"), "source_docs/ci-media-processing-error-codes.en.md:1:1: error: no error table")
    assert not (proj / "generated").exists()


def test_02_an_empty_chinese_page_is_unusable_too(tmp_path: Path) -> None:
    proj = project(tmp_path)
    (proj / "source_docs" / "ci-error-codes.zh.md").write_bytes(b"")
    one_line_exit_2(run(proj, "generate"), "source_docs/ci-error-codes.zh.md:1:1: error: no error table")
    assert not (proj / "generated").exists()
