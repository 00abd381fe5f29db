"""Golden cases, end to end (as sqlc's testdata): each folder of tests/cases is a project.

A case folder holds its configuration (`pyproject.toml` with `[tool.errcodegen]`: `out =
"out"`, one set named `case` reading `input.md`, and `input.zh.md` when there is one, with the
names file `names.toml`), its input pages (and a names file when the case starts from one),
optionally `args` (the command line to run, one argument a line; default `generate`: a
`lint` case shows every diagnostic of a page that `generate` refuses at its first error), and
`expected/`:

- `expected/stderr.txt`: everything the command prints on stderr (diagnostics, the files
  written, or the one-line error when it refuses the input);
- `expected/exit`: the exit status, when it is not 0;
- every other file under `expected/`: a file the run wrote or changed, at its path in the
  project (`expected/out/...`, including `errcodegen-manifest.json`, and `expected/names.toml`
  when the run creates or changes the names file). A file the run did not write must not
  change, and nothing else may appear.

The test copies the case (without `expected/` and `args`) into a temporary folder, runs the real
`errcodegen.cli.main(["generate"])` (or the case's `args`) in-process with that folder as the current directory, and
compares the whole tree and the stderr. The expectations come from the committed files only.
Regenerate them with `UPDATE_GOLDEN=1 make test` (then review the diff before committing).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import black
import pytest

from errcodegen import cli

CASES = Path(__file__).resolve().parent / "cases"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
IGNORED = {".errcodegen.lock"}  # the run's lock file (see README): not an output


def _tree(folder: Path, skip: str | None = None) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not (skip and p.relative_to(folder).parts[0] == skip)
    }


def _run(case: Path, work: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> dict[str, bytes]:
    """Run `generate` in a copy of `case`; return what it wrote or changed, its stderr and status."""
    shutil.copytree(case, work, ignore=lambda folder, names: ["expected", "args"] if Path(folder) == case else [])
    args = (case / "args").read_text(encoding="utf-8").split("\n") if (case / "args").exists() else ["generate"]
    inputs = _tree(work)
    monkeypatch.chdir(work)
    capsys.readouterr()
    status = cli.main([a for a in args if a])
    captured = capsys.readouterr()
    assert captured.out == "", "generate and lint print nothing on stdout"
    after = _tree(work)
    assert set(inputs) <= set(after), f"the run removed {sorted(set(inputs) - set(after))}"
    produced = {rel: data for rel, data in after.items() if rel not in IGNORED and inputs.get(rel) != data}
    assert not {"stderr.txt", "exit"} & set(produced), "a written file would be mistaken for the stderr or status"
    produced["stderr.txt"] = captured.err.encode("utf-8")
    if status != 0:
        produced["exit"] = f"{status}\n".encode()
    return produced


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_golden(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    folder = CASES / case
    assert (folder / "pyproject.toml").is_file(), f"{case} has no configuration"
    produced = _run(folder, tmp_path / case, monkeypatch, capsys)
    expected = folder / "expected"
    if UPDATE:
        shutil.rmtree(expected, ignore_errors=True)
        for rel, data in produced.items():
            path = expected / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    on_disk = _tree(expected) if expected.exists() else {}
    assert on_disk, f"no expected output for {case}: run with UPDATE_GOLDEN=1 and review it"
    assert sorted(produced) == sorted(on_disk)
    for rel in produced:
        assert produced[rel].decode("utf-8") == on_disk[rel].decode("utf-8"), f"{case}/expected/{rel} differs"
        if rel.endswith(".py"):
            text = produced[rel].decode("utf-8")
            assert black.format_str(text, mode=black.Mode()) == text, f"black changes {rel}"
