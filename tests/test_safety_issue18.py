"""Issue 18, an attack on the tool: configuration found above the project, hostile user
templates, update writing outside the project, reports and journals, escaping of what upstream
says. Each test builds what it needs (processes, signals, symlinks, git repositories) and
failed on the code before its fix."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_cli import project, snapshot
from .test_safety_paths import run

PAYLOAD = "{{ cycler.__init__.__globals__.os.system('touch %s') }}\n"


def fresh(tmp_path: Path, name: str = "p") -> Path:
    """A copy of the real project in tmp/NAME (so that tmp/ itself is outside it)."""
    (tmp_path / name).mkdir()
    return project(tmp_path / name)


def one_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 2 and, after the page's own warnings, one line `errcodegen: ...` holding `words`."""
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.strip().splitlines() if ": warning: " not in ln]
    assert len(lines) == 1 and lines[0].startswith("errcodegen: "), result.stderr
    assert all(w in lines[0] for w in words), lines[0]
    return lines[0]


def hostile_templates(folder: Path, marker: Path) -> None:
    (folder / "python").mkdir(parents=True)
    (folder / "python" / "module.py.j2").write_text(PAYLOAD % marker, encoding="utf-8")


# -- 1. configuration discovery and user templates ----------------------------------------


@pytest.mark.parametrize("command", ["check", "generate"])
def test_a_hostile_user_template_runs_no_code(tmp_path: Path, command: str) -> None:
    proj = fresh(tmp_path)
    marker = tmp_path / "marker"
    hostile_templates(proj / "mine", marker)
    before = snapshot(proj)
    one_line(run(proj, command, "--templates", "mine"), "python/module.py.j2", "unsafe")
    assert not marker.exists()
    assert snapshot(proj) == before


@pytest.mark.parametrize("stop", ["pyproject", "git"])
def test_discovery_stops_at_a_project_or_repository_root(tmp_path: Path, stop: str) -> None:
    """A parent folder's pyproject.toml (with templates that would run code) configures
    nothing below a folder with its own pyproject.toml or a .git."""
    parent = project(tmp_path)
    marker = tmp_path / "marker"
    hostile_templates(parent / "mine", marker)
    config = parent / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('out = "generated"', 'out = "generated"\ntemplates = "mine"'), encoding="utf-8")
    child = parent / "child"
    child.mkdir()
    if stop == "git":
        subprocess.run(["git", "init", "-q", str(child)], check=True)
    else:
        (child / "pyproject.toml").write_text('[tool.black]\nline-length = 100\n', encoding="utf-8")
    before = snapshot(tmp_path)
    result = run(child, "check")
    assert not marker.exists()
    assert "no pyproject.toml with [tool.errcodegen]" in result.stderr and "Traceback" not in result.stderr
    assert result.returncode == 2  # the defaults, in child/: no page there
    assert snapshot(tmp_path) == before


def test_every_exported_template_renders_the_built_in_bytes_in_the_sandbox(tmp_path: Path) -> None:
    proj = project(tmp_path)
    assert run(proj, "export-templates", "mine").returncode == 0
    result = run(proj, "generate", "--templates", "mine")
    assert result.returncode == 0, result.stderr
    assert snapshot(proj / "generated") == snapshot(ROOT / "generated")


def test_a_template_symlinked_out_of_the_templates_folder_is_not_read(tmp_path: Path) -> None:
    proj = fresh(tmp_path)
    secret = tmp_path / "secret.j2"
    secret.write_text("SECRET-TEXT\n", encoding="utf-8")
    (proj / "mine" / "python").mkdir(parents=True)
    (proj / "mine" / "python" / "module.py.j2").symlink_to(secret)
    result = run(proj, "generate", "--templates", "mine")
    one_line(result, "python/module.py.j2")
    assert not (proj / "generated").exists()


# -- 13. a pyproject.toml that is not UTF-8 -------------------------------------------------


def test_another_tools_pyproject_in_latin_1_is_no_crash(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"# caf\xe9 au lait\n[tool.black]\nline-length = 100\n")
    result = run(tmp_path, "check")
    assert "Traceback" not in result.stderr and "UnicodeDecodeError" not in result.stderr, result.stderr
    assert "no pyproject.toml with [tool.errcodegen]" in result.stderr


def test_the_projects_pyproject_in_latin_1_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"# caf\xe9\n[tool.errcodegen]\nout = \"generated\"\n")
    one_line(run(tmp_path, "check"), "pyproject.toml", "UTF-8")
    one_line(run(tmp_path, "--config", "pyproject.toml", "check"), "pyproject.toml")


# -- 16. a symlinked pyproject.toml -----------------------------------------------------------


def test_a_symlinked_configuration_keeps_the_root_where_the_link_lies(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    proj = fresh(tmp_path, "proj")
    shutil.move(proj / "pyproject.toml", shared / "pyproject.toml")
    (proj / "pyproject.toml").symlink_to(os.path.relpath(shared / "pyproject.toml", proj))
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    assert (proj / "generated" / "errcodegen-manifest.json").is_file()
    assert sorted(p.name for p in shared.iterdir()) == ["pyproject.toml"]
    assert run(proj, "check").returncode == 0
