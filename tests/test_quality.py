"""The generator's own code: mypy --strict clean."""

from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_generator_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "generator"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
