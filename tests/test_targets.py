"""The target boundary: every target is one object with its options, defaults and declared names,
rendering both kinds of page from one view of the document."""

from __future__ import annotations

import pytest

from errcodegen.generate import render_all
from errcodegen.model import Document
from errcodegen.targets import TARGETS, declared_names, view_of
from errcodegen.targets.base import KINDS, REGISTRY, SET_KEY, Target


def test_the_registry_is_the_dispatch_table() -> None:
    assert list(TARGETS) == list(REGISTRY) == ["python", "typescript", "go", "schema", "json", "java", "rust", "docs"]
    assert all(isinstance(t, Target) and TARGETS[name] is t for name, t in REGISTRY.items())


@pytest.mark.parametrize("name", list(REGISTRY))
@pytest.mark.parametrize("kind", KINDS)
def test_every_option_has_a_usable_default_for_each_kind(name: str, kind: str) -> None:
    target = REGISTRY[name]
    for key in target.options:
        value = target.option({}, key, kind)
        assert target.option_problem(key, value) is None, (name, kind, key, value)


def test_declared_names_are_the_targets_own() -> None:
    assert declared_names() == {name: t.all_declared() for name, t in REGISTRY.items() if t.all_declared()}


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
    assert {name: REGISTRY[name](doc, {}) for name in REGISTRY} == {name: REGISTRY[name](view, {}) for name in REGISTRY}


def test_a_refused_option_names_the_target(current_doc: Document) -> None:
    with pytest.raises(ValueError, match=r"^python: package 'typing' would shadow the standard library module typing$"):
        TARGETS["python"](current_doc, {"package": "typing"})
