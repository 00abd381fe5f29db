"""The target boundary: every target is one object with its options, defaults and declared names,
rendering both kinds of page from one view of the document."""

from __future__ import annotations

import pytest

from errcodegen.pipeline import render_all
from errcodegen.model import Document
from errcodegen.targets import registry
from errcodegen.targets.base import KINDS, SET_KEY, Target
from errcodegen.targets.registry import by_name, view_of

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
        separately.update(target(view, named))
    assert render_all(doc) == dict(sorted(separately.items()))
    # A target called on a document renders the view it alone would see: the same files, but for
    # the docs page, which shows the identifiers of the targets its view names (none then).
    alone = {name: REGISTRY[name](doc, {}) for name in REGISTRY}
    assert {k: v for k, v in alone.items() if k != "docs"} == {name: REGISTRY[name](view, {}) for name in REGISTRY if name != "docs"}
    assert "Python: `" in str(REGISTRY["docs"](view, {})) and "Python: `" not in str(alone["docs"])


def test_a_refused_option_names_the_target(current_doc: Document) -> None:
    with pytest.raises(ValueError, match=r"^python: package 'typing' would shadow the standard library module typing$"):
        TARGETS["python"](current_doc, {"package": "typing"})
