"""`python -m errcodegen ...` and the `errcodegen` script.

The command line's modules take a moment to import; a SIGINT or SIGTERM then (before
`cli.main` installs its own handling) ends the run the same way: one line, status 130 or
143, nothing written.
"""

from __future__ import annotations

import gc
import signal
import sys


class _Stopped(BaseException):
    """SIGTERM while starting."""


def _on_sigterm(signum: int, frame: object) -> None:
    raise _Stopped(signum)


# A large page makes millions of objects (its model, the outputs' contexts), nearly none of them
# in a reference cycle: at Python's default thresholds (700, 10, 10) the cycle collector ran
# about 4 800 times and took a quarter of a 100 000-row run's CPU time. Every 10 000
# allocations it still runs often enough to keep what cyclic garbage there is small.
GC_THRESHOLDS = (10_000, 20, 10)


def run() -> int:
    """Import the command line and run it; an early interrupt is one line, not a traceback."""
    signal.signal(signal.SIGTERM, _on_sigterm)
    gc.set_threshold(*GC_THRESHOLDS)  # this process's only: the library leaves its caller's as they are
    try:
        from .cli import main

        return main()
    except (KeyboardInterrupt, _Stopped) as exc:  # before (or after) main's own handling
        number = exc.args[0] if isinstance(exc, _Stopped) else int(signal.SIGINT)
        print(f"errcodegen: interrupted ({signal.Signals(number).name}); nothing was written", file=sys.stderr)
        return 128 + number


def script() -> None:
    """The `errcodegen` script and `python -m errcodegen`: `run`, then exit at once.

    Once the run is over nothing is left to do but free memory the process is about to give
    back whole: Python's own shutdown takes the interpreter through every module and object
    (about 20 ms of a 0.4 s run of the whole project). The output streams are flushed first;
    every file the run wrote is closed and synced by then.
    """
    import os

    code = run()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:  # None: started with the descriptor closed
                stream.flush()
    except (OSError, ValueError):  # a closed or broken stream (`| head`): exit as Python would
        sys.exit(code)
    os._exit(code)


if __name__ == "__main__":
    script()
