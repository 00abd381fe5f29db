"""Every target, by name: one object per output language or format (see base.py), each turning
the view of a document into {relative path: text} and writing nothing."""

from __future__ import annotations

from .base import REGISTRY, Target, view_of
from . import python, typescript, go, schema, json_model, java, rust, docs  # each registers its target, in this order

__all__ = ["TARGETS", "STRING_TARGETS", "Target", "declared_names", "type_name_problem", "view_of"]

# What generate.py runs, by name: the registered targets, each rendering pages of integer and
# of symbolic codes alike. A copy of the registry, so that replacing an entry (a test injecting
# a failure) changes what is rendered, not which options and names the configuration checks.
TARGETS: dict[str, Target] = dict(REGISTRY)
# The same table, under the name callers that render pages of symbolic codes used.
STRING_TARGETS = TARGETS


def declared_names() -> dict[str, frozenset[str]]:
    """Per output, the top-level names its modules declare, import or use, whatever the page."""
    return {name: t.all_declared() for name, t in REGISTRY.items() if t.all_declared()}


def type_name_problem(name: str) -> str | None:
    """Why a category may not take the type name `name` in some output (enabled or not), or None."""
    for target, names in declared_names().items():
        if name in names:
            return f"the {target} output declares or uses {name} itself"
    if name == "Error" or not name.endswith("Error"):
        return "the go output names a category's constants after its type's prefix: <Prefix>Error"
    return None
