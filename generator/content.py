"""File contents that are made while they are written: a 100 000-row page's outputs are tens of
megabytes each, and holding them all at once would multiply the peak memory.

A target returns, for each path, either a `str` or a `Lazy`: a function that pushes the text
in pieces to a `write` callback. Both give the same bytes; `text()` joins a Lazy for callers
that want the whole string (tests, diffs).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Callable, Iterator, Union

Emit = Callable[[str], object]


class Lazy:
    """Text made on demand, pushed in pieces to a callback."""

    __slots__ = ("produce",)

    def __init__(self, produce: Callable[[Emit], None]) -> None:
        self.produce = produce

    def emit(self, write: Emit) -> None:
        """Push the whole text, in order, to `write`."""
        self.produce(write)

    def text(self) -> str:
        """Return the whole text as one string."""
        parts: list[str] = []
        self.produce(parts.append)
        return "".join(parts)

    def __add__(self, suffix: str) -> Lazy:
        def produce(write: Emit) -> None:
            self.produce(write)
            write(suffix)

        return Lazy(produce)


Content = Union[str, Lazy]


def emit(content: Content, write: Emit) -> None:
    """Push `content` to `write`, whichever form it has."""
    if isinstance(content, str):
        write(content)
    else:
        content.emit(write)


def text(content: Content) -> str:
    """The whole text of `content`."""
    return content if isinstance(content, str) else content.text()


_LAZY: ContextVar[bool] = ContextVar("errcodegen_lazy", default=False)


@contextmanager
def lazily() -> Iterator[None]:
    """Within the block, `deliver` hands out Lazy texts (for the writer) instead of strings."""
    token = _LAZY.set(True)
    try:
        yield
    finally:
        _LAZY.reset(token)


def deliver(content: Lazy) -> Content:
    """`content` itself inside `lazily()`, else its whole text (what a direct caller expects)."""
    return content if _LAZY.get() else content.text()


def later(make: Callable[[], Content]) -> Content:
    """`make()`'s content, with the work of making it (a context, a layout) done when it is
    written rather than now: the writer's helper processes (ahead.py) can then share it. A
    direct caller (outside `lazily()`) gets the text at once."""

    def produce(write: Emit) -> None:
        with lazily():
            made = make()
        emit(made, write)

    return deliver(Lazy(produce))
