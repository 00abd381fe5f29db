"""The generated Python packages' exceptions: raised for a code or header, caught per category
(a code of two categories by both classes), installable with pip from the generated folder."""

from __future__ import annotations

import ast
import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from errcodegen import naming
from errcodegen.model import Document
from errcodegen.targets import python as python_target
from errcodegen.targets.registry import type_name_problem, type_names

TYPES = type_names()  # what the outputs reserve of type names, as generate names

from .conftest import ROOT, python_path, render
from .test_python import current_doc, render_package  # noqa: F401 (the page with its set's product words)

SHARED = (-3006, -3008, -3011, -3015)  # both download and file-preview codes

PROBE = r'''
import json, pickle, sys
import ci_error_codes as m

def caught(value):
    try:
        m.raise_for_header(value)
    except m.CIException as exc:
        again = pickle.loads(pickle.dumps(exc))
        return {
            "type": type(exc).__name__,
            "code": exc.code,
            "errors": [[type(e).__name__, e.name] for e in exc.errors],
            "description": exc.description,
            "str": str(exc),
            "repr": repr(exc),
            "status": exc.status,
            "fault": exc.fault,
            "retryable": exc.retryable,
            "download": isinstance(exc, m.DownloadException),
            "file_preview": isinstance(exc, m.FilePreviewException),
            "pickled": [type(again).__name__, again.code, str(again)],
        }
    return None

def catches(code, cls):
    try:
        raise m.exception_for(code)(code)
    except cls:
        return True
    except m.CIException:
        return False

out = {
    "headers": {repr(v): caught(v) for v in [
        b" -46618\n", "  -46618\n", "-46618", "\t-46618\r\n", " +1007 ", "-3006", "123456789",
        None, "", "   ", "\n", b"", "abc", "1.5", "--1", "9" * 40, "１２３",
    ]},
    "per_category": {cls.__name__: [
        catches(member.value, getattr(m, cls.__name__[:-len("Error")] + "Exception"))
        for member in cls
    ] for cls in m.CATEGORIES},
    "wrong_category": catches(-46618, m.FilePreviewException),
    "shared": {code: [m.exception_for(code).__name__, catches(code, m.DownloadException),
                      catches(code, m.FilePreviewException), catches(code, m.CIException)]
               for code in SHARED},
    "same_class": len({m.exception_for(code) for code in SHARED}),
    "unknown": m.exception_for(123456789) is m.CIException,
    "bases": [cls.__name__ for cls in m.CIException.__subclasses__()],
}
json.dump(out, sys.stdout)
'''


def run(root: Path, python: str = sys.executable, cwd: Path | None = None, env: dict[str, str] | None = None) -> dict:
    result = subprocess.run(
        [python, "-c", f"SHARED = {SHARED!r}\n{PROBE}"], cwd=cwd or root, capture_output=True, text=True,
        env=env if env is not None else {"PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"},
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def probe(current_doc: Document, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return run(render_package(current_doc, tmp_path_factory.mktemp("py-errors")))


def test_raise_for_header(probe: dict) -> None:
    h = probe["headers"]
    for value in ["b' -46618\\n'", "'  -46618\\n'", "'-46618'", "'\\t-46618\\r\\n'"]:
        got = h[value]
        assert got["type"] == "DownloadException" and got["code"] == -46618, value
        assert got["errors"] == [["DownloadError", "SIGNATURE_AUTHENTICATION_FAILS"]]
        assert got["description"] == "Signature authentication fails."
        assert got["str"] == "-46618: Signature authentication fails."
        assert got["repr"] == "DownloadException(code=-46618)"
        assert got["status"] is None and got["fault"] == "client" and got["retryable"] is False
        assert got["download"] and not got["file_preview"]
        assert got["pickled"] == ["DownloadException", -46618, got["str"]]
    assert h["' +1007 '"]["code"] == 1007 and h["' +1007 '"]["errors"][0][1] == "INTERNAL_ERROR"
    for blank in ["None", "''", "'   '", "'\\n'", "b''"]:
        assert h[blank] is None, blank
    # A malformed value raises the unknown error carrying it (no ValueError inside an error handler).
    for bad, raw in [("'abc'", "abc"), ("'1.5'", "1.5"), ("'--1'", "--1"), (repr("9" * 40), "9" * 40), ("'１２３'", "１２３")]:
        got = h[bad]
        assert got["type"] == "CIException" and got["code"] == raw and got["errors"] == [], bad
        assert got["str"] == f"{raw}: An error code that the upstream error-code page does not list.", bad
        assert got["pickled"] == ["CIException", raw, got["str"]]


def test_unknown_code(probe: dict) -> None:
    got = probe["headers"]["'123456789'"]
    assert got["type"] == "CIException" and got["errors"] == [] and got["code"] == 123456789
    assert got["description"] and got["str"] == f"123456789: {got['description']}"
    assert not got["download"] and not got["file_preview"]
    assert probe["unknown"]


def test_each_category_catches_its_codes(current_doc: Document, probe: dict) -> None:
    assert set(probe["per_category"]) == {c.name for c in current_doc.categories}
    for name, caught in probe["per_category"].items():
        assert caught and all(caught), name
    assert probe["wrong_category"] is False
    assert probe["bases"] == [python_target.exception_name(c.name) for c in current_doc.categories]


def test_a_shared_code_is_caught_by_both_categories(probe: dict) -> None:
    for code, (name, download, file_preview, ci) in probe["shared"].items():
        assert download and file_preview and ci, code
        assert name == "DownloadException_FilePreviewException"
    assert probe["same_class"] == 1  # made once, not per code
    got = probe["headers"]["'-3006'"]
    assert got["errors"] == [["DownloadError", "FILE_ENCRYPTED"], ["FilePreviewError", "FILE_ENCRYPTED"]]
    assert got["str"] == "-3006: The file is encrypted and cannot be parsed."
    assert got["repr"] == "DownloadException_FilePreviewException(code=-3006)"


def test_exception_names() -> None:
    assert python_target.exception_name("DownloadError") == "DownloadException"
    assert python_target.exception_name("FilePreviewError") == "FilePreviewException"
    names = python_target.TARGET.all_declared()
    assert {"CIException", "exception_for", "raise_for_header", "raise_for_response"} <= names
    # A category whose exception would be a built-in one is refused, and never derived.
    assert type_name_problem("BaseError") is not None
    assert naming.category_name("base", TYPES.shadowed, product="CI") == "CiBaseError"
    assert python_target.exception_name(naming.category_name("base", TYPES.shadowed, product="CI")) == "CiBaseException"
    # The set's own product, never another's: a COS set's `base` category.
    assert naming.category_name("base", TYPES.shadowed, product="COS") == "CosBaseError"
    assert naming.category_name("base", TYPES.shadowed, product="CIMedia") == "CiMediaBaseError"
    assert naming.category_name("base", TYPES.shadowed, product="云") == "PageBaseError"


def test_the_module_is_python_3_8_syntax(current_doc: Document) -> None:
    text = render(python_target, current_doc, {})["python/ci-error-codes/ci_error_codes/__init__.py"]
    ast.parse(text, feature_version=(3, 8))


def test_symbolic_codes_raise(tmp_path: Path) -> None:
    root = ROOT / "generated" / "python"
    script = r'''
import json, pickle, sys
import ci_media_processing_errors as m
out = {}
for status, code in [(403, "AccessDenied"), (400, "InvalidArgument"), (400, "NoSuchCode")]:
    try:
        m.raise_for_response(status, code)
    except m.CIMediaException as exc:
        again = pickle.loads(pickle.dumps(exc))
        out[code] = [type(exc).__name__, exc.code, exc.http_status, len(exc.variants), str(exc), str(again),
                     m.exception_for(code, status) is type(exc)]
print(json.dumps(out))
'''
    result = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": python_path(root), "PYTHONIOENCODING": "utf-8", "PYTHONDONTWRITEBYTECODE": "1"})
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    name, code, status, n, text, again, same = out["AccessDenied"]
    assert name == "Http4xxException" and code == "AccessDenied" and status == 403 and n >= 1 and same
    assert text.startswith("AccessDenied (HTTP 403): ") and again == text
    # An unknown code answered with 400: the error of the page's 4xx category (the status's class).
    assert out["NoSuchCode"][0] == "Http4xxException" and out["NoSuchCode"][3] == 0


@pytest.mark.slow
def test_pip_installs_the_generated_packages(tmp_path: Path) -> None:
    """`pip wheel generated/python/<set>` (a copy of it, compared before and after: the build,
    flit_core's, writes nothing into the folder, no `build/` and no `*.egg-info`), installed into
    a fresh venv, then used from a folder outside the repository. As test_install does, the
    build gets its backend from the index."""
    wheels = tmp_path / "wheels"
    for folder in ["ci-error-codes", "ci-media-processing-error-codes"]:
        source = tmp_path / "src" / folder
        shutil.copytree(ROOT / "generated" / "python" / folder, source)
        before = sorted(p.relative_to(source).as_posix() for p in source.rglob("*"))
        built = subprocess.run(
            [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "--disable-pip-version-check", "-w", str(wheels),
             str(source)], capture_output=True, text=True,
        )
        assert built.returncode == 0, built.stderr
        assert sorted(p.relative_to(source).as_posix() for p in source.rglob("*")) == before, "the build wrote into the folder"
    env_dir = tmp_path / "venv"
    venv.create(env_dir, system_site_packages=False, with_pip=True)
    python = str(env_dir / "bin" / "python")
    found = sorted(wheels.glob("*.whl"))
    assert [w.name.split("-")[0] for w in found] == ["ci_error_codes", "ci_media_processing_errors"]
    installed = subprocess.run(
        [python, "-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-deps", "--no-index",
         *map(str, found)], capture_output=True, text=True,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    away = tmp_path / "elsewhere"
    away.mkdir()
    env = {"PATH": os.environ.get("PATH", ""), "PYTHONIOENCODING": "utf-8"}
    got = run(away, python=python, cwd=away, env=env)
    assert got["headers"]["b' -46618\\n'"]["type"] == "DownloadException"
    check = subprocess.run(
        [python, "-c", "import ci_error_codes, ci_media_processing_errors, pathlib\n"
         "p = pathlib.Path(ci_error_codes.__file__).parent\n"
         "assert (p / 'py.typed').is_file(), p\n"
         "try:\n    ci_error_codes.raise_for_header(b' -46618\\n')\n"
         "except ci_error_codes.DownloadException as e:\n    print(e)\n"
         "try:\n    ci_media_processing_errors.raise_for_response(403, 'AccessDenied')\n"
         "except ci_media_processing_errors.CIMediaException as e:\n    print(e.code)\n"],
        cwd=away, capture_output=True, text=True, env=env,
    )
    assert check.returncode == 0, check.stderr
    assert check.stdout.splitlines() == [
        "-46618: Signature authentication fails.", "AccessDenied"]
    assert str(ROOT) not in subprocess.run(
        [python, "-c", "import ci_error_codes; print(ci_error_codes.__file__)"], cwd=away, capture_output=True,
        text=True, env=env).stdout


ERROR_FOR = r'''
import http.client, io, json, pickle, sys
import ci_error_codes as ci, cos_error_codes as cos

def show(e):
    return [type(e).__name__, e.code if isinstance(e.code, (int, str)) else None, e.status, e.server_message,
            e.request_id, e.trace_id, e.fault, e.retryable, str(e), repr(e),
            type(e.__cause__).__name__ if e.__cause__ is not None else None]

class Weird:
    def items(self):
        raise RuntimeError("unreadable")
    def __str__(self):
        raise RuntimeError("no text")

message = http.client.parse_headers(io.BytesIO(b"X-ErrNo: -46618\r\nX-Cos-Request-Id: from-message\r\n\r\n"))
cases = {
    "mapping": ci.error_for(status=403, headers={"X-ErrNo": " -46618\n", "X-Cos-Request-Id": "rid", "x-cos-trace-id": "tid"},
                            message="Access Denied.", cause=KeyError("k")),
    "pairs": ci.error_for(status=403, headers=[(b"x-errno", b"-46618"), ("x-ci-request-id", "ci-rid")]),
    "http_message": ci.error_for(headers=message),
    "list_value": ci.error_for(headers={"X-ErrNo": ["-3006"]}),
    "args_win": ci.error_for(headers={"x-cos-request-id": "header"}, request_id="argument", code=-46618),
    "int_code": ci.error_for(code=-3006, status=503),
    "str_code": ci.error_for(code="AccessDenied", status=403),
    "malformed": ci.error_for(headers={"X-ErrNo": "abc"}, status=403),
    "blank_errno": ci.error_for(headers={"X-ErrNo": "  "}, code=-46618),
    "nothing": ci.error_for(),
    "bad_status": ci.error_for(status="abc", code=-46618),
    "str_status": ci.error_for(status="503", code=-46618),
    "bool_code": ci.error_for(code=True, status=400),
    "weird": ci.error_for(headers=Weird(), message=Weird(), request_id=Weird(), status=Weird(), cause="not an exception"),
    "string_headers": ci.error_for(headers="X-ErrNo: -46618"),
    "huge": ci.error_for(headers={"X-ErrNo": "9" * 5000}, status=400),
    "cos_slow": cos.error_for(status=503, code="SlowDown", headers={"x-cos-request-id": "r"}),
    "cos_slow_no_status": cos.error_for(code="SlowDown"),
    "cos_unknown_503": cos.error_for(status=503, code="Nope"),
    "cos_unknown_409": cos.error_for(status=409, code="Nope"),
    "cos_unknown": cos.error_for(code="Nope"),
    "cos_empty": cos.error_for(status=500),
    "cos_no_sdk_error": cos.from_cos_error(ValueError("not the SDK's")),
    "cos_headers_given": cos.from_cos_error(ValueError("x"), headers={"x-cos-request-id": "given"}),
}
out = {k: show(v) for k, v in cases.items()}
out["pickled"] = {k: show(pickle.loads(pickle.dumps(v)))[:10] == show(v)[:10] for k, v in cases.items()}
out["hook"] = []
class Response:
    status_code = 403
    headers = {"X-ErrNo": "-46618", "x-cos-request-id": "hooked"}
class SdkError(Exception):
    def get_status_code(self): return 403
    def get_error_code(self): return "AccessDenied"
    def get_error_msg(self): return "Access Denied."
    def get_request_id(self): return "hooked"
    def get_trace_id(self): return "Unknown"
    def get_digest_msg(self): return {"code": "AccessDenied"}
class OtherRequest(SdkError):
    def get_request_id(self): return "another"
class Broken(Exception):
    def get_status_code(self): raise KeyError("requestid")
    def get_request_id(self): raise KeyError("requestid")
    def get_digest_msg(self): return Weird()
assert ci.keep_headers(Response(), timeout=3, verify=True) is None
out["hook"].append(show(ci.from_cos_error(SdkError())))
out["hook"].append(show(ci.from_cos_error(OtherRequest())))  # another response's headers are not used
out["hook"].append(show(cos.from_cos_error(SdkError())))  # each module keeps its own
out["hook"].append(show(ci.from_cos_error(Broken())))
class Ok:
    status_code = 200
ci.keep_headers(Ok())
out["hook"].append(show(ci.from_cos_error(SdkError())))  # a success forgets the error's headers
ci.keep_headers(object())
json.dump(out, sys.stdout)
'''


def test_error_for_reads_every_shape_and_never_raises() -> None:
    done = subprocess.run([sys.executable, "-c", ERROR_FOR], capture_output=True, text=True,
                          env={"PYTHONPATH": python_path(ROOT / "generated" / "python"), "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8",
                               "PYTHONDONTWRITEBYTECODE": "1"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    signature = "Signature authentication fails."
    assert out["mapping"] == ["DownloadException", -46618, 403, "Access Denied.", "rid", "tid", "client", False,
                              f"-46618 (HTTP 403): {signature} [server message: Access Denied.; request id: rid; trace id: tid]",
                              "DownloadException(code=-46618, status=403, request_id='rid')", "KeyError"]  # fmt: skip
    assert out["pairs"][:5] == ["DownloadException", -46618, 403, None, "ci-rid"]
    assert out["http_message"][:5] == ["DownloadException", -46618, None, None, "from-message"]
    assert out["list_value"][0] == "DownloadException_FilePreviewException"
    assert out["args_win"][4] == "argument" and out["args_win"][1] == -46618
    # CI's page gives no statuses: the code's categories, and a 5xx answer is the server's fault.
    assert out["int_code"][0] == "DownloadException_FilePreviewException" and out["int_code"][6:8] == ["server", True]
    assert out["str_code"][:3] == ["CIException", "AccessDenied", 403]
    assert out["malformed"][:3] == ["CIException", "abc", 403] and out["malformed"][8].startswith("abc (HTTP 403): An error code")
    assert out["blank_errno"][:2] == ["DownloadException", -46618]
    assert out["nothing"][:3] == ["CIException", "", None] and out["nothing"][8].startswith("An error code")
    assert out["bad_status"][:3] == ["DownloadException", -46618, None]
    assert out["str_status"][:3] == ["DownloadException", -46618, 503]
    assert out["bool_code"][:2] == ["CIException", "True"]
    assert out["weird"][:6] == ["CIException", "", None, None, None, None] and out["weird"][10] is None
    assert out["string_headers"][:2] == ["CIException", ""]
    assert out["huge"][:2] == ["CIException", "9" * 5000] and len(out["huge"][9]) <= 200
    assert out["cos_slow"][:8] == ["Http5xxException", "SlowDown", 503, None, "r", None, "server", True]
    assert out["cos_slow_no_status"][6:8] == ["server", True]  # the 5xx category's, and throttling
    assert out["cos_unknown_503"][0] == "Http5xxException" and out["cos_unknown_409"][0] == "Http4xxException"
    assert out["cos_unknown"][:2] == ["COSException", "Nope"] and out["cos_unknown"][6:8] == ["client", False]
    assert out["cos_empty"][:3] == ["Http5xxException", "", 500] and out["cos_empty"][8].startswith("(HTTP 500): An error code")
    assert out["cos_no_sdk_error"][:3] == ["COSException", "", None] and out["cos_no_sdk_error"][10] == "ValueError"
    assert out["cos_headers_given"][4] == "given"
    assert all(out["pickled"].values()), out["pickled"]
    hooked, other, cos_module, broken, forgotten = out["hook"]
    assert hooked[:5] == ["DownloadException", -46618, 403, "Access Denied.", "hooked"] and hooked[5] is None
    assert other[:2] == ["CIException", "AccessDenied"]
    assert cos_module[:2] == ["Http4xxException", "AccessDenied"]
    assert broken[:3] == ["CIException", "", None] and broken[10] == "Broken"
    assert forgotten[:2] == ["CIException", "AccessDenied"]


def test_product_words_and_clashes(current_doc: Document) -> None:
    """The product's words come from configuration: docstring, pyproject description, root names;
    a product whose types would clash with a declared or built-in name, or a category's, is refused."""
    from dataclasses import replace

    from errcodegen.model import Product

    hostile = replace(current_doc, product=Product('Cloud """ \\N{x} "quoted" \\', "Hostile"))
    files = render(python_target, hostile, {})
    text = files["python/ci-error-codes/ci_error_codes/__init__.py"]
    tree = ast.parse(text, feature_version=(3, 8))
    assert ast.get_docstring(tree).startswith('Cloud """ \\N{x} "quoted" \\ (Hostile) error codes: one IntEnum')
    import black

    assert black.format_str(text, mode=black.Mode()) == text
    assert "class HostileException(Exception):" in text and "class HostileError(IntEnum, metaclass=_ErrorType):" in text
    assert "Tencent" not in text.split("\n", 1)[1] and "CIException" not in text
    import tomllib

    project = tomllib.loads(files["python/ci-error-codes/pyproject.toml"].split("\n", 1)[1])
    assert project["project"]["description"] == 'Cloud """ \\N{x} "quoted" \\ (Hostile) error codes, generated by errcodegen'
    for short in ["Value", "Key", "Download", "Base"]:
        with pytest.raises(ValueError, match="already declared|also a category"):
            render(python_target, replace(current_doc, product=Product("X", short)), {})


def test_the_status_received_wins_on_an_integer_page(current_doc: Document, tmp_path: Path) -> None:
    """CI's page gives no statuses today; a page that does (download all 400, file preview all
    503) picks the category by the status received: its rows, else the class, else every row."""
    from dataclasses import replace

    statuses = {"download": 400, "file_preview": 503}
    categories = tuple(
        replace(c, entries=tuple(replace(e, http_status=statuses[c.id]) for e in c.entries)) if c.id in statuses else c
        for c in current_doc.categories
    )
    root = render_package(replace(current_doc, categories=categories), tmp_path)
    script = r'''
import json, pickle, sys
import ci_error_codes as m
cases = [(-3006, 400), (-3006, 503), (-3006, 502), (-3006, None), (-3006, 409), (123456789, 500), (123456789, 404),
         (-46618, None), (-46618, 503), (-3008, None)]
out = []
for code, status in cases:
    e = m.error_for(code=code, status=status)
    again = pickle.loads(pickle.dumps(e))
    out.append([type(e).__name__, e.fault, type(again).__name__, m.exception_for(code, status) is type(e)])
json.dump(out, sys.stdout)
'''
    done = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True,
                          env={"PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"})  # fmt: skip
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert [g[0] for g in got] == [
        "DownloadException",  # its 400 row
        "FilePreviewException",  # its 503 row
        "FilePreviewException",  # no 502 row: the category whose rows are all 5xx
        "DownloadException_FilePreviewException",  # no status: every row
        "DownloadException",  # no 409 row: the 4xx category
        "FilePreviewException",  # an unknown code answered with 500
        "DownloadException",  # an unknown code answered with 404
        "DownloadException",
        "FilePreviewException",  # a download code answered with 503: the 5xx category's
        "DownloadException_FilePreviewException",
    ]
    assert [g[1] for g in got] == ["client", "server", "server", "client", "client", "server", "client", "client",
                                   "server", "client"]  # fmt: skip
    assert all(g[2] == g[0] and g[3] for g in got), got
