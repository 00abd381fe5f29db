"""The pre-commit hooks of .pre-commit-hooks.yaml, run by `pre-commit try-repo` in a consumer project.

try-repo clones the hook repository, so the test commits a copy of this project (its tracked
and untracked, not ignored, files) into a temporary git repository first. pre-commit then
installs it into a fresh virtual environment with pip (from the package index).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGE = Path(__file__).resolve().parent / "upstream_pages" / "ci-error-codes.en.md"
GIT = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false"]
CONFIG = """[tool.errcodegen]
out = "generated"
source = "docs/ci-error-codes.en.md"
names = "docs/names.toml"
targets = ["python", "json"]
"""


def _commit_all(repo: Path) -> None:
    subprocess.run([*GIT, "init", "-q"], cwd=repo, check=True)
    subprocess.run([*GIT, "add", "-A"], cwd=repo, check=True)
    subprocess.run([*GIT, "commit", "-q", "-m", "snapshot"], cwd=repo, check=True)


def _hook_repo(tmp: Path) -> Path:
    """A committed copy of this project as it is now (uncommitted changes included)."""
    repo = tmp / "errcodegen-hooks"
    listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    for rel in filter(None, listed.decode().split("\0")):
        source = ROOT / rel
        if source.is_file():
            (repo / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, repo / rel)
    _commit_all(repo)
    return repo


@pytest.mark.slow
def test_check_hook_passes_when_up_to_date_and_fails_when_stale(tmp_path: Path) -> None:
    hooks = _hook_repo(tmp_path)
    consumer = tmp_path / "consumer"
    (consumer / "docs").mkdir(parents=True)
    (consumer / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    shutil.copy(PAGE, consumer / "docs" / "ci-error-codes.en.md")
    made = subprocess.run([sys.executable, "-m", "errcodegen", "generate"], cwd=consumer, capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    (consumer / ".gitignore").write_text(".errcodegen.lock\n", encoding="utf-8")
    _commit_all(consumer)
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"), "PRE_COMMIT_COLOR": "never"}
    command = [sys.executable, "-m", "pre_commit", "try-repo", str(hooks), "errcodegen-check", "--all-files"]
    fresh = subprocess.run(command, cwd=consumer, capture_output=True, text=True, env=env)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "errcodegen check" in fresh.stdout and "Passed" in fresh.stdout
    # The page changes, generated/ does not: the hook fails, with the diff.
    page = consumer / "docs" / "ci-error-codes.en.md"
    page.write_bytes(page.read_bytes().replace(b"Signature authentication fails", b"Signature check fails", 1))
    subprocess.run([*GIT, "add", "-A"], cwd=consumer, check=True)
    stale = subprocess.run(command, cwd=consumer, capture_output=True, text=True, env=env)
    assert stale.returncode == 1, stale.stdout + stale.stderr
    assert "Failed" in stale.stdout and "Signature check fails" in stale.stdout
