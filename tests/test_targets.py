"""The target boundary: each registered target is enabled on its own by a set's `targets`, has
usable option defaults, and renders both kinds of page from one view of the document."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from errcodegen import cli
from errcodegen.pipeline import render_all
from errcodegen.model import Document
from errcodegen.targets import registry
from errcodegen.targets.base import KINDS, SET_KEY, Target
from errcodegen.targets.registry import by_name, view_of

from .conftest import render

REGISTRY = TARGETS = by_name()


def test_every_target_package_is_in_the_registry() -> None:
    """A folder `targets/<name>/` with a `TARGET` is listed (once) in registry.py, and its target
    is named after the folder's templates (`<name>/<file>.j2`)."""
    import importlib
    from pathlib import Path

    folder = Path(registry.__file__).parent
    packages = sorted(p.name for p in folder.iterdir() if (p / "__init__.py").is_file())
    found = [importlib.import_module(f"errcodegen.targets.{p}").TARGET for p in packages]
    assert all(isinstance(t, Target) for t in found)
    assert sorted(map(id, found)) == sorted(map(id, registry.TARGETS))
    for target in registry.TARGETS:
        if (target.folder / "templates").is_dir():
            assert target.folder.name == target.name, target.folder


CASES = Path(__file__).resolve().parent / "cases"


def _generate(project: Path, targets: list[str] | None, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """`errcodegen generate` on a copy of the golden case bilingual, with `targets` (None: the
    default); what it wrote under out/, manifest left out."""
    shutil.copytree(CASES / "bilingual", project, ignore=shutil.ignore_patterns("expected"))
    config = project / "pyproject.toml"
    text = re.sub(r"\ntargets = \[.*\]\n", "\n", config.read_text(encoding="utf-8"))
    if targets is not None:
        text += "targets = [" + ", ".join(f'"{t}"' for t in targets) + "]\n"
    config.write_text(text, encoding="utf-8")
    monkeypatch.chdir(project)
    assert cli.main(["generate"]) == 0
    out = project / "out"
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file() and p.name != "errcodegen-manifest.json"}


def test_each_target_alone_writes_its_own_files_as_it_does_among_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A set's `targets` enables each registered target on its own: it writes under its own folder
    only, the same bytes as when every target runs, and the default is every one of them."""
    everything = _generate(tmp_path / "all", None, monkeypatch)
    alone: dict[str, bytes] = {}
    for name in REGISTRY:
        files = _generate(tmp_path / name, [name], monkeypatch)
        assert files and {rel.split("/")[0] for rel in files} == {name}, (name, sorted(files))
        alone.update(files)
    assert alone == everything
    assert _generate(tmp_path / "none", [], monkeypatch) == {}
    capsys.readouterr()


@pytest.mark.parametrize("name", list(REGISTRY))
@pytest.mark.parametrize("kind", KINDS)
def test_every_option_has_a_usable_default_for_each_kind(name: str, kind: str) -> None:
    target = REGISTRY[name]
    for key in target.options:
        value = target.option({}, key, kind)
        assert target.option_problem(key, value) is None, (name, kind, key, value)


@pytest.mark.parametrize("which", ["main", "job"])
def test_render_all_is_every_target_on_one_view(which: str, current_doc: Document) -> None:
    if which == "job":
        from errcodegen import config, pipeline
        from tests.conftest import ROOT

        doc = pipeline.build_models(config.load(ROOT / "pyproject.toml"))[1]
        assert doc.kind == "string"
    else:
        doc = current_doc
    view = view_of(doc)
    separately: dict[str, object] = {}
    named = {SET_KEY: doc.set_name} if doc.set_name else {}  # what render_all hands every target
    for target in REGISTRY.values():
        separately.update(render(target, view, named))
    assert render_all(doc) == dict(sorted(separately.items()))
    # A target called on a document renders the view it alone would see: the same files, but for
    # the docs page, which shows the identifiers of the targets its view names (none then).
    alone = {name: render(REGISTRY[name], doc, {}) for name in REGISTRY}
    assert {k: v for k, v in alone.items() if k != "docs"} == {name: render(REGISTRY[name], view, {}) for name in REGISTRY if name != "docs"}
    assert "Python: `" in str(render(REGISTRY["docs"], view, {})) and "Python: `" not in str(alone["docs"])


def test_a_refused_option_names_the_target(current_doc: Document) -> None:
    with pytest.raises(ValueError, match=r"^python: package 'typing' would shadow the standard library module typing$"):
        render(TARGETS["python"], current_doc, {"package": "typing"})
