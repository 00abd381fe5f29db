"""Rust and Tencent's services: a consumer crate (tests/rust_sdk, its Cargo.lock committed, a
plain HTTP client pinned from crates.io: ureq) asks the loopback server of tests/cos_server.py
(started here as a process) for every scenario, and turns each failed response into the
generated `CosError` (COS's symbolic codes, the `<Code>`) and `CiError` (CI's integer codes,
`X-ErrNo`) in one builder call each, the client's error as the cause.

What each error must be is worked out here from the page's rows by the rule of issue 19 (the
status received wins, then its status class, then every row; fault and retryable), not copied
from the crate's output. The consumer is held to `clippy -D warnings -W clippy::pedantic`;
builder probes (every code of both pages with several statuses) and malformed inputs (headers
that are not UTF-8, broken XML, bad entities) run without a server and never panic.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from errcodegen import config, pipeline
from errcodegen.model import Document
from errcodegen.view import RETRYABLE_STATUSES, View

from . import rust_readback as rb
from .conftest import ROOT
from .cos_server import SCENARIOS, Scenario
from .test_go import readable

CONSUMER = ROOT / "tests" / "rust_sdk"
UNKNOWN = "An error code that the upstream error-code page does not list."
STATUSES = (None, 400, 403, 404, 429, 500, 503)


@pytest.fixture(scope="module")
def views() -> dict[str, View]:
    docs: list[Document] = pipeline.build_models(config.load(ROOT / "pyproject.toml"))
    return {d.set_name: View(d) for d in docs if d.set_name in ("cos-error-codes", "ci-error-codes")}


def errno(value: str | None) -> tuple[int | None, str | None]:
    """(the integer code, the code as shown) of an `X-ErrNo` value, as the crate reads it."""
    text = (value or "").strip(" \t\r\n")
    if not text:
        return None, None
    digits = text[1:] if text[:1] in "+-" else text
    if 0 < len(digits) <= 18 and digits.isascii() and digits.isdigit():
        return int(text), str(int(text))
    return None, text


def expected(view: View, code: int | str | None, shown: str | None, status: int | None, extras: dict[str, str | None]) -> dict[str, Any]:
    """The error the page's rows make of `code` answered with `status` (issue 19's rule)."""
    rows = [(c.id, e) for c, e in view.model.entries() if code is not None and e.code == code]
    chosen: list[str] = []
    if status is not None:
        chosen = [cid for cid, e in rows if e.http_status == status]
        if not chosen:
            chosen = [c.id for c in view.categories if view.status_classes.get(c.id) == status // 100]
    if not chosen:
        chosen = [cid for cid, _ in rows]
    categories = [c.id for c in view.categories if c.id in chosen]
    matching = [e for _, e in rows if status is not None and e.http_status == status]
    description = readable(matching[0].description if matching else rows[0][1].description if rows else UNKNOWN)
    if status is not None:
        fault = "server" if status >= 500 else "client"
    else:
        fault = "server" if any(view.status_classes.get(c) == 5 for c in categories) else "client"
    retryable = status in RETRYABLE_STATUSES or (code is not None and code in view.retryable_codes)
    head = (shown or "") + (f"{' ' if shown else ''}(HTTP {status})" if status is not None else "")
    labels = (("server message", "server_message"), ("request id", "request_id"), ("trace id", "trace_id"))
    more = "; ".join(f"{label}: {extras[key]}" for label, key in labels if extras.get(key))
    return {
        "display": (f"{head}: " if head else "") + description + (f" [{more}]" if more else ""),
        "status": status,
        "fault": fault,
        "retryable": retryable,
        "categories": categories,
        **extras,
    }


def scenario_extras(s: Scenario) -> dict[str, str | None]:
    return {"server_message": s.message, "request_id": s.request_id, "trace_id": s.trace_id}


def check_common(got: dict[str, Any], want: dict[str, Any], what: str) -> None:
    for key, value in want.items():
        assert got[key] == value, f"{what}: {key}: got {got[key]!r}, want {value!r}"
    debug = got["debug"]
    assert "\n" not in debug and len(debug) <= 200, f"{what}: Debug is long: {debug!r}"


def cargo_online(args: list[str], **kw: Any) -> subprocess.CompletedProcess[str]:
    """cargo in the consumer crate, which may fetch its pinned dependencies (`--locked`)."""
    env = {k: v for k, v in rb.cargo_env().items() if k != "CARGO_NET_OFFLINE"}
    return subprocess.run([rb.require_cargo(), *args], cwd=CONSUMER, capture_output=True, text=True, env=env, timeout=1200, **kw)


def test_the_consumer_is_pinned_and_depends_on_the_generated_crates() -> None:
    manifest = (CONSUMER / "Cargo.toml").read_text(encoding="utf-8")
    assert 'ureq = { version = "=3.5.2", default-features = false }' in manifest
    assert 'path = "../../generated/rust/cos-error-codes"' in manifest and 'path = "../../generated/rust/ci-error-codes"' in manifest
    lock = (CONSUMER / "Cargo.lock").read_text(encoding="utf-8")
    assert 'name = "ureq"\nversion = "3.5.2"' in lock


@pytest.mark.slow
def test_a_plain_http_client_gets_every_scenario_as_the_generated_errors(views: dict[str, View], tmp_path: Path) -> None:
    lint = cargo_online(["clippy", "--locked", "-q", "--", "-D", "warnings", "-W", "clippy::pedantic"])
    assert lint.returncode == 0, lint.stderr[-5000:]
    fmt = cargo_online(["fmt", "--check"])
    assert fmt.returncode == 0, fmt.stdout[-3000:]
    cos, ci = views["cos-error-codes"], views["ci-error-codes"]
    probes = [("cos", status, k.code) for k in cos.codes for status in STATUSES]
    probes += [("cos", status, "NoSuchCode") for status in STATUSES]
    ci_codes = sorted({e.code for _, e in ci.model.entries()}, key=str)
    probes += [("ci", status, str(code)) for code in ci_codes for status in STATUSES[:2]]
    probes += [("ci", status, value) for value in ("-99999", " +12 ", "abc", "") for status in (None, 503)]
    stdin = "".join(f"{s}\t{'' if st is None else st}\t{c}\n" for s, st, c in probes)
    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "cos_server.py")], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        run = cargo_online(["run", "--locked", "-q", "--", url, *SCENARIOS], input=stdin)
    finally:
        server.terminate()
        server.wait(10)
    assert run.returncode == 0, run.stderr[-5000:]
    lines = run.stdout.splitlines()
    got = [json.loads(line.split(" ", 1)[1]) for line in lines if line.startswith("SCENARIO ")]
    assert [g["key"] for g in got] == list(SCENARIOS)
    for g in got:
        s = SCENARIOS[g["key"]]
        status_text = f"http status: {s.status}"
        # COS: the body's <Code>
        want = expected(cos, s.code, s.code, s.status, scenario_extras(s))
        check_common(g["cos"], want, f"cos {s.key}")
        assert g["cos"]["code"] == s.code and g["cos"]["typed"] == (s.code if any(k.code == s.code for k in cos.codes) else None)
        assert g["cos"]["source"] == status_text and g["cos"]["source_is_client_error"], g["cos"]
        # CI: X-ErrNo (a <Code> that is no integer is no CI code)
        code, shown = errno(s.errno)
        want = expected(ci, code, shown, s.status, scenario_extras(s))
        check_common(g["ci"], want, f"ci {s.key}")
        assert (g["ci"]["code"], g["ci"]["raw_code"]) == (code, shown)
        assert g["ci"]["known"] == any(e.code == code for _, e in ci.model.entries())
        assert g["ci"]["source"] == status_text and g["ci"]["source_is_client_error"], g["ci"]
        typed = {cid: next((e.name for c, e in ci.model.entries() if c.id == cid and e.code == code), None) if cid in want["categories"] else None for cid in ("download", "file_preview")}
        assert g["ci"]["typed"] == typed, (s.key, g["ci"]["typed"])
    by_key = {g["key"]: g for g in got}
    # the cases, spelled out
    assert by_key["slow-down"]["cos"]["categories"] == ["http_5xx"] and by_key["slow-down"]["cos"]["retryable"]
    assert by_key["slow-down"]["cos"]["display"] == (
        "SlowDown (HTTP 503): The access frequency should be slowed down [server message: Please reduce your request rate.; "
        "request id: NjE0ZTRiYTBfc2xvd2Rvd24; trace id: c2xvdy1kb3du]"
    )
    assert by_key["sig-fail"]["ci"]["display"].startswith(
        "-46618 (HTTP 403): Signature authentication fails. [server message: Access Denied.; request id: NjE0ZTRiYTBfOTFiNDg0Ml8xOTk5"
    )
    assert by_key["encrypted"]["ci"]["categories"] == ["download", "file_preview"]
    assert by_key["bad-errno"]["ci"]["display"].startswith("abc (HTTP 403): " + UNKNOWN)
    assert by_key["empty-body"]["cos"]["fault"] == "server" and by_key["empty-body"]["cos"]["code"] is None
    assert by_key["sig-fail"]["cos"]["debug"] == 'CosError { code: "AccessDenied", status: 403, request_id: "NjE0ZTRiYTBfOTFiNDg0Ml8xOTk5", .. }'

    # builder probes: every code, with and without a status
    found = [json.loads(line.split(" ", 1)[1]) for line in lines if line.startswith("PROBE ")]
    assert len(found) == len(probes)
    for (set_, status, value), g in zip(probes, found):
        if set_ == "cos":
            want = expected(cos, value, value, status, {"server_message": None, "request_id": None, "trace_id": None})
        else:
            code, shown = errno(value)
            want = expected(ci, code, shown, status, {"server_message": None, "request_id": None, "trace_id": None})
        check_common(g, want, f"probe {set_} {status} {value!r}")
        assert g["source"] is None

    # malformed input: nothing panics; XML entities and CDATA read as an XML parser reads them
    malformed = json.loads(next(line for line in lines if line.startswith("MALFORMED ")).split(" ", 1)[1])
    assert len(malformed) == 8
    assert malformed[3][4] == ET.fromstring("<Error><Message>&#x1F600;&lt;&amp;amp;</Message></Error>").findtext("Message")
    assert malformed[4][2].startswith("a<b: ") and malformed[4][4] == "x&#55296;y"  # no lone surrogate in a str
    assert malformed[5][2].startswith("文: ")
    assert malformed[0][0].startswith("abc (HTTP 400): ") and malformed[7][1] == "CiError { code: 0, status: 400, .. }"
    assert all(len(m[1]) <= 200 and len(m[3]) <= 200 for m in malformed)
