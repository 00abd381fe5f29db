"""Generate(document, options) -> {path: text}: the view of the document, rendered by every
enabled target (see targets/). No I/O."""

from __future__ import annotations

from typing import Any

from .content import Content, lazily, text
from .model import Document
from .targets import TARGETS, view_of
from .targets.base import SET_KEY
from .view import View


def render_all(
    doc: Document,
    options: dict[str, Any] | None = None,
    enabled: tuple[str, ...] | None = None,
    lazy: bool = False,
    out: str | None = None,
    view: View | None = None,
) -> dict[str, Any]:
    """Return every output file of `doc`: {path relative to the output folder: text}.

    `out` is the output folder relative to the project root (POSIX, "" for the root), handed to
    the targets that must know where they are written (`Target.located`); None: their default.

    With `lazy`, a large text is a `Lazy`, made only when it is written (see content.py).
    `view` is `doc`'s view when the caller has made it already (shared by every target).
    """
    options = options or {}
    view = view or view_of(doc)  # built once, shared by every target
    files: dict[str, Content] = {}
    for name, target in TARGETS.items():
        if enabled is not None and name not in enabled:
            continue
        with lazily():
            given = {**options.get(name, {}), **({SET_KEY: doc.set_name} if doc.set_name else {})}
            made = target(view, {**given, "out": out} if getattr(target, "located", False) and out is not None else given)
        for path, content in made.items():
            if path in files:
                raise ValueError(f"two targets write {path}")
            files[path] = content if lazy else text(content)
    return dict(sorted(files.items()))
