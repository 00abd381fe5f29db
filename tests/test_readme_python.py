"""The README's Python snippets, run against the generated packages from outside the repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT
from .readme_snippets import snippets

SNIPPETS = snippets("python")


def test_the_readme_has_python_snippets() -> None:
    assert len(SNIPPETS) >= 2


@pytest.mark.parametrize("index", range(len(SNIPPETS)))
def test_python_snippet_runs(tmp_path: Path, index: int) -> None:
    script = tmp_path / "snippet.py"
    script.write_text(SNIPPETS[index], encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT / "generated" / "python"), "PATH": "/usr/bin:/bin", "PYTHONWARNINGS": "error", "PYTHONDONTWRITEBYTECODE": "1"}
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
