"""The README's Java snippets (`<!-- tested: java -->`), each compiled with -Xlint:all -Werror
against the committed generated/java sources and run with assertions enabled (`java -ea`), so
that a snippet whose `assert` fails, or that no longer compiles, fails the test."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from . import roundtrip
from .conftest import ROOT, require_tool
from .readme_snippets import snippets

SNIPPETS = snippets("java")


def test_the_readme_has_java_snippets() -> None:
    assert len(SNIPPETS) >= 2
    for body in SNIPPETS:
        assert re.search(r"^public class \w+", body, re.MULTILINE), body[:200]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both generated Java projects, compiled as the pom.xml compiles them."""
    javac = require_tool("javac")
    out = tmp_path_factory.mktemp("java-lib")
    sources = sorted(str(p) for p in (ROOT / "generated" / "java").rglob("*.java"))
    built = subprocess.run([javac, *roundtrip.JAVAC_FLAGS, "-d", str(out), *sources], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    return out


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(SNIPPETS)))
def test_readme_java_snippet_compiles_and_runs(index: int, library: Path, tmp_path: Path) -> None:
    body = SNIPPETS[index]
    name = re.search(r"^public class (\w+)", body, re.MULTILINE)
    assert name, body[:200]
    source = tmp_path / f"{name.group(1)}.java"
    source.write_text(body, encoding="utf-8")
    javac, java = require_tool("javac"), require_tool("java")
    built = subprocess.run([javac, "--release", "11", "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-cp", str(library),
                            "-d", str(tmp_path), str(source)], capture_output=True, text=True, timeout=300)  # fmt: skip
    assert built.returncode == 0, built.stdout + built.stderr
    run = subprocess.run([java, "-ea", "-cp", os.pathsep.join([str(tmp_path), str(library)]), name.group(1)], capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
