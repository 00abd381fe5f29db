"""The Python snippets of the docs (docs/languages/python.md, read by tests/readme_snippets.py),
run against the generated packages from outside the repository; those that use Tencent's Python
SDK, against the loopback server of tests/cos_server.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from .conftest import ROOT, python_path
from .cos_server import serve
from .readme_snippets import snippets

SNIPPETS = snippets("python")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The loopback server's host and port (the SDK snippets' `COS_DOMAIN`)."""
    with serve() as url:
        yield url.removeprefix("http://")


def test_the_readme_has_python_snippets() -> None:
    assert len(SNIPPETS) >= 3
    assert any("from_cos_error" in s and "keep_headers" in s for s in SNIPPETS)


@pytest.mark.parametrize("index", range(len(SNIPPETS)))
def test_python_snippet_runs(tmp_path: Path, index: int, server: str) -> None:
    script = tmp_path / "snippet.py"
    script.write_text(SNIPPETS[index], encoding="utf-8")
    env = {"PYTHONPATH": python_path(ROOT / "generated" / "python"), "PATH": "/usr/bin:/bin", "PYTHONWARNINGS": "error", "PYTHONDONTWRITEBYTECODE": "1"}
    # Only loopback: the SDK snippets talk plain HTTP to the test server.
    env |= {"COS_SCHEME": "http", "COS_DOMAIN": server, "NO_PROXY": "*"}
    done = subprocess.run([sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    if "from_cos_error" in SNIPPETS[index]:
        lines = done.stdout.splitlines()
        assert lines[0].startswith("-46618 (HTTP 403): Signature authentication fails. [server message: Access Denied.; request id: ")
        assert lines[1] == "Http5xxException(code='SlowDown', status=503, request_id='NjE0ZTRiYTBfc2xvd2Rvd24')"
