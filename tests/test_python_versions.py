"""The generated Python packages on every CPython from 3.9 (issue 20): each interpreter the
machine has (pyenv's 3.9 to 3.13) imports and uses all four sets' packages through
tests/python_versions/consumer.py, and mypy --strict --python-version 3.9 accepts the packages
and that consumer. A missing interpreter is skipped on a developer's machine and fails under
CI=true (the project's machines have them all)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from .conftest import ROOT

VERSIONS = ("3.9", "3.10", "3.11", "3.12", "3.13")
HERE = ROOT / "tests" / "python_versions"
PACKAGES = ("ci_error_codes", "ci_media_processing_errors", "cos_error_codes", "cos_ci_error_codes")

# What the consumer prints: worked out from the pages (SlowDown is a 5xx answer here, and
# throttling; -3006 is in two categories; a malformed X-ErrNo is the unknown error) and from
# the one message format of issue 19.
EXPECTED = [
    "str: SlowDown",
    "format:   SlowDown|",
    "equal: True",
    "from value: NO_SUCH_KEY",
    "cos: Http5xxException True server SlowDown (HTTP 503): The access frequency should be slowed down"
    " [server message: Reduce your rate.; request id: r1]",
    "typed: True",
    "pickled: Http5xxException r1",
    "raised: NoSuchKey",
    "ci: DownloadException -46618 (HTTP 403): Signature authentication fails. [request id: r2]",
    "shared: True",
    "malformed: CIException(code='abc', status=502)",
    "member: Signature authentication fails.",
    "job: Http5xxException server",
    "cos ci: ImageDownloadException",
]


def interpreter(version: str) -> str | None:
    """CPython `version` from pyenv or PATH, if this machine has it."""
    candidates = sorted(str(p) for p in Path.home().glob(f".pyenv/versions/{version}.*/bin/python{version}"))
    found = shutil.which(f"python{version}")
    for candidate in candidates + ([found] if found else []):
        done = subprocess.run([candidate, "-c", "import sys; print('%d.%d' % sys.version_info[:2])"], capture_output=True, text=True)
        if done.stdout.strip() == version:
            return candidate
    return None


def need(version: str) -> str:
    python = interpreter(version)
    if python is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CPython {version} is missing: the project's machines have 3.9 to 3.13 (pyenv versions)")
        pytest.skip(f"no CPython {version} on this machine")
    return python


def package_path() -> str:
    """The folders that hold the generated packages (each package's parent), for PYTHONPATH."""
    parents = sorted({str(p.parent.parent) for p in (ROOT / "generated" / "python").glob("**/__init__.py") if p.parent.name in PACKAGES})
    assert len(parents) >= 1 and all(any((Path(d) / name).is_dir() for d in parents) for name in PACKAGES)
    return os.pathsep.join(parents)


@pytest.mark.parametrize("version", VERSIONS)
def test_every_set_s_package_works_on(version: str) -> None:
    python = need(version)
    done = subprocess.run(
        [python, "-B", str(HERE / "consumer.py")], capture_output=True, text=True,
        env={"PYTHONPATH": package_path(), "PATH": os.environ.get("PATH", ""), "PYTHONIOENCODING": "utf-8"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == EXPECTED


def test_the_generated_packages_declare_python_3_9() -> None:
    for project in (ROOT / "generated" / "python").glob("**/pyproject.toml"):
        assert 'requires-python = ">=3.9"' in project.read_text(encoding="utf-8"), project


@pytest.mark.slow
def test_mypy_strict_for_python_3_9_accepts_the_packages_and_their_use(tmp_path: Path) -> None:
    """mypy 2 checks 3.10 and later only: the newest mypy that checks 3.9 (pinned in
    tests/python_versions/requirements.txt) runs in a 3.9 virtual environment kept under build/.
    It checks the consumer and, following its imports through MYPYPATH, every package it uses."""
    python = need("3.9")
    env_dir = ROOT / "build" / "py39-mypy"
    requirements = HERE / "requirements.txt"
    stamp = env_dir / "installed.txt"
    if not stamp.is_file() or stamp.read_text(encoding="utf-8") != requirements.read_text(encoding="utf-8"):
        shutil.rmtree(env_dir, ignore_errors=True)
        subprocess.run([python, "-m", "venv", str(env_dir)], check=True)
        installed = subprocess.run([str(env_dir / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                                    "-r", str(requirements)], capture_output=True, text=True)  # fmt: skip
        assert installed.returncode == 0, installed.stderr
        stamp.write_text(requirements.read_text(encoding="utf-8"), encoding="utf-8")
    checked = subprocess.run(
        [str(env_dir / "bin" / "python"), "-m", "mypy", "--strict", "--python-version", "3.9", "--no-incremental",
         "--cache-dir", str(tmp_path / "cache"), str(HERE / "consumer.py")],
        capture_output=True, text=True, env={**os.environ, "MYPYPATH": package_path()}, cwd=tmp_path,
    )  # fmt: skip
    assert checked.returncode == 0, checked.stdout + checked.stderr
