"""The command line as a tool: help text and exit statuses, colour, the progress line, and `lint`
of every configured page."""

from __future__ import annotations

import io
import os
import pty
import select
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from errcodegen.cli import main, parser
from errcodegen.term import ProgressLine, use_color

from .conftest import ROOT
from .synth import page

SUBCOMMANDS = ["generate", "check", "parse", "lint", "diff", "prune", "export-templates", "update", "init"]
RED, YELLOW, RESET = "\x1b[1;31m", "\x1b[1;33m", "\x1b[0m"
WARNED = ROOT / "source_docs" / "ci-error-codes.en.md"  # two warnings (README)
TABLE = "### Download errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n"


# -- help ------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_help_states_its_exit_statuses(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    text = capsys.readouterr().out
    assert "exit status:" in text and "\n  0 " in text and "\n  2 bad usage" in text, text


def test_every_option_and_argument_has_help() -> None:
    top = parser()
    subs = next(a for a in top._actions if a.choices and "generate" in a.choices).choices  # type: ignore[union-attr]
    assert sorted(subs) == sorted(SUBCOMMANDS)
    for name, sub in [("errcodegen", top), *subs.items()]:
        assert sub.description and sub.epilog and "exit" in sub.epilog, name
        for action in sub._actions:
            if action.dest == "command":
                continue
            assert action.help, f"{name}: {action.option_strings or action.dest} has no help"


def test_top_level_help_lists_every_subcommand_with_a_summary(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    for command in SUBCOMMANDS:
        assert f"\n    {command} " in text, command
    assert "exit status:" in text


# -- colour ----------------------------------------------------------------------------------


def test_color_always_paints_severities(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--color=always", "lint", str(WARNED)]) == 0
    err = capsys.readouterr().err
    assert f": {YELLOW}warning{RESET}: row has 4 cells" in err
    assert main(["lint", "--color", "always", "--strict", str(WARNED)]) == 1  # accepted after the subcommand too
    err = capsys.readouterr().err
    assert f": {RED}error{RESET}: row has 4 cells" in err and "warning" not in err


def test_color_always_paints_the_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("no table here\n", encoding="utf-8")
    assert main(["--color=always", "diff", str(bad), str(WARNED)]) == 2
    assert f"{RED}error{RESET}: no error table found" in capsys.readouterr().err


def test_no_color_by_default_when_stderr_is_no_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lint", str(WARNED)]) == 0
    err = capsys.readouterr().err
    assert "\x1b" not in err and ": warning: row has 4 cells" in err
    assert main(["--color=never", "lint", str(WARNED)]) == 0
    assert "\x1b" not in capsys.readouterr().err


def test_use_color_decides_as_no_color_org_asks() -> None:
    tty = type("Tty", (io.StringIO,), {"isatty": lambda self: True})()
    pipe = io.StringIO()
    assert use_color("auto", tty, {}) and not use_color("auto", pipe, {})
    assert not use_color("auto", tty, {"NO_COLOR": "1"}) and not use_color("auto", tty, {"NO_COLOR": "no"})
    assert use_color("auto", tty, {"NO_COLOR": ""})  # set but empty: no effect
    assert not use_color("auto", tty, {"TERM": "dumb"})
    assert use_color("always", pipe, {"NO_COLOR": "1"})  # a command-line flag overrides NO_COLOR
    assert not use_color("never", tty, {})


def _on_a_terminal(args: list[str], env: dict[str, str], cwd: Path = ROOT, timeout: float = 120) -> tuple[int, bytes]:
    """Run errcodegen with stderr on a pseudo-terminal (stdout discarded); return its status and stderr."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "errcodegen", *args], cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
        stderr=slave, env={**os.environ, "PYTHONPATH": str(ROOT), **env},
    )  # fmt: skip
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], timeout)
        if not ready:
            proc.kill()
            pytest.fail("no output from errcodegen on the terminal")
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other side closed (EIO on Linux)
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return proc.wait(timeout), b"".join(chunks)


def test_auto_colours_a_terminal_unless_no_color() -> None:
    env = {"TERM": "xterm", "NO_COLOR": ""}
    status, err = _on_a_terminal(["lint", str(WARNED)], env)
    assert status == 0 and f": {YELLOW}warning{RESET}: ".encode() in err
    status, err = _on_a_terminal(["lint", str(WARNED)], {**env, "NO_COLOR": "1"})
    assert status == 0 and b"\x1b" not in err and b": warning: " in err


# -- progress --------------------------------------------------------------------------------


def test_progress_line_is_rewritten_and_cleared() -> None:
    out = io.StringIO()
    with ProgressLine(out, enabled=True, min_rows=2000) as progress:
        progress("page.md", 1000)  # below the threshold: nothing
        progress("page.md", 12000)
        progress("page.md", 13000)
    text = out.getvalue()
    assert text.startswith("\rerrcodegen: parsing page.md ... 12 000 rows\rerrcodegen: parsing page.md ... 13 000 rows")
    assert text.endswith("\r" + " " * len("errcodegen: parsing page.md ... 13 000 rows") + "\r")
    quiet = io.StringIO()
    with ProgressLine(quiet, enabled=False) as progress:
        progress("page.md", 100_000)
    assert quiet.getvalue() == ""


@pytest.fixture(scope="module")
def big_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "big.md"
    path.write_text(page(6_000), encoding="utf-8")
    return path


def test_progress_on_a_terminal(big_page: Path) -> None:
    status, err = _on_a_terminal(["lint", big_page.name], {"NO_COLOR": "1"}, cwd=big_page.parent)
    assert status == 0
    shown = b"\rerrcodegen: parsing big.md ... 5 000 rows"
    assert shown in err and b"6 000 rows" in err
    # Erased once, at the end (what follows is diagnostics, if any: none on this page).
    assert err.count(b"\r" + b" " * len(b"errcodegen: parsing big.md ... 6 000 rows") + b"\r") == 1


def test_no_progress_when_stderr_is_no_terminal(big_page: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "errcodegen", "lint", str(big_page)], capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )  # fmt: skip
    assert result.returncode == 0 and b"\r" not in result.stderr and b"parsing" not in result.stderr


# -- lint with no FILE -----------------------------------------------------------------------


def test_lint_without_file_lints_every_configured_page(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert main(["lint"]) == 0
    err = capsys.readouterr().err
    for name in ("ci-error-codes.en.md", "ci-error-codes.zh.md", "ci-media-processing-error-codes.en.md"):
        assert f"source_docs/{name}:" in err, name
    # The job page is read as symbolic codes (as an integer page its codes would be errors).
    assert ": error: " not in err
    assert main(["lint", "--strict"]) == 1
    assert main(["lint", "--kind", "string"]) == 2
    assert "go with a FILE" in capsys.readouterr().err


def test_lint_without_file_reports_a_sets_errors_and_the_names_files_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.errcodegen]\nsource = "source_docs/ci-error-codes.en.md"\n', encoding="utf-8")
    shutil.copytree(ROOT / "source_docs", tmp_path / "source_docs")
    (tmp_path / "source_docs" / "ci-error-codes.en.md").write_text(TABLE + "| -103 | Invalid request. | - |\n| x | Bad. | - |\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["lint"]) == 1
    err = capsys.readouterr().err
    assert "source_docs/ci-error-codes.en.md:6:1: error: error code 'x' is not an integer" in err
    assert "would be retired by this page" in err  # the names file applied, as generate applies it


def test_make_lint_lints_every_page() -> None:
    make = shutil.which("make")
    if make is None:
        pytest.skip("make not found")
    result = subprocess.run([make, "-s", "lint"], cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr
    for name in ("ci-error-codes.en.md", "ci-error-codes.zh.md", "ci-media-processing-error-codes.en.md"):
        assert f"source_docs/{name}:" in result.stderr, name
