"""What the Java tests that drive Tencent's COS Java SDK share (tests/test_java_sdk.py and the
README's SDK snippets in tests/test_readme_java.py): the SDK's classpath, resolved from Maven
Central by the test-only pom tests/java-sdk/pom.xml (`com.qcloud:cos_api` pinned there; one
Maven run, offline when the local repository already has it), and the loopback server of
tests/cos_server.py started as a process (the Java program reaches it over HTTP).
"""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path
from typing import Iterator

from .conftest import ROOT, require_tool

SDK_DIR = ROOT / "tests" / "java-sdk"
SDK_POM = SDK_DIR / "pom.xml"
CONSUMER = SDK_DIR / "SdkConsumer.java"
SERVER = ROOT / "tests" / "cos_server.py"


def sdk_classpath(out: Path) -> str:
    """The SDK and its dependencies, as a classpath: `mvn dependency:build-classpath` over the
    test-only pom, offline first (`-o`: no network when the local repository has them)."""
    mvn = require_tool("mvn")
    target = out / "sdk-classpath.txt"
    goal = ["-q", "-B", "-f", str(SDK_POM), "dependency:build-classpath", f"-Dmdep.outputFile={target}"]
    run = subprocess.run([mvn, "-o", *goal], capture_output=True, text=True, timeout=900)
    if run.returncode != 0:  # a fresh machine: resolve from Maven Central once
        run = subprocess.run([mvn, *goal], capture_output=True, text=True, timeout=900)
    assert run.returncode == 0 and target.is_file(), run.stdout + run.stderr
    return target.read_text(encoding="utf-8").strip()


@contextlib.contextmanager
def cos_server() -> Iterator[str]:
    """tests/cos_server.py as a process on 127.0.0.1; yields its `host:port` (what the SDK's
    endpoint builder takes), and stops that process (and only it) when the block ends."""
    server = subprocess.Popen([sys.executable, str(SERVER)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        yield url.removeprefix("http://")
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)
        if server.stdout is not None:
            server.stdout.close()
