"""What the Java tests that drive Tencent's COS Java SDK share (tests/test_java_sdk.py and the
README's SDK snippets in tests/test_readme_java.py): the SDK's classpath, resolved from Maven
Central by the test-only pom tests/java-sdk/pom.xml (`com.qcloud:cos_api` pinned there; one
Maven run, offline when the local repository already has it), and the loopback server of
tests/cos_server.py started as a process (the Java program reaches it over HTTP).
"""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys
from pathlib import Path
from typing import Iterator

from errcodegen.model import Category, Document, Entry

from .conftest import ROOT, require_tool

SDK_DIR = ROOT / "tests" / "java-sdk"
SDK_POM = SDK_DIR / "pom.xml"
CONSUMER = SDK_DIR / "SdkConsumer.java"
SERVER = ROOT / "tests" / "cos_server.py"
UNKNOWN = "An error code that the upstream error-code page does not list."
INT32 = re.compile(r"[+-]?[0-9]{1,18}")


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


# Issue 19's rule, from a page's rows (what the generated errors must agree with).


def integer(raw: str | None) -> int | None:
    """The code of an integer page: an optional sign and digits, within 32 bits (the CI set's type)."""
    if raw is None or not INT32.fullmatch(raw.strip()):
        return None
    value = int(raw.strip())
    return value if -(2**31) <= value < 2**31 else None


def rows_of(doc: Document, raw: str | None) -> list[tuple[Category, Entry]]:
    key: int | str | None = integer(raw) if doc.kind == "int" else raw
    return [(c, e) for c, e in doc.entries() if key is not None and e.code == key]


def status_class(c: Category) -> int | None:
    classes = {e.http_status // 100 for e in c.entries if e.http_status is not None}
    return classes.pop() if len(classes) == 1 and all(e.http_status is not None for e in c.entries) else None


def expected_categories(doc: Document, raw: str | None, status: int | None) -> list[str]:
    """Issue 19's rule: the rows with the status received; else the categories of its class;
    else every row's; else none."""
    rows = rows_of(doc, raw)
    if status is not None:
        hit = {c.id for c, e in rows if e.http_status == status}
        if hit:
            return [c.id for c in doc.categories if c.id in hit]
        in_class = [c.id for c in doc.categories if status_class(c) == status // 100]
        if in_class:
            return in_class
    ids = {c.id for c, _ in rows}
    return [c.id for c in doc.categories if c.id in ids]


def expected_description(doc: Document, raw: str | None, status: int | None) -> str:
    """The page's text: the first row with the status received, else the code's first row."""
    rows = [e for _, e in rows_of(doc, raw)]
    matching = [e for e in rows if status is not None and e.http_status == status]
    return (matching or rows)[0].description if rows else UNKNOWN
