"""The Java snippets of the docs (docs/languages/java.md, read by tests/readme_snippets.py) (`<!--
tested: java -->`), each compiled with -Xlint:all -Werror against the committed generated/java
sources and run with assertions enabled (`java -ea`), so that a snippet whose `assert` fails, or
that no longer compiles, fails the test. A snippet that uses Tencent's COS Java SDK
(`com.qcloud`) is compiled against it too (the test-only pom of tests/java-sdk) and run against
the loopback server of tests/cos_server.py (`COS_ENDPOINT`); it must print what it caught."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT, require_tool
from .java_sdk import cos_server
from .readme_snippets import snippets

SNIPPETS = snippets("java")


def test_the_readme_has_java_snippets() -> None:
    assert len(SNIPPETS) >= 2
    for body in SNIPPETS:
        assert re.search(r"^public class \w+", body, re.MULTILINE), body[:200]


@pytest.fixture(scope="module")
def library(java_library: Path) -> Path:
    """Every generated Java project, compiled as the pom.xml compiles them (conftest: once a run)."""
    return java_library


@pytest.fixture(scope="module")
def sdk(java_sdk_classpath: str) -> str:
    """The COS Java SDK's classpath (conftest: one Maven run per pytest run)."""
    return java_sdk_classpath


def test_the_readme_has_java_sdk_snippets() -> None:
    assert sum("com.qcloud.cos" in body for body in SNIPPETS) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(SNIPPETS)))
def test_readme_java_snippet_compiles_and_runs(index: int, library: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    body = SNIPPETS[index]
    name = re.search(r"^public class (\w+)", body, re.MULTILINE)
    assert name, body[:200]
    source = tmp_path / f"{name.group(1)}.java"
    source.write_text(body, encoding="utf-8")
    javac, java = require_tool("javac"), require_tool("java")
    uses_sdk = "import com.qcloud." in body
    classpath = os.pathsep.join([str(library), request.getfixturevalue("sdk")]) if uses_sdk else str(library)
    built = subprocess.run([javac, "--release", "11", "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-cp", classpath,
                            "-d", str(tmp_path), str(source)], capture_output=True, text=True, timeout=300)  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    command = [java, "-ea", "-cp", os.pathsep.join([str(tmp_path), classpath]), name.group(1)]
    if not uses_sdk:
        run = subprocess.run(command, capture_output=True, timeout=120)
        assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
        return
    with cos_server() as endpoint:
        run = subprocess.run(command, capture_output=True, timeout=300, env={**os.environ, "COS_ENDPOINT": endpoint})
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-5000:]
    assert run.stdout.strip(), "the snippet caught nothing"
