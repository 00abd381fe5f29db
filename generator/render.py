"""The one template environment and `render_template`. No I/O but reading templates.

The targets (targets/) choose a template and its context; generate.py runs every target.

The template environment refuses to print anything that has not been through one of the
escaping filters of `escape.py` (or is a plain int or bool): a template cannot leak raw
upstream text into generated source by forgetting a filter.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

import jinja2
import jinja2.bccache

from . import escape
from .content import Content, Emit, Lazy, deliver

def _templates() -> Path:
    """The built-in templates: package data `errcodegen/templates` in an installed package
    (the top-level `templates/` of the source tree, mapped there at build time), read through
    importlib.resources; in the source tree itself, that top-level folder."""
    from importlib.resources import files

    installed = Path(str(files(__package__ or "errcodegen") / "templates"))
    return installed if installed.is_dir() else Path(__file__).resolve().parent.parent / "templates"


TEMPLATES = _templates()


class UnescapedValueError(TypeError):
    """A template tried to print a value that no escaping filter produced."""


def _finalize(value: Any) -> Any:
    if isinstance(value, escape.Escaped) or type(value) in (int, bool):
        return value
    raise UnescapedValueError(f"template printed an unescaped {type(value).__name__}: {value!r:.60}")


_FILTERS: dict[str, Callable[..., escape.Escaped]] = {
    "ident": escape.ident,
    "py_str": escape.py_str,
    "py_opt_str": escape.py_opt_str,
    "py_comment": escape.py_comment,
    "ts_str": escape.ts_str,
    "ts_opt_str": escape.ts_opt_str,
    "ts_doc": escape.ts_doc,
    "ts_comment": escape.ts_comment,
    "go_str": escape.go_str,
    "go_comment": escape.go_comment,
    "py_lit": escape.py_lit,
    "ts_lit": escape.ts_lit,
    "go_lit": escape.go_lit,
    "go_code_str": escape.go_code_str,
    "json": escape.json_value,
}


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """A cache that is only ever an optimisation: a read or write that fails is skipped."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except OSError:
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:
            pass


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Jinja's cache of compiled templates (keyed by each template's source checksum), or None.

    Compiling the templates is most of a small page's rendering time; the cache lives in
    $ERRCODEGEN_CACHE or ~/.cache/errcodegen, never in the output, and is skipped when it
    cannot be created. It changes nothing in what is rendered.
    """
    if os.environ.get("ERRCODEGEN_CACHE") == "off":
        return None
    folder = Path(os.environ.get("ERRCODEGEN_CACHE") or Path.home() / ".cache" / "errcodegen") / f"jinja-{jinja2.__version__}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return _QuietBytecodeCache(str(folder))


def environment(template_dir: Path = TEMPLATES) -> jinja2.Environment:
    """Return the one template environment: strict, no HTML autoescape, escaping filters only."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir)),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.filters.update(_FILTERS)
    return env


_ENV: jinja2.Environment | None = None


def render_template(name: str, **context: Any) -> Content:
    """Render one template of `templates/` with the shared environment, when the text is written.

    The text is pushed in batches of fragments: a 100 000-row page renders millions of them,
    and an output is never held whole unless a caller asks for `text()`.
    """
    global _ENV
    if _ENV is None:
        _ENV = environment()
    template = _ENV.get_template(name)  # loaded (and checked) now, rendered later

    def produce(write: Emit) -> None:
        batch: list[str] = []
        for chunk in template.generate(**context):
            batch.append(chunk)
            if len(batch) >= 65536:
                write("".join(batch))
                batch.clear()
        write("".join(batch))

    return deliver(Lazy(produce))


def __getattr__(name: str) -> Callable[..., dict[str, Any]]:
    """`render.render_all`, for callers of its old place: the dispatch lives in generate.py
    (which imports the targets, which import this module), so it is imported only when asked for."""
    if name == "render_all":
        from .generate import render_all

        return render_all
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
