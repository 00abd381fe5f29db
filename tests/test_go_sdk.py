"""The generated Go errors meet Tencent's Go SDK (issue 19).

tests/gosdk is a consumer module of its own, as strict as a team's (`go vet`, the pinned
`staticcheck -checks all`): it requires `github.com/tencentyun/cos-go-sdk-v5` v0.7.70 (go.mod and
go.sum committed; fetched from the Go module proxy on a fresh clone) and the committed generated
modules through `replace` directives; the generated modules themselves require nothing. Its test
starts tests/cos_server.py (loopback only), drives the SDK's real client against every scenario,
and prints what `coserrors.FromError` (the COS set: symbolic codes) and `cierrors.FromError` (the
CI set: X-ErrNo) make of the SDK's error; the expectations below are worked out from the pages'
rows by issue 19's rule (tests/response_rule.py), not copied from the output.

The status rule on an integer page whose rows give statuses (golden case int_variants) is
checked the same way, through `New`.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from errcodegen import config, pipeline
from errcodegen.targets.go.escape import go_str
from errcodegen.model import Document
from errcodegen.view import View

from . import response_rule as rule
from .conftest import ROOT
from .cos_server import SCENARIOS

SDK_MODULE = ROOT / "tests" / "gosdk"
SDK = "github.com/tencentyun/cos-go-sdk-v5"
SDK_VERSION = "v0.7.70"
REPO = "github.com/errcodegen/ci-error-codes/generated"
GENERATED = ["go/ci-error-codes", "go/cos-error-codes", "go/cos-ci-error-codes", "go/ci-media-processing-error-codes"]


def sdk_env(env: dict[str, str]) -> dict[str, str]:
    """The toolchain's environment, the module proxy allowed (a fresh clone fetches the SDK), go.mod
    and go.sum read-only (what is committed must be complete), and the server's Python this one."""
    out = {k: v for k, v in env.items() if k != "GOPROXY"}
    return out | {"GOFLAGS": "-mod=readonly", "GOWORK": "off", "COS_SERVER_PYTHON": sys.executable}


def test_the_consumer_module_pins_the_sdk_and_uses_the_committed_modules() -> None:
    gomod = (SDK_MODULE / "go.mod").read_text(encoding="utf-8")
    assert re.search(rf"^\t{re.escape(SDK)} {SDK_VERSION}$", gomod, re.M), gomod
    assert f"{SDK} {SDK_VERSION} h1:" in (SDK_MODULE / "go.sum").read_text(encoding="utf-8")
    replaced = dict(re.findall(r"^replace (\S+) => (\S+)$", gomod, re.M))
    assert replaced == {f"{REPO}/go/ci-error-codes": "../../generated/go/ci-error-codes", f"{REPO}/go/cos-error-codes": "../../generated/go/cos-error-codes"}
    for module, path in replaced.items():
        assert f"\nmodule {module}\n" in (SDK_MODULE / path / "go.mod").read_text(encoding="utf-8")


@pytest.mark.parametrize("module", GENERATED)
def test_the_generated_modules_depend_on_nothing(module: str) -> None:
    gomod = (ROOT / "generated" / module / "go.mod").read_text(encoding="utf-8")
    assert "require" not in gomod and "replace" not in gomod
    source = next((ROOT / "generated" / module).glob("*.go")).read_text(encoding="utf-8")
    imports = re.search(r"^import \(\n(.*?)\n\)$", source, re.M | re.S)
    assert imports and all("." not in line.split("/")[0] for line in imports[1].split("\n")), "the standard library only"


def views() -> dict[str, View]:
    """The configured sets' views, by product short name (CI, COS, ...), as `make generate` builds them."""
    return {d.product.short: View(d) for d in pipeline.build_models(config.load(ROOT / "pyproject.toml"))}


def header_code(text: str) -> int | None:
    """The code an X-ErrNo value spells: an optional sign and up to 18 ASCII digits."""
    digits = text[1:] if text[:1] in ("-", "+") else text
    return int(text) if 0 < len(digits) <= 18 and digits.isascii() and digits.isdigit() else None


def expected_cos(view: View, key: str) -> dict[str, Any]:
    s = SCENARIOS[key]
    code = s.code or ""
    x = rule.expected(view, s.status, code or None)
    return {
        "Status": s.status, "ServerMessage": s.message or "", "RequestID": s.request_id or "", "TraceID": s.trace_id or "",
        "Categories": x.categories or None, "Fault": x.fault, "Retryable": x.retryable, "Known": x.known,
        "Message": rule.message(code, s.status, x.description, s.message or "", s.request_id or "", s.trace_id or ""),
        "Cause": True, "Code": code, "Matched": [code] if x.known else None, "Unknown": code if code and not x.known else None,
    }  # fmt: skip


def expected_ci(view: View, key: str) -> dict[str, Any]:
    """The X-ErrNo header's code when there is one, else the <Code> if it is an integer."""
    s = SCENARIOS[key]
    raw = s.errno.strip(" \t\r\n") if s.errno else (s.code or "")
    code = header_code(raw)
    x = rule.expected(view, s.status, code)
    names = {(c.id, e.code): e.name for c, e in view.model.entries()}
    return {
        "Status": s.status, "ServerMessage": s.message or "", "RequestID": s.request_id or "", "TraceID": s.trace_id or "",
        "Categories": x.categories or None, "Fault": x.fault, "Retryable": x.retryable, "Known": x.known,
        "Message": rule.message(raw if code is None else str(code), s.status, x.description, s.message or "", s.request_id or "", s.trace_id or ""),
        "Cause": True, "Code": code or 0, "RawCode": raw,
        "Matched": [f"{c} {names[(c, code)]}" for c in x.categories] or None,
        "Unknown": code if code is not None and not x.known else None, "Malformed": bool(s.errno) and code is None,
    }  # fmt: skip


@pytest.fixture(scope="module")
def sdk_run(toolchain: tuple[str, str, dict[str, str]]) -> subprocess.CompletedProcess[str]:  # noqa: F811
    go, _, env = toolchain
    return subprocess.run([go, "test", "-count=1", "-v", "./..."], cwd=SDK_MODULE, capture_output=True, text=True, env=sdk_env(env), timeout=1200)


@pytest.mark.slow
def test_the_consumer_module_is_vet_and_staticcheck_clean(toolchain, staticcheck) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    go, _, env = toolchain
    vet = subprocess.run([go, "vet", "./..."], cwd=SDK_MODULE, capture_output=True, text=True, env=sdk_env(env), timeout=1200)
    assert vet.returncode == 0, vet.stdout + vet.stderr
    binary, _ = staticcheck
    run = subprocess.run([binary, "-checks", "all", "./..."], cwd=SDK_MODULE, capture_output=True, text=True, env=sdk_env(env), timeout=1200)
    assert run.returncode == 0 and run.stdout == "", run.stdout + run.stderr


@pytest.mark.slow
def test_the_sdk_s_errors_become_the_generated_ones(sdk_run: subprocess.CompletedProcess[str]) -> None:
    """One FromError call per scenario gives the code, status, server message, request and trace
    ids, the categories the status received picks, fault, retryable, the one message format and
    the SDK's error as cause."""
    assert sdk_run.returncode == 0, sdk_run.stdout + sdk_run.stderr
    for name in ("TestScenarios", "TestCategoriesByType", "TestFromErrorShapes", "TestFromErrorOddShapes", "TestNewNeverPanics"):
        assert f"--- PASS: {name} " in sdk_run.stdout, sdk_run.stdout
    line = next(line for line in sdk_run.stdout.split("\n") if line.startswith("SCENARIOS "))
    got = json.loads(line[len("SCENARIOS ") :])
    assert set(got) == set(SCENARIOS)
    v = views()
    for key in SCENARIOS:
        cos, ci = dict(got[key]["cos"]), dict(got[key]["ci"])
        for reading, package in ((cos, "coserrors"), (ci, "cierrors")):
            short = reading.pop("GoString")
            assert short.startswith(f"&{package}.Error{{Code:") and "\n" not in short and len(short) <= 200, short
        assert cos == expected_cos(v["COS"], key), key
        assert ci == expected_ci(v["CI"], key), key


def test_the_scenarios_cover_the_issue() -> None:
    """What the expectations above must include (issue 19.6), worked out from the pages."""
    v = views()
    slow = expected_cos(v["COS"], "slow-down")
    assert (slow["Categories"], slow["Fault"], slow["Retryable"]) == (["http_5xx"], "server", True)
    assert slow["Message"].startswith("SlowDown (HTTP 503): The access frequency should be slowed down [server message: ")
    assert expected_ci(v["CI"], "encrypted")["Categories"] == ["download", "file_preview"]
    assert expected_ci(v["CI"], "sig-fail")["Message"] == (
        "-46618 (HTTP 403): Signature authentication fails. [server message: Access Denied.; "
        "request id: NjE0ZTRiYTBfOTFiNDg0Ml8xOTk5; trace id: OGVmYzZiMmQzYjA2OWNh]"
    )
    bad = expected_ci(v["CI"], "bad-errno")
    assert bad["Malformed"] and bad["Message"].startswith("abc (HTTP 403): An error code that the upstream error-code page does not list.")
    # The job page lists SlowDown under 429: answered with 503, it is the 5xx category's error.
    job = v["CIMedia"]
    assert rule.expected(job, 503, "SlowDown").categories == ["http_5xx"]
    assert rule.expected(job, 429, "SlowDown").categories == ["http_4xx"]


# ---------------------------------------------------------------------------------------
# The status rule on an integer page whose rows give HTTP statuses (golden case int_variants).

CASE = ROOT / "tests" / "cases" / "int_variants"
STATUSES = [0, -1, 302, 400, 401, 403, 404, 409, 429, 500, 503]


def case_doc(monkeypatch: pytest.MonkeyPatch) -> Document:
    monkeypatch.chdir(CASE)
    return pipeline.build_models(config.load(CASE / "pyproject.toml"))[0]


def status_test_source(codes: list[str]) -> str:
    probes = "".join(f"\t\t{go_str(c)},\n" for c in codes)
    statuses = ", ".join(str(s) for s in STATUSES)
    return f"""package caseerrors

import (
	"encoding/json"
	"fmt"
	"strconv"
	"testing"
)

func TestStatuses(t *testing.T) {{
	out := map[string]interface{{}}{{}}
	for _, code := range []string{{
{probes}	}} {{
		for _, status := range []int{{{statuses}}} {{
			e := New(Response{{Status: status, Code: code}})
			out[code+" "+strconv.Itoa(status)] = []interface{{}}{{e.Categories, string(e.Fault), e.Retryable, e.Known(), e.Description(), e.Error(), len(e.Unwrap())}}
		}}
	}}
	b, err := json.Marshal(out)
	if err != nil {{
		t.Fatal(err)
	}}
	fmt.Println("STATUSES " + string(b))
}}
"""


@pytest.mark.slow
def test_an_integer_page_s_rows_with_statuses_decide(
    toolchain: tuple[str, str, dict[str, str]], monkeypatch: pytest.MonkeyPatch, tmp_path: Path  # noqa: F811
) -> None:
    go, _, env = toolchain
    doc = case_doc(monkeypatch)
    view = View(doc)
    assert view.status_classes and any(e.http_status for _, e in view.model.entries()), "the case gives statuses"
    codes = list(dict.fromkeys(str(e.code) for _, e in view.model.entries())) + ["-99999", "abc", ""]
    module = tmp_path / "go"
    shutil.copytree(CASE / "expected" / "out" / "go" / "case", module)
    (module / "status_test.go").write_text(status_test_source(codes), encoding="utf-8", newline="\n")
    run = subprocess.run([go, "test", "-count=1", "-run", "^TestStatuses$", "-v", "."], cwd=module, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    got = json.loads(next(line for line in run.stdout.split("\n") if line.startswith("STATUSES "))[len("STATUSES ") :])
    for raw in codes:
        code = header_code(raw)
        for status in STATUSES:
            x = rule.expected(view, status, code)
            listed = code is not None and x.known
            unwrapped = 0 if code is None else len(x.categories) + (not listed)  # the code's values, an *UnknownError
            display = raw if code is None else str(code)
            want = [x.categories or None, x.fault, x.retryable, x.known, x.description, rule.message(display, status, x.description), unwrapped]
            assert got[f"{raw} {status}"] == want, (raw, status)
