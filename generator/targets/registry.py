"""Every target errcodegen renders, in order: the one list. Adding a language is one import and
one entry here (its package `targets/<name>/` holds everything else)."""

from __future__ import annotations

from . import docs, go, java, json_model, php, python, rust, schema, typescript
from ..model import Document
from ..naming import TypeNames
from ..view import View
from typing import Sequence

from .base import Target

TARGETS: tuple[Target, ...] = (
    python.TARGET,
    typescript.TARGET,
    go.TARGET,
    schema.TARGET,
    json_model.TARGET,
    java.TARGET,
    rust.TARGET,
    php.TARGET,
    docs.TARGET,
)


def by_name(targets: tuple[Target, ...] = TARGETS) -> dict[str, Target]:
    """`targets` by name (refusing two of one name)."""
    named: dict[str, Target] = {}
    for target in targets:
        if target.name in named:
            raise ValueError(f"two targets are named {target.name}")
        named[target.name] = target
    return named


def shadowed_types(targets: tuple[Target, ...] = TARGETS) -> frozenset[str]:
    """Every type name a derived category name avoids: each target's `shadowed` (built-in error
    types), and the names the targets declare that a category's could be (`<Word>Error`)."""
    declared = {n for t in targets for n in t.all_declared() if n.endswith("Error") and n != "Error" and n[:1].isupper()}
    return frozenset(declared).union(*(t.shadowed for t in targets))


def type_name_problem(name: str, targets: tuple[Target, ...] = TARGETS) -> str | None:
    """Why a category may not take the type name `name` in some output (enabled or not), or None."""
    for target in targets:  # a name an output declares first, whichever other rule it breaks
        if name in target.all_declared():
            return target.type_name_problem(name)
    for target in targets:
        problem = target.type_name_problem(name)
        if problem:
            return problem
    return None


def type_names(targets: tuple[Target, ...] = TARGETS) -> TypeNames:
    """What `targets` reserve of category type names and of code member names, for naming and
    for names files."""
    reserved = frozenset().union(*(t.reserved_members for t in targets))
    return TypeNames(shadowed_types(targets), reserved, lambda name: type_name_problem(name, targets))


def view_of(doc: Document, targets: Sequence[Target] = TARGETS) -> View:
    """The view of `doc` that `targets` (every one by default) render: a code constant may take
    no name an output declares at top level beside it; the docs page shows the identifiers of
    every target that has a `label`."""
    taken = {
        name: f"the {t.name} output's own {name}"
        for t in targets
        if t.top_level_codes
        for name in t.declared.get(doc.kind, frozenset())
    }
    return View(doc, taken, tuple(t for t in targets if t.label))
