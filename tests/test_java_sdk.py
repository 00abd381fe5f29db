"""Java against Tencent's own COS Java SDK (`com.qcloud:cos_api` 5.6.265 from Maven Central,
pinned in the test-only tests/java-sdk/pom.xml; the generated projects depend on nothing).

tests/java-sdk/SdkConsumer.java drives a real `COSClient` (HTTP, an endpoint builder pointing
at the loopback server of tests/cos_server.py) for every scenario of that server, and turns each
`CosServiceException` into the generated errors in one call: `COSErrors.fromException(e)` (the
COS set, symbolic `<Code>`s) and `CIErrors.fromException(e)` (the CI set, `X-ErrNo` codes, which
that SDK keeps in no exception: a `RetryPolicy`, which the SDK hands the raw response, copies
the header into the exception's additional details). It then calls the factories on malformed
and odd input (none may throw). It is compiled with `javac -Xlint:all -Werror` against the
committed generated/java sources (compiled with the strict flags of their pom).

What each error must say is worked out here from the pages' rows (the status-wins rule of
issue 19), not copied from the output. One Maven run (the SDK's classpath), one javac, one java.
"""

from __future__ import annotations

import json
import os
import subprocess
from http import HTTPStatus
from pathlib import Path
from typing import Any

import pytest

from errcodegen import config, pipeline
from errcodegen.model import Document
from errcodegen.view import RETRYABLE_STATUSES, View

from . import roundtrip
from .conftest import ROOT, require_tool
from .cos_server import SCENARIOS, Scenario
from .java_sdk import CONSUMER, UNKNOWN, cos_server, expected_categories, expected_description, integer, rows_of


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    cfg = config.load(ROOT / "pyproject.toml")
    return dict(zip((s.name for s in cfg.sets), pipeline.build_models(cfg)))


def expected(doc: Document, raw: str | None, status: int | None, message: str | None, request: str | None,
             trace: str | None) -> dict[str, Any]:  # fmt: skip
    rows = rows_of(doc, raw)
    text = expected_description(doc, raw, status)
    extras = [f"{k}: {v}" for k, v in (("server message", message), ("request id", request), ("trace id", trace)) if v]
    head = " ".join(p for p in (raw or "", f"(HTTP {status})" if status is not None else "") if p)
    line = (f"{head}: " if head else "") + text
    server = status >= 500 if status is not None else False
    retryable = status in RETRYABLE_STATUSES or (raw is not None and (integer(raw) if doc.kind == "int" else raw) in View(doc).retryable_codes)
    out: dict[str, Any] = {
        "raw": raw, "status": status, "server_message": message, "request_id": request, "trace_id": trace,
        "fault": "server" if server else "client", "server_fault": server, "retryable": retryable,
        "categories": expected_categories(doc, raw, status), "description": text,
        "message": line + (f" [{'; '.join(extras)}]" if extras else ""), "cause": True,
    }  # fmt: skip
    if doc.kind == "int":
        out.update(type="CIException", code=integer(raw), rows=len({c.id for c, _ in rows}))
    else:
        out.update(type="COSException", code=raw or "", constant=rows[0][1].name if rows else None, rows=len(rows))
    return out


def sdk_view(s: Scenario) -> tuple[str | None, str | None, str | None]:
    """What the SDK's exception holds of a scenario: its code (none without an error body: the
    SDK's stand-in "500 Internal Server Error" is no code), message (the status line's reason
    without a body) and X-ErrNo (through the RetryPolicy)."""
    if s.code is None:
        return None, HTTPStatus(s.status).phrase, s.errno
    return s.code, s.message, s.errno


@pytest.fixture(scope="module")
def consumer_output(tmp_path_factory: pytest.TempPathFactory, java_library: Path, java_sdk_classpath: str) -> dict[str, Any]:
    """The consumer against the generated projects (compiled once, conftest) and the SDK."""
    javac, java = require_tool("javac"), require_tool("java")
    out = tmp_path_factory.mktemp("java-sdk")
    sdk, lib = java_sdk_classpath, java_library
    classes = out / "classes"
    classpath = os.pathsep.join([str(lib), sdk])
    compiled = subprocess.run([javac, "--release", "11", "-Xlint:all", "-Werror", "-encoding", "UTF-8", "-cp", classpath,
                               "-d", str(classes), str(CONSUMER), str(roundtrip.JAVA_READER)],
                              capture_output=True, text=True, timeout=600)  # fmt: skip
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    with cos_server() as endpoint:
        run = subprocess.run([java, "-cp", os.pathsep.join([str(classes), classpath]), "SdkConsumer", endpoint, *SCENARIOS],
                             capture_output=True, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-5000:]
    got: dict[str, Any] = json.loads(run.stdout.decode("ascii"))
    return got


@pytest.mark.slow
@pytest.mark.parametrize("key", sorted(SCENARIOS))
def test_one_call_turns_the_sdks_exception_into_the_expected_error(key: str, consumer_output: dict[str, Any],
                                                                    docs: dict[str, Document]) -> None:  # fmt: skip
    s = SCENARIOS[key]
    code, message, errno = sdk_view(s)
    got = consumer_output[key]
    # The COS set reads the body's <Code>; the CI set X-ErrNo when the response has one.
    assert got["cos"] == expected(docs["cos-error-codes"], code, s.status, message, s.request_id, s.trace_id)
    raw = errno.strip() if errno is not None else code
    assert got["ci"] == expected(docs["ci-error-codes"], raw, s.status, message, s.request_id, s.trace_id)


@pytest.mark.slow
def test_the_scenarios_cover_issue_19(consumer_output: dict[str, Any]) -> None:
    cos = {k: v["cos"] for k, v in consumer_output.items() if k in SCENARIOS}
    ci = {k: v["ci"] for k, v in consumer_output.items() if k in SCENARIOS}
    assert ci["sig-fail"]["code"] == -46618 and ci["sig-fail"]["categories"] == ["download"]
    assert ci["sig-fail"]["message"].startswith("-46618 (HTTP 403): Signature authentication fails. [server message: Access Denied.; request id: ")
    assert ci["encrypted"]["categories"] == ["download", "file_preview"]  # one code, two categories
    assert ci["unknown-errno"]["categories"] == [] and ci["unknown-errno"]["code"] == -99999
    assert ci["bad-errno"]["code"] is None and ci["bad-errno"]["message"].startswith("abc (HTTP 403): " + UNKNOWN)
    # SlowDown with 503 is the 5xx category's, a server fault and retryable; so is an empty 500.
    assert cos["slow-down"]["categories"] == ["http_5xx"] and cos["slow-down"]["retryable"] and cos["slow-down"]["fault"] == "server"
    assert cos["empty-body"]["categories"] == ["http_5xx"] and cos["empty-body"]["code"] == ""
    assert cos["unknown-code"]["categories"] == ["http_4xx"] and cos["unknown-code"]["constant"] is None
    assert cos["no-such-key"]["constant"] == "NO_SUCH_KEY" and not cos["no-such-key"]["retryable"]
    assert all(v["cause"] for v in [*cos.values(), *ci.values()])


@pytest.mark.slow
def test_the_factories_never_throw_and_read_every_header_shape(consumer_output: dict[str, Any]) -> None:
    f = consumer_output["factories"]
    # Map<String, List<String>>, names in any case, the first value read.
    assert (f["list headers"]["code"], f["list headers"]["request_id"], f["list headers"]["categories"]) == (-46618, "r-1", ["download"])
    # Map<String, String>: X-ErrNo wins over the code argument; an empty request id reads the headers.
    assert (f["string headers"]["raw"], f["string headers"]["request_id"], f["string headers"]["trace_id"]) == ("-3006", "r-ci", "t-1")
    assert f["null key"]["code"] == -46618  # a null key skipped, a null first value skipped
    assert f["unreadable"]["code"] == -46618 and f["unreadable"]["request_id"] is None  # a map that throws: no headers
    for key in ("nothing", "no error", "plain error"):
        assert f[key]["raw"] is None and f[key]["status"] is None and f[key]["message"] == UNKNOWN
    assert f["plain error"]["cause"] and f["no error"]["categories"] == []
    assert f["bad status"]["status"] is None and f["bad status"]["raw"] == "NoSuchKey" and f["bad status"]["fault"] == "client"
    assert f["huge errno"]["code"] is None and f["huge errno"]["raw"] == "-99999999999"  # beyond the code's type: unknown
    assert f["wrapped"]["raw"] == "AccessDenied" and f["wrapped"]["cause"]  # found along the causes, the wrapper kept
    assert f["builder"]["categories"] == ["http_5xx"] and f["builder"]["retryable"] and f["builder"]["trace_id"] == "t-b"
    assert f["raise abc"]["raw"] == "abc" and f["raise abc"]["code"] is None  # raiseForHeader throws ours, not IllegalArgumentException
    assert f["debug"] <= 200
