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

Each set of a case names the targets it exercises (`targets = [...]`, with a `# Targets:` line
saying why): a case about the reader renders the JSON model and one language, a case about
names or escaping every language it concerns, and exactly one case (hostile_text) renders every
registered target. `expected/` holds only what those targets write.

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
from errcodegen.config import load
from errcodegen.targets.registry import by_name

REGISTRY = by_name()

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


ALL_TARGETS = "hostile_text"  # the one case rendering every registered target


def _targets(case: Path) -> list[tuple[str, ...]]:
    """The targets of each set of a case, as the configuration loads them."""
    return [s.enabled for s in load(case / "pyproject.toml").sets]


def test_every_case_names_its_targets_and_one_case_renders_them_all() -> None:
    cases = sorted(p for p in CASES.iterdir() if p.is_dir())
    for case in cases:
        text = (case / "pyproject.toml").read_text(encoding="utf-8")
        assert text.count("\ntargets = [") == text.count("[[tool.errcodegen.sets]]"), f"{case.name}: a set does not name its targets"
        assert "\n# Targets: " in text, f"{case.name}: no '# Targets:' line saying why"
    complete = [case.name for case in cases if any(set(t) == set(REGISTRY) for t in _targets(case))]
    assert complete == [ALL_TARGETS], complete


def test_a_case_expects_the_outputs_of_its_targets_only() -> None:
    """expected/out/<target>/ exists for an enabled target that writes there, and for no other one
    (a target left out of a case leaves no stale expected file behind)."""
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        out = case / "expected" / "out"
        folders = {p.name for p in out.iterdir() if p.is_dir()} if out.is_dir() else set()
        enabled = {t for targets in _targets(case) for t in targets}
        assert folders <= enabled, f"{case.name}: expected/out/ holds {sorted(folders - enabled)}, which it does not render"
        if (case / "expected" / "exit").exists() or (case / "args").exists():
            continue  # refused or lint: nothing rendered
        assert folders == enabled, f"{case.name}: renders {sorted(enabled)} but expects {sorted(folders)}"
