"""The generated Python errors made from the official Python SDK's (cos-python-sdk-v5, PyPI), one
call each (`from_cos_error(err)`), against the loopback server of tests/cos_server.py.

The consumer (tests/python_sdk/consumer.py) is a service as a user would write it: a
`CosS3Client` pointed at the server, the hook that keeps the headers the SDK drops (X-ErrNo),
and one `from_cos_error` per failure. What each error must carry is worked out here from the
upstream pages' rows (the status received wins, see the issue), not copied from the output.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from errcodegen import config, pipeline
from errcodegen.model import Document
from errcodegen.targets import python as python_target

from .conftest import ROOT, python_path
from .cos_server import SCENARIOS, Scenario, serve

CONSUMER = ROOT / "tests" / "python_sdk"
GENERATED = ROOT / "generated" / "python"
UNKNOWN = "An error code that the upstream error-code page does not list."
ROOTS = {"ci-error-codes": "CIException", "cos-error-codes": "COSException"}
RETRYABLE_STATUSES = (429, 500, 502, 503, 504)


@pytest.fixture(scope="module")
def pages() -> dict[str, Document]:
    """The configured sets' models, as `make generate` builds them."""
    docs = pipeline.build_models(config.load(ROOT / "pyproject.toml"))
    return {d.set_name: d for d in docs if d.set_name in ROOTS}


@pytest.fixture(scope="module")
def records() -> dict[tuple[str, str], dict[str, Any]]:
    """Every scenario through the real SDK, each set's error of it, as the consumer reports it."""
    with serve() as url:
        done = subprocess.run(
            [sys.executable, str(CONSUMER / "consumer.py"), url.removeprefix("http://"), *SCENARIOS],
            cwd=CONSUMER, capture_output=True, text=True, timeout=120,
            env={"PYTHONPATH": python_path(GENERATED), "PATH": "/usr/bin:/bin", "PYTHONIOENCODING": "utf-8",
                 "PYTHONDONTWRITEBYTECODE": "1", "NO_PROXY": "*"},
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = {}
    for line in done.stdout.splitlines():
        record = json.loads(line)
        out[record["set"], record["key"]] = record
    return out


def received_code(doc: Document, scenario: Scenario, errno: bool = True) -> int | str:
    """The code an error of this set carries: on the integer page, X-ErrNo's (its raw text when
    malformed), else the body's <Code>; without either, "" (the message then starts at the status)."""
    if doc.kind == "int" and errno and scenario.errno is not None:
        text = scenario.errno.strip()
        return int(text) if re.fullmatch(r"[+-]?[0-9]{1,18}", text) else text
    return scenario.code if scenario.code is not None else ""


def expected(doc: Document, scenario: Scenario, errno: bool = True) -> dict[str, Any]:
    """What the error must be, from the page's rows: the status received wins (its rows, else the
    categories whose rows all lie in its class, else every row of the code)."""
    code = received_code(doc, scenario, errno)
    rows = [(c, e) for c, e in doc.entries() if e.code == code]
    status = scenario.status
    by_row = [c for c, e in rows if e.http_status == status]
    classes = [c for c in doc.categories if c.entries and all(
        e.http_status is not None and e.http_status // 100 == status // 100 for e in c.entries)]  # fmt: skip
    chosen = by_row or classes or [c for c, _ in rows]
    names = list(dict.fromkeys(python_target.exception_name(c.name) for c in chosen))
    matching = [e for _, e in rows if e.http_status == status]
    description = (matching or [e for _, e in rows] or [None])[0]
    text = UNKNOWN if description is None else description.description
    extras = [(label, value) for label, value in [("server message", scenario.message), ("request id", scenario.request_id),
                                                   ("trace id", scenario.trace_id)] if value]  # fmt: skip
    message = f"{code} (HTTP {status}): {text}" if code != "" else f"(HTTP {status}): {text}"
    if extras:
        message += " [" + "; ".join(f"{label}: {value}" for label, value in extras) + "]"
    retryable = status in RETRYABLE_STATUSES or any(e.http_status in (429, 503) for _, e in rows) or str(code) == "SlowDown"
    return {
        "names": names,
        "code": code,
        "typed": bool(rows),
        "status": status,
        "server_message": scenario.message,
        "request_id": scenario.request_id,
        "trace_id": scenario.trace_id,
        "fault": "server" if status >= 500 else "client",
        "retryable": retryable,
        "description": text,
        "str": message,
    }


@pytest.mark.parametrize("set_name", list(ROOTS))
@pytest.mark.parametrize("key", list(SCENARIOS))
def test_one_call_gives_the_expected_error(pages: dict[str, Document], records: dict, set_name: str, key: str) -> None:
    doc, scenario, got = pages[set_name], SCENARIOS[key], records[set_name, key]
    want = expected(doc, scenario)
    # The most specific class: each chosen category's exception catches it, no other does.
    every = {python_target.exception_name(c.name) for c in doc.categories}
    assert {n for n in got["mro"] if n in every} == set(want["names"]), got["mro"]
    if not want["names"]:
        assert got["type"] == ROOTS[set_name]
    assert ROOTS[set_name] in got["mro"]
    for field in ["code", "typed", "status", "server_message", "request_id", "trace_id", "fault", "retryable", "description", "str"]:
        assert got[field] == want[field], (field, got)
    # The cause is the SDK's own error; the debug form is one short line.
    assert got["cause"] == "CosServiceError" and got["cause_is_sdk_error"] and got["cause_status"] == scenario.status
    assert len(got["repr"]) <= 200 and "\n" not in got["repr"] and got["repr"].startswith(got["type"] + "(")


def test_the_issue_s_cases(records: dict) -> None:
    """The cases of the issue, spelled out: the rule above, on the pages as they are today."""
    sig = records["ci-error-codes", "sig-fail"]
    assert sig["type"] == "DownloadException" and sig["code"] == -46618 and sig["handled"] == "sign again"
    assert sig["str"] == ("-46618 (HTTP 403): Signature authentication fails. [server message: Access Denied.; "
                          "request id: NjE0ZTRiYTBfOTFiNDg0Ml8xOTk5; trace id: OGVmYzZiMmQzYjA2OWNh]")  # fmt: skip
    assert sig["repr"] == "DownloadException(code=-46618, status=403, request_id='NjE0ZTRiYTBfOTFiNDg0Ml8xOTk5')"
    assert records["ci-error-codes", "encrypted"]["mro"][1:3] == ["DownloadException", "FilePreviewException"]
    slow = records["cos-error-codes", "slow-down"]
    assert slow["type"] == "Http5xxException" and slow["fault"] == "server" and slow["retryable"]
    assert slow["handled"] == "retry later"
    assert records["cos-error-codes", "no-such-key"]["handled"] == "not found"
    bad = records["ci-error-codes", "bad-errno"]
    assert bad["type"] == "CIException" and bad["code"] == "abc" and bad["str"].startswith("abc (HTTP 403): " + UNKNOWN)
    empty = records["cos-error-codes", "empty-body"]
    assert empty["type"] == "Http5xxException" and empty["code"] == "" and empty["request_id"] == "NjE0ZTRiYTBfZW1wdHk"
    assert empty["trace_id"] is None and empty["server_message"] is None  # the SDK's "Unknown" is no value


@pytest.mark.parametrize("key", [k for k, s in SCENARIOS.items() if s.errno is not None])
def test_without_the_hook_x_errno_is_lost(pages: dict[str, Document], records: dict, key: str) -> None:
    """The SDK builds its error from the XML body alone: without `keep_headers` on its session,
    the integer page sees only the <Code>. This is why the hook exists."""
    got, want = records["ci-error-codes without the hook", key], expected(pages["ci-error-codes"], SCENARIOS[key], errno=False)
    assert got["code"] == want["code"] == SCENARIOS[key].code and got["type"] == "CIException"
    assert got["request_id"] == SCENARIOS[key].request_id and got["cause_is_sdk_error"]


@pytest.mark.slow
def test_mypy_strict_accepts_the_consumer() -> None:
    """The consumer as strict as a service: `mypy --strict` (tests/python_sdk/mypy.ini: the SDK
    and requests ship no types and are read as Any; the generated packages are fully typed)."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "--no-incremental", "consumer.py"],
        cwd=CONSUMER, capture_output=True, text=True, timeout=300,
        env={"MYPYPATH": python_path(GENERATED), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Success" in done.stdout


def test_the_sdk_is_the_pinned_one() -> None:
    """The version pyproject.toml pins (the SDK's source this adapter was read against)."""
    from importlib.metadata import version

    pinned = re.search(r'"cos-python-sdk-v5==([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pinned is not None and version("cos-python-sdk-v5") == pinned.group(1) == "1.9.44"


def test_only_loopback() -> None:
    with serve() as url:
        assert url.startswith("http://127.0.0.1:")
    assert Path(CONSUMER / "consumer.py").read_text(encoding="utf-8").count("Domain=domain") == 1
