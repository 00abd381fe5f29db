"""`python -m errcodegen ...` and the `errcodegen` script.

The command line's modules take a moment to import; a SIGINT or SIGTERM then (before
`cli.main` installs its own handling) ends the run the same way: one line, status 130 or
143, nothing written.
"""

from __future__ import annotations

import signal
import sys


class _Stopped(BaseException):
    """SIGTERM while starting."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Stopped(signum)


def run() -> int:
    """Import the command line and run it; an early interrupt is one line, not a traceback."""
    signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        from .cli import main

        return main()
    except (KeyboardInterrupt, _Stopped) as exc:  # before (or after) main's own handling
        number = exc.args[0] if isinstance(exc, _Stopped) else int(signal.SIGINT)
        print(f"errcodegen: interrupted ({signal.Signals(number).name}); nothing was written", file=sys.stderr)
        return 128 + number


if __name__ == "__main__":
    sys.exit(run())
