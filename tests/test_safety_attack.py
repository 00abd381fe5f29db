"""What an attack on the finished safety work found (a hostile user and a faulty machine, from
the README and the command line only), each now a test: forged or stale journals, previews that
finished a pending write, a journal jammed by a refused run, person's files taken for names
files, NUL in paths, interrupts while starting, options that give unusable output."""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from errcodegen import write

from .conftest import ROOT
from .test_cli import project, run, snapshot
from .test_safety_write import killed_mid_commit, strays

RUN = "4242-0123456789ab"


def plant(proj: Path, state: str, entries: list[dict[str, object]], remove: list[list[str]] | None = None) -> None:
    journal = {"state": state, "run": RUN, "entries": entries, "folders": [], "remove": remove or []}
    (proj / write.JOURNAL).write_text(json.dumps(journal), encoding="utf-8")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr[-1500:])
    assert "Traceback" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("errcodegen: ") and all(w in last for w in words), last


# -- journals errcodegen did not write ----------------------------------------------------


@pytest.mark.parametrize("state", ["staging", "committing", "rolling-back"])
@pytest.mark.parametrize("target", ["pyproject.toml", "README.md", "../victim.txt", "/tmp/errcodegen-victim.txt", "tests/x.py"])
def test_a_journal_naming_a_file_errcodegen_does_not_write_is_refused(tmp_path: Path, state: str, target: str) -> None:
    (tmp_path / "p").mkdir()
    proj = project(tmp_path / "p")
    assert run(proj, "generate").returncode == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    (proj / "README.md").write_text("mine\n", encoding="utf-8")
    digest = sha(proj / "pyproject.toml")
    plant(proj, state, [{"path": target, "before": None, "after": digest}])
    before = snapshot(tmp_path)
    refused(run(proj, "generate"), "not the journal of an interrupted errcodegen write")
    assert snapshot(tmp_path) == before and victim.read_text(encoding="utf-8") == "keep me\n"


def test_a_journal_cannot_remove_anything_outside_the_output_folder(tmp_path: Path) -> None:
    (tmp_path / "p").mkdir()
    proj = project(tmp_path / "p")
    assert run(proj, "generate").returncode == 0
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n", encoding="utf-8")
    plant(proj, "committing", [], remove=[["../victim.txt", sha(victim)]])
    refused(run(proj, "generate"), "not the journal")
    assert victim.exists()
    for bad in (["tmp"], {"path": 1}, "x"):
        (proj / write.JOURNAL).write_text(json.dumps({"state": "committing", "run": RUN, "entries": bad, "folders": [], "remove": []}), encoding="utf-8")
        refused(run(proj, "generate"), "not the journal")


def test_temporary_and_backup_names_come_from_the_run_not_from_the_journal(tmp_path: Path) -> None:
    """A staging journal naming the page itself removes only that page's temporary file."""
    proj = project(tmp_path)
    assert run(proj, "generate").returncode == 0
    page = proj / "source_docs" / "ci-error-codes.en.md"
    text = page.read_bytes()
    plant(proj, "staging", [{"path": "source_docs/ci-error-codes.en.md", "tmp": "source_docs/ci-error-codes.en.md",
                             "backup": "pyproject.toml", "before": None, "after": None}])
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    assert page.read_bytes() == text and (proj / "pyproject.toml").exists()


def test_a_file_edited_after_a_killed_run_is_not_overwritten_by_its_leftovers(tmp_path: Path) -> None:
    """Killed mid-commit, then the person renames a constant in the names file: the next run
    keeps the edit (it finishes only files still as the killed run left them)."""
    proj = killed_mid_commit(tmp_path, 1)
    names = proj / "source_docs" / "names.toml"
    names.write_text(names.read_text(encoding="utf-8").replace('-103 = { name = "INVALID_REQUEST"', '-103 = { name = "RENAMED_BY_HAND"'), encoding="utf-8")
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    assert "RENAMED_BY_HAND" in names.read_text(encoding="utf-8")
    assert "RENAMED_BY_HAND = -103" in (proj / "generated/python/ci-error-codes/ci_error_codes/__init__.py").read_text(encoding="utf-8")
    assert strays(proj) == [] and run(proj, "check").returncode == 0


@pytest.mark.parametrize("args", [["generate", "--dry-run"], ["generate", "--out", "preview"], ["prune", "--dry-run"]])
def test_a_run_that_writes_nothing_does_not_finish_a_pending_write(tmp_path: Path, args: list[str]) -> None:
    proj = killed_mid_commit(tmp_path, 3)
    before = snapshot(proj)
    refused(run(proj, *args), "interrupted write is pending")
    assert snapshot(proj) == before
    assert run(proj, "generate").returncode == 0 and strays(proj) == []


def test_an_output_folder_under_a_file_is_refused_and_leaves_no_journal(tmp_path: Path) -> None:
    proj = project(tmp_path)
    (proj / "Makefile").write_text("all:\n", encoding="utf-8")
    config = proj / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('out = "generated"', 'out = "Makefile/x"'), encoding="utf-8")
    refused(run(proj, "generate"), "tool.errcodegen.out", "not a folder")
    assert not (proj / write.JOURNAL).exists()


# -- a person's files are not names files ------------------------------------------------


@pytest.mark.parametrize("text", ["# my notes, keep me\n", "", "[category]\n", 'title = "x"\n'])
def test_a_toml_file_errcodegen_did_not_write_is_not_taken_for_a_names_file(tmp_path: Path, text: str) -> None:
    proj = project(tmp_path)
    other = proj / "source_docs" / "other.toml"
    other.write_text(text, encoding="utf-8")
    config = proj / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('names = "source_docs/names.toml"', 'names = "source_docs/other.toml"'), encoding="utf-8")
    refused(run(proj, "generate"), "tool.errcodegen.sets[0].names")
    assert other.read_text(encoding="utf-8") == text


def test_a_key_the_names_file_would_drop_is_refused(tmp_path: Path) -> None:
    proj = project(tmp_path)
    names = proj / "source_docs" / "names.toml"
    names.write_text(names.read_text(encoding="utf-8").replace('-103 = { name = "INVALID_REQUEST"', '-103 = { note = "mine", name = "INVALID_REQUEST"'), encoding="utf-8")
    before = snapshot(proj)
    refused(run(proj, "generate"), "codes.-103.note", "unknown key")
    assert snapshot(proj) == before


def test_a_names_file_in_a_hidden_folder_is_refused(tmp_path: Path) -> None:
    proj = project(tmp_path)
    (proj / ".git").mkdir()
    config = proj / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('names = "source_docs/names.toml"', 'names = ".git/names.toml"'), encoding="utf-8")
    refused(run(proj, "generate"), "names", "hidden folder")
    assert list((proj / ".git").iterdir()) == []


# -- paths and options that are mistakes -----------------------------------------------------


@pytest.mark.parametrize("key, value", [("out", "gen\\u0000x"), ("names", "x.toml\\u0000")])
def test_a_nul_in_a_configured_path_is_one_line(tmp_path: Path, key: str, value: str) -> None:
    proj = project(tmp_path)
    config = proj / "pyproject.toml"
    old = 'out = "generated"' if key == "out" else 'names = "source_docs/names.toml"'
    config.write_text(config.read_text(encoding="utf-8").replace(old, f'{key} = "{value}"', 1), encoding="utf-8")
    refused(run(proj, "generate"), key, "NUL")


@pytest.mark.parametrize("table, value", [
    ("file = \"ciErrorCodes.ts\" }", "file = \"x.d.ts\" }"),
    ("file = \"ciErrorCodes.ts\" }", "file = \"x.errcodegen-tmp-1.ts\" }"),
    ("python = { package = \"ci_error_codes\" }", "python = { package = \"__main__\" }"),
    ("python = { package = \"ci_error_codes\" }", "python = { package = \"test\" }"),
    ("go = { dir = \"ci-error-codes\"", "go = { dir = \"testdata\""),
    ("go = { dir = \"ci-error-codes\"", "go = { dir = \"vendor\""),
    ("go = { dir = \"ci-error-codes\"", "go = { dir = \"internal\""),
    ("go = { dir = \"ci-error-codes\"", "go = { dir = \"_go\""),
])
def test_options_that_give_unusable_output_are_refused(tmp_path: Path, table: str, value: str) -> None:
    proj = project(tmp_path)
    config = proj / "pyproject.toml"
    text = config.read_text(encoding="utf-8")
    assert table in text
    config.write_text(text.replace(table, value, 1), encoding="utf-8")
    refused(run(proj, "generate"), "tool.errcodegen.sets[0].")
    assert not (proj / "generated").exists()


def test_empty_path_options_and_a_fifo_configuration_are_one_line(tmp_path: Path) -> None:
    proj = project(tmp_path)
    refused(run(proj, "generate", "--out", ""), "--out must not be empty")
    fifo = tmp_path / "fifo.toml"
    os.mkfifo(fifo)
    refused(run(proj, "--config", str(fifo), "generate"), "not a regular file")


@pytest.mark.parametrize("delay", [0.0, 0.03, 0.08, 0.15])
@pytest.mark.parametrize("sig, status", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupt_while_starting_is_one_line(tmp_path: Path, delay: float, sig: int, status: int) -> None:
    proj = project(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "errcodegen", "generate"], cwd=proj, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)}, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(delay)
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    if process.returncode == 0:
        return  # it finished first
    if "Traceback" in stderr:
        # Only Python's own start-up (runpy importing the package) may be interrupted that way:
        # once errcodegen's first line runs, an interrupt is one line.
        # A frame in site's start-up (the editable install's finder) is Python's, not errcodegen's:
        # only frames in errcodegen's own source count.
        frames = re.findall(r'^\s*File "([^"]+)"', stderr, re.MULTILINE)
        own = [f for f in frames if Path(f).resolve().is_relative_to(ROOT / "generator")]
        assert own == [], stderr
        return
    # Before the interpreter runs any of errcodegen's code, the signal's default action ends it.
    assert process.returncode in (status, -sig), (process.returncode, stderr)
    if process.returncode == status:
        assert stderr.strip().splitlines()[-1].startswith("errcodegen: interrupted")
    assert strays(proj) == []
