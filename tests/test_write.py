"""All-or-nothing writing: injected failures, a killed process, symlinks, hostile paths; determinism."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from errcodegen import write
from errcodegen.write import WriteError, write_tree

from .conftest import ROOT
from .test_cli import project, run, snapshot

FILES = {"a/one.txt": "1\n", "a/two.txt": "2\n", "b/three.txt": "3\n", "four.txt": "4\n"}


def temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if write.TMP_MARK in p.name or write.BACKUP_MARK in p.name or p.name.startswith(write.JOURNAL)]


def written(out: Path, files: dict[str, str]) -> list[str]:
    """write_tree without a manifest, journalled in `out`; what changed, relative to `out`."""
    return sorted(write_tree(out, files, root=out, manifest=False).written)


def test_writes_and_reports_only_changes(tmp_path: Path) -> None:
    assert written(tmp_path, FILES) == sorted(FILES)
    assert written(tmp_path, FILES) == []
    assert written(tmp_path, {**FILES, "four.txt": "IV\n"}) == ["four.txt"]
    assert temporaries(tmp_path) == []


@pytest.mark.parametrize("failing", [1, 2, 3, 4])
def test_failure_before_any_rename_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: int) -> None:
    written(tmp_path, FILES)
    before = snapshot(tmp_path)
    monkeypatch.setenv("ERRCODEGEN_FAULT", f"fail-rename:{failing}")
    with pytest.raises(WriteError):
        written(tmp_path, {k: v.replace("\n", " new\n") for k, v in FILES.items()} | {"c/new.txt": "n\n"})
    assert snapshot(tmp_path) == before
    assert temporaries(tmp_path) == []
    assert not (tmp_path / "c").exists()


def test_failure_while_writing_a_temporary_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    written(tmp_path, FILES)
    before = snapshot(tmp_path)
    real_open = os.open
    calls = {"n": 0}

    def flaky_open(path: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        return real_open(path, flags, mode)

    monkeypatch.setattr(write.os, "open", flaky_open)
    with pytest.raises(WriteError, match="No space left"):
        written(tmp_path, {k: v + "changed\n" for k, v in FILES.items()})
    assert snapshot(tmp_path) == before
    assert temporaries(tmp_path) == []


def test_killed_mid_way_leaves_whole_files_and_the_next_run_repairs(tmp_path: Path) -> None:
    proj = project(tmp_path)
    assert run(proj, "generate").returncode == 0
    good = snapshot(proj / "generated")
    (proj / "generated" / "json" / "ci-error-codes.json").write_text("{}\n", encoding="utf-8")
    (proj / "generated" / "go" / "ci-error-codes" / "cierrors.go").write_text("// old\n", encoding="utf-8")
    old = snapshot(proj / "generated")
    process = subprocess.Popen(
        [sys.executable, "-m", "errcodegen", "generate"], cwd=proj,
        env={**os.environ, "PYTHONPATH": str(ROOT), "ERRCODEGEN_FAULT": "stall-rename:2"},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not temporaries(proj / "generated"):
        time.sleep(0.05)
    time.sleep(0.2)
    process.send_signal(signal.SIGKILL)
    process.wait()
    after = {k: v for k, v in snapshot(proj / "generated").items() if write.TMP_MARK not in k and write.BACKUP_MARK not in k}
    assert set(after) == set(good)
    for rel, data in after.items():
        assert data in (old[rel], good[rel]), rel  # every file is whole: old or new, never torn
    assert run(proj, "generate").returncode == 0
    assert snapshot(proj / "generated") == good
    assert temporaries(proj / "generated") == []


@pytest.mark.parametrize("bad", ["../x", "/etc/x", "a/../../x", "a\\b", "", "a//b", "./a"])
def test_paths_outside_the_folder_are_refused(tmp_path: Path, bad: str) -> None:
    out = tmp_path / "out"
    with pytest.raises(WriteError):
        write_tree(out, {bad: "x\n"})
    assert not out.exists() or list(out.rglob("*")) == []
    assert not (tmp_path / "x").exists()


def test_symlinks_inside_the_folder_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "a").symlink_to(outside, target_is_directory=True)
    with pytest.raises(WriteError, match="symlink"):
        write_tree(out, {"a/one.txt": "1\n"})
    (out / "f.txt").symlink_to(outside / "f.txt")
    with pytest.raises(WriteError, match="symlink"):
        write_tree(out, {"f.txt": "1\n"})
    assert list(outside.iterdir()) == []
    link = tmp_path / "linked"
    link.symlink_to(outside, target_is_directory=True)
    with pytest.raises(WriteError, match="symlink"):
        write_tree(link, {"x.txt": "1\n"})
    assert list(outside.iterdir()) == []


def test_names_that_collide_on_a_case_insensitive_disk_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="case-insensitive"):
        written(tmp_path, {"A.txt": "1\n", "a.txt": "2\n"})
    assert list(tmp_path.iterdir()) == []


def test_output_is_identical_across_hash_seeds_locales_and_time_zones(tmp_path: Path) -> None:
    trees = []
    for i, (seed, lang, tz) in enumerate([("0", "C", "UTC"), ("12345", "C.UTF-8", "Asia/Shanghai"), ("random", "POSIX", "America/New_York")]):
        proj = project(tmp_path / str(i) if (tmp_path / str(i)).mkdir() is None else tmp_path)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": seed, "LANG": lang, "LC_ALL": lang, "TZ": tz}
        result = subprocess.run([sys.executable, "-m", "errcodegen", "generate"], cwd=proj, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        trees.append(snapshot(proj / "generated"))
    assert trees[0] == trees[1] == trees[2]
    for rel, data in trees[0].items():
        text = data.decode("utf-8")
        assert "\r" not in text and not text.startswith("\ufeff"), rel
        assert text == "" or text.endswith("\n"), rel


def test_files_it_no_longer_generates_are_stale_and_removed(tmp_path: Path) -> None:
    """Only what the manifest lists is errcodegen's: a renamed output's old file goes, nothing else."""
    proj = project(tmp_path)
    assert run(proj, "generate").returncode == 0
    out = proj / "generated"
    header = "// Code generated by errcodegen from x.md (sha256 0). DO NOT EDIT.\n"
    mine = out / "typescript" / "handwritten.ts"  # a person's file, even with errcodegen's header
    mine.write_text(header + "export {};\n", encoding="utf-8")
    (out / "go" / "sub").mkdir()
    nested = out / "go" / "sub" / "old.go"
    nested.write_text(header, encoding="utf-8")
    config = proj / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('file = "ciErrorCodes.ts"', 'file = "renamed.ts"'), encoding="utf-8")
    result = run(proj, "check")
    assert result.returncode == 1
    assert "--- a/typescript/ci-error-codes/ciErrorCodes.ts" in result.stdout and "+++ /dev/null" in result.stdout
    assert "handwritten.ts" not in result.stdout and "old.go" not in result.stdout
    assert run(proj, "generate").returncode == 0
    assert not (out / "typescript" / "ci-error-codes" / "ciErrorCodes.ts").exists() and (out / "typescript" / "ci-error-codes" / "renamed.ts").exists()
    assert mine.read_text(encoding="utf-8") == header + "export {};\n"
    assert nested.read_text(encoding="utf-8") == header
    assert run(proj, "check").returncode == 0


def test_out_given_as_a_wider_folder_touches_nothing_else(tmp_path: Path) -> None:
    proj = project(tmp_path)
    keep = proj / "wide" / "tests" / "cases" / "x" / "expected" / "out" / "go" / "ci-error-codes" / "cierrors.go"
    keep.parent.mkdir(parents=True)
    keep.write_text("// Code generated by errcodegen from x.md. DO NOT EDIT.\n", encoding="utf-8")
    assert run(proj, "generate", "--out", ".").returncode == 2  # the project itself is refused
    assert run(proj, "generate", "--out", "wide").returncode == 0
    assert keep.exists()
    assert (proj / "wide" / "go" / "ci-error-codes" / "cierrors.go").exists()


def test_names_files_are_part_of_the_all_or_nothing_write(tmp_path: Path) -> None:
    proj = project(tmp_path)
    config = proj / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('names = "source_docs/names.toml"', 'names = "pyproject.toml/names.toml"'), encoding="utf-8")
    result = run(proj, "generate")
    assert result.returncode == 2 and "names.toml" in result.stderr
    assert not (proj / "generated").exists()
