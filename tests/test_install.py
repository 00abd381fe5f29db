"""A tool that installs and runs anywhere: the wheel, --version, the configuration found from a
subfolder, precompiled templates that match `templates/`, and the user's own templates."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path
from typing import Any

import pytest

from types import SimpleNamespace

from errcodegen import render
from errcodegen.escape import Escaped
from errcodegen.targets.base import Target
from errcodegen.targets.registry import TARGETS, by_name

from .conftest import ROOT
from .test_cli import project, snapshot


def errcodegen(cwd: Path, *args: str, python: str = sys.executable) -> subprocess.CompletedProcess[str]:
    """The installed command (`python -m errcodegen`), with no help from PYTHONPATH."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run([python, "-m", "errcodegen", *args], cwd=cwd, capture_output=True, text=True, env=env)


@pytest.mark.parametrize("target", [t for t in TARGETS if (t.folder / "templates").is_dir()], ids=lambda t: t.name)
def test_precompiled_templates_match_templates(tmp_path: Path, target: Target) -> None:
    """A target's shipped precompiled templates are what its `templates/` compiles to (refresh
    them with `python -m errcodegen.targets.compile`, which `make generate` runs)."""
    render.compile_templates(target, tmp_path)
    shipped = {k: v for k, v in snapshot(target.folder / render.COMPILED).items() if "__pycache__" not in k}
    assert snapshot(tmp_path) == shipped


def test_a_stale_precompiled_template_is_not_used(tmp_path: Path) -> None:
    """A template edited after compiling is compiled from its source, not taken from the module;
    an unchanged one is taken from the module."""
    go = by_name()["go"]
    fake = SimpleNamespace(name="go", folder=tmp_path / "go", filters=go.filters)
    shutil.copytree(go.folder / "templates", fake.folder / "templates")
    render.compile_templates(fake, fake.folder / render.COMPILED)
    compiled = fake.folder / render.COMPILED / "go_mod.py"
    compiled.write_text(compiled.read_text(encoding="utf-8").replace("yield '\\n\\nmodule '", "yield '\\n\\nprecompiled '"), encoding="utf-8")
    env = render.Renderer((fake,)).env
    assert env.get_template("go/go.mod.j2").render(module=Escaped("m"), go_version=Escaped("1"), view=SimpleNamespace(header="h")).startswith("// h\n\nprecompiled m")
    (fake.folder / "templates" / "go.mod.j2").write_text("// edited {{ module }}\n", encoding="utf-8")
    env = render.Renderer((fake,)).env
    assert env.get_template("go/go.mod.j2").render(module=Escaped("m")) == "// edited m\n"


def test_version(tmp_path: Path) -> None:
    result = errcodegen(tmp_path, "--version")
    assert result.returncode == 0 and result.stdout.startswith("errcodegen ") and result.stdout.strip() != "errcodegen"


def test_the_configuration_is_found_from_a_subfolder(tmp_path: Path) -> None:
    proj = project(tmp_path)
    assert errcodegen(proj, "generate").returncode == 0
    deep = proj / "source_docs" / "deeper"
    deep.mkdir()
    assert errcodegen(deep, "check").returncode == 0
    page = proj / "source_docs" / "ci-error-codes.en.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Invalid request.", "Changed request."), encoding="utf-8")
    assert errcodegen(deep, "check").returncode == 1
    assert not (deep / "generated").exists() and not (deep / ".errcodegen.lock").exists()


def test_without_any_configuration_it_says_so(tmp_path: Path) -> None:
    result = errcodegen(tmp_path, "check")
    assert "no pyproject.toml with [tool.errcodegen] here or above" in result.stderr
    assert result.returncode == 2  # and the default page is not there


def test_export_templates_then_use_one_of_them(tmp_path: Path) -> None:
    proj = project(tmp_path)
    exported = errcodegen(proj, "export-templates", "mine")
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.relative_to(proj / "mine").as_posix() for p in (proj / "mine").rglob("*.j2")) == sorted(
        f"{t.name}/{p.name}" for t in TARGETS for p in (t.folder / "templates").glob("*.j2")
    )
    again = errcodegen(proj, "export-templates", "mine")
    assert again.returncode == 2 and "never overwrites" in again.stderr
    custom = proj / "mine" / "python" / "module.py.j2"
    custom.write_text(custom.read_text(encoding="utf-8").replace('"""{{ view.product_label', '"""Our own wording. {{ view.product_label', 1), encoding="utf-8")
    for other in (proj / "mine").rglob("*.j2"):
        if other != custom:
            other.unlink()
    result = errcodegen(proj, "generate", "--templates", "mine")
    assert result.returncode == 0, result.stderr
    module = (proj / "generated" / "python" / "ci-error-codes" / "ci_error_codes" / "__init__.py").read_text(encoding="utf-8")
    assert '"""Our own wording. Tencent Cloud' in module
    # The other outputs are the built-in templates' (byte for byte the committed ones).
    assert (proj / "generated" / "go" / "ci-error-codes" / "cierrors.go").read_bytes() == (ROOT / "generated" / "go" / "ci-error-codes" / "cierrors.go").read_bytes()
    config = proj / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('out = "generated"', 'out = "generated"\ntemplates = "mine"'), encoding="utf-8")
    assert errcodegen(proj, "check").returncode == 0  # the configured templates, as used above


def test_a_users_template_gets_the_same_escaping_discipline(tmp_path: Path) -> None:
    proj = project(tmp_path)
    (proj / "mine" / "python").mkdir(parents=True)
    (proj / "mine" / "python" / "module.py.j2").write_text("# {{ view.header|py_comment }}\nSOURCE = '{{ view.doc.source }}'\n", encoding="utf-8")
    before = snapshot(proj)
    result = errcodegen(proj, "generate", "--templates", "mine")
    assert result.returncode == 2
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("errcodegen: ") and "python/module.py.j2" in last and "unescaped" in last
    assert snapshot(proj) == before


def test_python_from_a_users_template_is_laid_out_by_black(tmp_path: Path) -> None:
    """templates/example writes its module on one line: black lays it out, in process."""
    import black

    proj = project(tmp_path)
    shutil.copytree(ROOT / "templates" / "example", proj / "mine")
    result = errcodegen(proj, "generate", "--templates", "mine")
    assert result.returncode == 0, result.stderr
    module = (proj / "generated" / "python" / "ci-error-codes" / "ci_error_codes" / "__init__.py").read_text(encoding="utf-8")
    raw = (proj / "mine" / "python" / "module.py.j2").read_text(encoding="utf-8")
    assert "\nNAMES = {\n    " in module and "NAMES = { " in raw  # one line in the template, one code a line here
    assert black.format_str(module, mode=black.Mode()) == module
    namespace: dict[str, object] = {}
    exec(compile(module, "m.py", "exec"), namespace)
    assert len(namespace["NAMES"]) > 50  # type: ignore[arg-type]


def test_a_users_template_black_cannot_parse_is_one_line_naming_it(tmp_path: Path) -> None:
    proj = project(tmp_path)
    (proj / "mine" / "python").mkdir(parents=True)
    (proj / "mine" / "python" / "module.py.j2").write_text("# {{ view.header|py_comment }}\ndef (:\n", encoding="utf-8")
    before = snapshot(proj)
    result = errcodegen(proj, "generate", "--templates", "mine")
    assert result.returncode == 2, result.stderr
    lines = [line for line in result.stderr.strip().splitlines() if ": warning: " not in line]  # the page's own warnings aside
    assert len(lines) == 1 and lines[0].startswith("errcodegen: ") and "python/module.py.j2" in lines[0] and "black" in lines[0], lines
    assert snapshot(proj) == before

@pytest.mark.slow
def test_the_wheel_installs_and_regenerates_the_repository_s_outputs(tmp_path: Path) -> None:
    """`pip wheel .`, installed into a fresh virtual environment, regenerates exactly generated/
    from a copy of pyproject.toml and source_docs/ in another folder."""
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        capture_output=True, text=True,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = wheels.glob("errcodegen-*.whl")
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=False, with_pip=True)
    python = str(env_dir / "bin" / "python")
    # The runtime dependencies are those of this environment (pinned in pyproject.toml):
    # installed from the same place pip found them for the project's own environment.
    installed = subprocess.run([python, "-m", "pip", "install", "-q", "--disable-pip-version-check", str(wheel)], capture_output=True, text=True)
    assert installed.returncode == 0, installed.stderr
    top = subprocess.run([python, "-c", "import errcodegen, sys; print(errcodegen.__file__)"], capture_output=True, text=True, cwd=tmp_path)
    assert str(env_dir) in top.stdout and "generator" not in subprocess.run(
        [python, "-m", "pip", "show", "-f", "errcodegen"], capture_output=True, text=True).stdout.split("Files:")[1]
    # The configuration's JSON Schema ships as package data, equal to what the tool makes of itself.
    shipped = subprocess.run(
        [python, "-c", "import importlib.resources as r; print(r.files('errcodegen').joinpath('config.schema.json').read_text('utf-8'), end='')"],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert shipped.returncode == 0 and shipped.stdout == (ROOT / "generator" / "config.schema.json").read_text(encoding="utf-8"), shipped.stderr
    proj = tmp_path / "elsewhere"
    proj.mkdir()
    shutil.copy(ROOT / "pyproject.toml", proj / "pyproject.toml")
    shutil.copytree(ROOT / "source_docs", proj / "source_docs")
    script = str(env_dir / "bin" / "errcodegen")
    result = subprocess.run([script, "generate"], cwd=proj, capture_output=True, text=True, env={"PATH": os.environ["PATH"], "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert snapshot(proj / "generated") == snapshot(ROOT / "generated")
    assert snapshot(proj / "source_docs") == snapshot(ROOT / "source_docs")
    assert not (tmp_path / ".cache").exists()  # no per-user cache


def test_a_users_go_template_leaves_the_built_in_python_alone(tmp_path: Path, current_doc: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder overriding only a Go template: the Python output is the built-in one, byte for
    byte, and black is never asked (only what the user's loader gave is laid out)."""
    import black

    from errcodegen.pipeline import render_all

    mine = tmp_path / "mine" / "go"
    mine.mkdir(parents=True)
    shutil.copy(by_name()["go"].folder / "templates" / "go.mod.j2", mine / "go.mod.j2")
    builtin = render_all(current_doc, enabled=("python",))

    def refuse(*args: object, **kwargs: object) -> str:
        raise AssertionError("black ran on a built-in template's output")

    monkeypatch.setattr(black, "format_str", refuse)
    users = render_all(current_doc, enabled=("python", "go"), renderer=render.Renderer(TARGETS, tmp_path / "mine"))
    assert any(rel.startswith("python/") for rel in builtin)
    assert {rel: users[rel] for rel in builtin} == builtin
