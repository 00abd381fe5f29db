"""`python -m errcodegen.targets.compile`: refresh every registered target's precompiled
templates (its `_compiled/` folder; render.py loads them while their sources are unchanged).
`make generate` runs it. A command of the targets layer: it reads the registry, which render.py
does not know."""

from __future__ import annotations

import sys

from ..render import compile_builtin
from .registry import TARGETS


def main(argv: list[str]) -> int:
    if argv:
        print("usage: python -m errcodegen.targets.compile", file=sys.stderr)
        return 2
    compile_builtin(TARGETS)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
