"""The PHP output: escaping (PHP's own reading of a literal), the package's layout and names,
refusals, and (slow) the real PHP: `php -l` on every generated file (golden cases included),
and a consumer (tests/php/readback.php, loading each package through its composer.json's
PSR-4 map) that reads back every code, text (every locale), variant, lookup, header value and
the error of many responses, compared with what the model says (worked out here and in
tests/response_rule.py from the pages' rows, never copied from output).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errcodegen import config, pipeline, validate
from errcodegen.content import text as content_text
from errcodegen.model import Document
from errcodegen.targets import php as php_target
from errcodegen.targets.php.escape import php_comment, php_doc, php_str
from errcodegen.targets.registry import view_of
from errcodegen.view import View

from . import response_rule
from .conftest import ROOT, localized_categories, require_tool, render

GENERATED = ROOT / "generated" / "php"
CASES = ROOT / "tests" / "cases"
READBACK = ROOT / "tests" / "php" / "readback.php"
HOSTILE = ("hostile_text", "int_variants_hostile")


@pytest.fixture(scope="module")
def docs() -> dict[str, Document]:
    """Every configured set, as `make generate` builds it."""
    cfg = config.load(ROOT / "pyproject.toml")
    return dict(zip((s.name for s in cfg.sets), pipeline.build_models(cfg)))


def case_doc(case: str) -> Document:
    return pipeline.build_models(config.load(CASES / case / "pyproject.toml"))[0]


# ---------------------------------------------------------------------------------------
# Escaping, checked by PHP's own reading of a string expression (no interpolation at all)


_DOUBLE = re.compile(r"\\(?:u\{([0-9a-f]+)\}|([nrt]))")


def read_expression(expr: str) -> str:
    """The value of a string expression `php_str` makes, read as PHP does: single-quoted pieces
    (only a backslash before a backslash or a quote escapes) joined by ` . ` with double-quoted
    pieces that must hold escapes only (`\\n`, `\\u{202e}`: no `$`, no `{$`, no text)."""
    out, i = [], 0
    while True:
        quote = expr[i]
        i += 1
        if quote == "'":
            while expr[i] != "'":
                if expr[i] == "\\" and expr[i + 1] in "\\'":
                    i += 1
                out.append(expr[i])
                i += 1
        else:
            assert quote == '"', expr
            end = expr.index('"', i)
            body = expr[i:end]
            assert _DOUBLE.sub("", body) == "", f"a double-quoted piece holds more than escapes: {body!r}"
            out.append(_DOUBLE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else {"n": "\n", "r": "\r", "t": "\t"}[m.group(2)], body))
            i = end
        i += 1
        if i == len(expr):
            return "".join(out)
        assert expr[i : i + 3] == " . ", expr
        i += 3


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_a_string_expression_reads_back_and_holds_no_interpolation(text: str) -> None:
    expr = php_str(text)
    assert "\n" not in expr and "\r" not in expr
    cleaned = "".join("\ufffd" if 0xD800 <= ord(ch) < 0xE000 else ch for ch in text)
    assert read_expression(expr) == cleaned


def test_escapes_by_example() -> None:
    assert php_str("it's $x {$y} \\u{41} ?> */") == "'it\\'s $x {$y} \\\\u{41} ?> */'"
    assert read_expression(php_str("a\\'b\\ . c")) == "a\\'b\\ . c"
    assert php_str("a\nb\u202e") == "'a' . \"\\n\" . 'b' . \"\\u{202e}\""
    assert php_str("") == "''"
    assert php_str("\ud800") == '"\\u{fffd}"'
    assert php_doc("end */ @deprecated\nnext") == "end *\\/ {@}deprecated next"
    assert php_comment("x ?> y") == "x ?\uff1e y"


def test_a_rendered_comment_that_ends_php_mode_or_its_doc_comment_is_refused() -> None:
    """The check of rendered bytes (validate.py asks the target): what the escapers prevent."""
    target = php_target.TARGET
    validate.validate({"a.php": "<?php\n// ok: 'x ?\uff1e' and */ elsewhere\n/** fine */\n"}, [target])
    for text in ("<?php\n// x ?> y\n", "<?php\n/**\n * a */ b\n */\n", "<?php\n/** a */ b */\n"):
        with pytest.raises(validate.ValidationError, match="a.php:[23]"):
            validate.validate({"a.php": text}, [target])
    validate.validate({"a.txt": "// x ?> y\n"}, [target])  # not a PHP file


# ---------------------------------------------------------------------------------------
# Layout, names and refusals


def test_files_namespace_and_composer(docs: dict[str, Document]) -> None:
    files = render(php_target, docs["ci-error-codes"], {"set": "ci-error-codes"})
    base = "php/ci-error-codes"
    assert f"{base}/composer.json" in files and f"{base}/src/CIErrors.php" in files
    assert {f"{base}/src/{c.name}.php" for c in docs["ci-error-codes"].categories} <= set(files)
    composer = json.loads(content_text(files[f"{base}/composer.json"]))
    assert composer["name"] == "errcodegen/ci-error-codes"
    assert composer["autoload"]["psr-4"] == {"Errcodegen\\Ci\\": "src/"}
    assert composer["require"] == {"php": ">=8.1"}
    for path, content in files.items():
        if path.endswith(".php"):
            text = content_text(content)
            assert text.startswith("<?php\n// Code generated by errcodegen") and "\nnamespace Errcodegen\\Ci;\n" in text
    strings = render(php_target, docs["cos-error-codes"], {"set": "cos-error-codes"})
    assert "php/cos-error-codes/src/ErrorCode.php" in strings and "php/cos-error-codes/src/COSException.php" in strings
    assert "namespace Errcodegen\\Cos;" in content_text(strings["php/cos-error-codes/src/COSErrors.php"])


@pytest.mark.parametrize(
    "key, value",
    [("namespace", "Namespace\\X"), ("namespace", "Php\\X"), ("namespace", "A\\\\B"), ("package", "NoVendor"), ("dir", "con")],
)
def test_options_php_refuses(docs: dict[str, Document], key: str, value: str) -> None:
    with pytest.raises(ValueError, match=key):
        render(php_target, docs["ci-error-codes"], {key: value})


def test_reserved_words_and_digits_still_give_a_usable_namespace() -> None:
    # PHP 8 reads `Errcodegen\Case` as one name (the golden cases' set `case` lints with it).
    assert php_target.TARGET.named_defaults("case")["namespace"] == "Errcodegen\\Case"
    assert php_target.TARGET.named_defaults("9lives-error-codes")["namespace"] == "Errcodegen\\E9lives"


def test_a_case_named_class_gets_an_underscore_and_types_that_differ_by_case_are_refused(docs: dict[str, Document]) -> None:
    from dataclasses import replace

    doc = docs["ci-error-codes"]
    c = doc.categories[0]
    first, second = c.entries[0], c.entries[1]
    renamed = replace(doc, categories=(replace(c, entries=(replace(first, name="CLASS"), *c.entries[1:])), *doc.categories[1:]))
    text = content_text(render(php_target, renamed, {})[f"php/ci-error-codes/src/{c.name}.php"])
    assert f"    case CLASS_ = {first.code};" in text  # PHP refuses `case CLASS` (::class), in any case
    both = replace(c, entries=(replace(first, name="CLASS"), replace(second, name="CLASS_"), *c.entries[2:]))
    with pytest.raises(ValueError, match="both the case"):
        render(php_target, replace(doc, categories=(both, *doc.categories[1:])), {})
    clash = replace(doc, categories=(*doc.categories, replace(doc.categories[1], id="other", name=c.name.upper())))
    with pytest.raises(ValueError, match="clashes"):
        render(php_target, clash, {})


# ---------------------------------------------------------------------------------------
# The real PHP


def php() -> str:
    return require_tool("php")


def lint(path: Path) -> str:
    run = subprocess.run([php(), "-l", str(path)], capture_output=True, text=True, timeout=60)
    return "" if run.returncode == 0 else f"{path}: {run.stdout}{run.stderr}"


@pytest.mark.slow
def test_every_generated_and_golden_php_file_lints() -> None:
    files = sorted(GENERATED.rglob("*.php")) + sorted(CASES.glob("*/expected/out/php/**/*.php"))
    assert len(files) > 100 and any("hostile" in str(f) for f in files)
    with ThreadPoolExecutor(2) as pool:
        failed = [f for f in pool.map(lint, files) if f]
    assert not failed, "\n".join(failed)


def exception_of(doc: Document, ids: list[str]) -> str:
    """The class the rule picks: the first category's (`DownloadError` -> `DownloadException`), else the unknown one."""
    if not ids:
        return f"{doc.product.short}UnknownException"
    name = next(c.name for c in doc.categories if c.id == ids[0])
    return name.removesuffix("Error") + "Exception"


def responses(doc: Document) -> list[dict[str, Any]]:
    """Responses to ask the package about: every code with each of its rows' statuses, 503, and
    none; an unknown code, a malformed X-ErrNo, no code; ids from arguments and from headers."""
    codes: dict[int | str, set[int]] = {}
    for _, e in doc.entries():
        codes.setdefault(e.code, set()).update({e.http_status} if e.http_status is not None else set())
    out: list[dict[str, Any]] = []
    hostile = "Access $denied {$x} ?> */ '\" \\"
    for code, statuses in codes.items():
        for status in [*sorted(statuses), 503, 429, None]:
            r: dict[str, Any] = {"status": status, "code": None, "headers": {}, "message": hostile, "request_id": None, "trace_id": "t-1"}
            if doc.kind == "int":
                r["headers"] = {"X-ErrNo": [f" {code}\t"], "X-Cos-Request-Id": "req-h"}
            else:
                r["code"] = code
                r["request_id"] = "req-a"
            out.append(r)
    unknown = -987654321 if doc.kind == "int" else "SomethingNobodyListed"
    base = {"message": None, "request_id": None, "trace_id": None, "headers": {}}
    out += [
        {**base, "status": 400, "code": unknown},
        {**base, "status": 403, "code": None, "headers": {"x-errno": "abc"}},
        {**base, "status": 500, "code": None},
        {**base, "status": None, "code": None},
    ]
    return out


def expected_response(doc: Document, r: dict[str, Any]) -> dict[str, Any]:
    view = View(doc)
    if doc.kind == "int":
        errno = next((v[0] if isinstance(v, list) else v for k, v in r["headers"].items() if k.lower() == "x-errno"), None)
        given = (errno if errno is not None else None if r["code"] is None else str(r["code"]))
        raw = given.strip(" \t\r\n") if given is not None and given.strip(" \t\r\n") else None
        try:
            code: int | str | None = int(raw) if raw is not None else None
        except ValueError:
            code = None
    else:
        raw = code = r["code"]
    request = r["request_id"] or next((v for k, v in r["headers"].items() if k.lower() == "x-cos-request-id"), None)
    rule = response_rule.expected(view, r["status"] or 0, code)
    rows = [e for _, e in doc.entries() if code is not None and e.code == code]
    return {
        "class": exception_of(doc, rule.categories),
        "message": response_rule.message(raw or "", r["status"] or 0, rule.description, r["message"] or "", request or "", r["trace_id"] or ""),
        "raw": raw,
        "code": code if rule.known or doc.kind == "int" else None,
        "status": r["status"],
        "server_message": r["message"],
        "request_id": request,
        "trace_id": r["trace_id"],
        "categories": rule.categories,
        "description": rule.description,
        "fault": rule.fault,
        "retryable": rule.retryable,
        "rows": len({c.id for c, e in doc.entries() if e.code == code}) if doc.kind == "int" else len(rows),
        "previous": "RuntimeException",
        "is_root": True,
    }


def case(name: str) -> str:
    """The documented spelling of a case: the pinned name, `CLASS_` for `CLASS` (any case)."""
    return name + "_" if name.lower() == "class" else name


def expected_int(doc: Document) -> dict[str, Any]:
    """What the consumer must print of an integer page, from the model's rows."""
    grouped: dict[tuple[str, int | str], list[Any]] = {}
    for c, e in doc.entries():
        grouped.setdefault((c.id, e.code), []).append((c, e))
    names = {k: rows[0][1].name for k, rows in grouped.items()}

    def texts(e: Any) -> dict[str, list[str | None]]:
        out = {}
        for locale in doc.locales:
            t = e.text(locale) if locale != doc.locale else None
            out[locale] = [e.description, e.action] if t is None else [t.description, e.action if t.action is None else t.action]
        return out

    entries = []
    for (cid, code), rows in grouped.items():
        c, first = rows[0]
        same = [[k[0], names[k]] for k in grouped if k[1] == code]
        variants = [[e.description, e.action, *(e.variant or (None, None)), texts(e)] for _, e in rows] if len(rows) > 1 else [
            [first.description, first.action, None, None, texts(first)]
        ]
        entries.append({
            "category": cid, "enum": c.name, "code": code, "name": first.name, "case": case(first.name),
            "description": first.description, "action": first.action, "deprecated": first.deprecated,
            "texts": texts(first), "variants": variants, "see_also": [list(r) for r in first.see_also],
            "lookup": same, "header": same, "same": True,
        })  # fmt: skip
    categories = []
    for c in doc.categories:
        per = {locale: dict((i, [t, f]) for i, t, f in localized_categories(doc, locale))[c.id] for locale in doc.locales}
        categories.append([c.id, c.title, c.fallback, per, exception_of(doc, [c.id])])
    return {"categories": categories, "entries": entries, "locales": list(doc.locales), "malformed_header": [0, 0, 0, 0]}


def expected_string(doc: Document) -> dict[str, Any]:
    rows = list(doc.entries())
    codes = list(dict.fromkeys(e.code for _, e in rows))

    entries = []
    for c, e in rows:
        same = [x for _, x in rows if x.code == e.code]
        p = str(e.code).rsplit(".", 1)[0] if "." in str(e.code).strip(".") else None
        entries.append({
            "category": c.id, "code": e.code, "name": e.name, "case": case(e.name), "status": e.http_status, "reason": e.http_reason,
            "description": e.description, "action": e.action, "deprecated": e.deprecated, "see_also": [list(r) for r in e.see_also],
            "rows": len(same), "parent": p, "subcodes": [k for k in codes if "." in k.strip(".") and k.rsplit(".", 1)[0] == e.code],
            "response": None if e.http_status is None else e.code,
        })  # fmt: skip
    first = {code: next(e for _, e in rows if e.code == code) for code in codes}
    code_rows = {code: [e for _, e in rows if e.code == code] for code in codes}
    return {
        "categories": [[c.id, c.title, c.fallback, [], exception_of(doc, [c.id])] for c in doc.categories],
        "entries": entries,
        "codes": [
            [case(first[k].name), k, first[k].description, all(e.deprecated for e in code_rows[k]), len(code_rows[k]),
             [list(r) for r in dict.fromkeys(r for e in code_rows[k] for r in e.see_also)]]
            for k in codes
        ],
        "parents": list(PARENTS.values()),
        "raised": [
            {**expected_response(doc, {"status": r["status"], "code": r["code"], "headers": {}, "message": None, "request_id": None, "trace_id": None}),
             "previous": None}
            for r in responses(doc) if r["status"] is not None and r["code"] is not None
        ],
    }  # fmt: skip


# parentOf() of codes at the edges, worked out by hand from the rule the other languages share:
# all but the last `.` part, null when no `.` stands between two other characters.
PARENTS: dict[str, str | None] = {
    "InvalidInput.TaskDuplicated": "InvalidInput", "A.B.C": "A.B", "A": None, "": None, ".": None, "..": None,
    "A.": None, ".A": None, "..A": None, "A..": None, ".A.": None, "A.B.": "A.B", ".A.B": ".A", "A..B": "A.",
}  # fmt: skip


def run_readback(tmp_path: Path, packages: list[tuple[str, Path, Document]], autoload: Path | None = None) -> dict[str, Any]:
    plan: dict[str, Any] = {"packages": []} if autoload is None else {"packages": [], "autoload": str(autoload)}
    for key, folder, doc in packages:
        namespace = json.loads((folder / "composer.json").read_text(encoding="utf-8"))["autoload"]["psr-4"]
        plan["packages"].append({
            "key": key, "dir": str(folder), "namespace": next(iter(namespace)).rstrip("\\"), "prefix": doc.product.short,
            "kind": doc.kind, "responses": responses(doc), "parents": list(PARENTS),
        })  # fmt: skip
    (tmp_path / "plan.json").write_text(json.dumps(plan), encoding="utf-8")
    run = subprocess.run([php(), str(READBACK), str(tmp_path / "plan.json")], capture_output=True, timeout=300)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-4000:] + run.stdout.decode("utf-8", "replace")[-4000:]
    got: dict[str, Any] = json.loads(run.stdout.decode("utf-8"))
    return got


def check(doc: Document, got: dict[str, Any]) -> None:
    want = expected_int(doc) if doc.kind == "int" else expected_string(doc)
    for key, value in want.items():
        if key == "entries":
            assert len(got[key]) == len(value)
            for g, w in zip(got[key], value):
                assert g == w
        else:
            assert got[key] == value, key
    asked = responses(doc)
    assert len(got["responses"]) == len(asked)
    for r, g in zip(asked, got["responses"]):
        assert g == expected_response(doc, r), r


def composer(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Debian's `composer`, offline (path repositories only), with its own home."""
    env = {**os.environ, "COMPOSER_HOME": str(cwd / ".composer-home"), "COMPOSER_DISABLE_NETWORK": "1", "COMPOSER_NO_INTERACTION": "1"}
    return subprocess.run([require_tool("composer"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


IDENTIFIERS = r"""<?php
[$src, $ns] = [$argv[1], $argv[2]];
spl_autoload_register(function (string $class) use ($src, $ns): void {
    require $src . '/' . substr($class, strlen($ns) + 1) . '.php';
});
foreach (json_decode(stream_get_contents(STDIN), true) as [$identifier, $code]) {
    $case = constant($ns . '\\' . $identifier);
    if ($case->value !== $code) {
        echo $identifier, ' is ', var_export($case->value, true), ', not ', var_export($code, true), "\n";
    }
}
"""


@pytest.mark.slow
@pytest.mark.parametrize("name", ["ci-error-codes", "ci-media-processing-error-codes"])
def test_the_reference_pages_php_identifiers_name_each_rows_case(docs: dict[str, Document], name: str, tmp_path: Path) -> None:
    """What the docs page shows for PHP (`identifiers`), resolved by PHP in the committed package:
    each is an enum case whose value is the row's code."""
    folder = GENERATED / name
    namespace = next(iter(json.loads((folder / "composer.json").read_text(encoding="utf-8"))["autoload"]["psr-4"])).rstrip("\\")
    doc = docs[name]
    shown = php_target.TARGET.identifiers(view_of(doc, (php_target.TARGET,)))
    assert len(shown) == len({(c.id, e.code) for c, e in doc.entries()}) > 10
    (tmp_path / "check.php").write_text(IDENTIFIERS, encoding="utf-8")
    pairs = json.dumps([[identifier, code] for (_, code), identifier in sorted(shown.items(), key=str)])
    run = subprocess.run([php(), str(tmp_path / "check.php"), str(folder / "src"), namespace],
                         input=pairs, capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0 and run.stdout == run.stderr == "", run.stdout + run.stderr


@pytest.mark.slow
def test_composer_validates_every_package_and_installs_them_from_a_path_repository(
    docs: dict[str, Document], tmp_path: Path
) -> None:
    """As a team installs the packages: `composer validate` on each, then a consumer project
    requiring all four from path repositories (offline), read back through vendor/autoload.php."""
    packages, repositories, require = [], [], {}
    for name, doc in docs.items():
        folder = GENERATED / name
        valid = composer(tmp_path, "validate", "--no-check-publish", "--no-check-lock", str(folder / "composer.json"))
        assert valid.returncode == 0, valid.stdout + valid.stderr
        meta = json.loads((folder / "composer.json").read_text(encoding="utf-8"))
        repositories.append({"type": "path", "url": str(folder), "options": {"symlink": False}})
        require[meta["name"]] = "*"
        packages.append((name, folder, doc))
    consumer = tmp_path / "consumer"
    consumer.mkdir()
    manifest = {"name": "example/consumer", "require": require, "repositories": repositories, "minimum-stability": "dev"}
    (consumer / "composer.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    installed = composer(consumer, "install", "--no-progress")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    got = run_readback(tmp_path, packages, consumer / "vendor" / "autoload.php")
    for name, _, doc in packages:
        check(doc, got[name])


@pytest.mark.slow
def test_a_consumer_reads_back_every_set_through_psr4(docs: dict[str, Document], tmp_path: Path) -> None:
    # Without Composer: the PSR-4 map of each package's composer.json, read by the consumer.
    packages = []
    for name, doc in docs.items():
        shutil.copytree(GENERATED / name, tmp_path / "vendor" / name)
        packages.append((name, tmp_path / "vendor" / name, doc))
    got = run_readback(tmp_path, packages)
    for name, folder, doc in packages:
        check(doc, got[name])


@pytest.mark.slow
def test_the_hostile_golden_cases_read_back_exactly(tmp_path: Path) -> None:
    packages = []
    for case in HOSTILE:
        folder = CASES / case / "expected" / "out" / "php" / "case"
        assert folder.is_dir()
        packages.append((case, folder, case_doc(case)))
    got = {}
    for key, folder, doc in packages:  # each in its own process: the cases share a namespace
        got.update(run_readback(tmp_path, [(key, folder, doc)]))
    for key, _, doc in packages:
        check(doc, got[key])


GUZZLE = Path("/usr/share/php/GuzzleHttp/autoload.php")


@pytest.mark.slow
def test_the_sdk_adapter_reads_real_responses_of_the_loopback_server(docs: dict[str, Document]) -> None:
    """Real HTTP responses (Debian's Guzzle against tests/cos_server.py), handed to
    fromCosException() in a STAND-IN of cos-php-sdk-v5's ServiceResponseException (the SDK is
    not in Debian: see tests/php/sdk_consumer.php); each set's error worked out from the rows."""
    from .cos_server import SCENARIOS, serve

    if not GUZZLE.is_file():
        require_tool("php-guzzlehttp-guzzle (/usr/share/php/GuzzleHttp)")
    with serve() as base:
        run = subprocess.run([php(), str(ROOT / "tests" / "php" / "sdk_consumer.php"), base, str(GENERATED), *SCENARIOS],
                             capture_output=True, timeout=300)  # fmt: skip
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-4000:] + run.stdout.decode("utf-8", "replace")[-4000:]
    got = json.loads(run.stdout.decode("utf-8"))
    sdk_class = "Qcloud\\Cos\\Exception\\ServiceResponseException"
    for key, s in SCENARIOS.items():
        # What the SDK's exception holds: the body's code and message; without a body, its
        # stand-in message (no server message) and AccessDenied for a 403.
        code = s.code if s.code is not None else ("AccessDenied" if s.status == 403 else None)
        message = s.message if s.code is not None else None
        for name, set_name in (("cos", "cos-error-codes"), ("ci", "ci-error-codes")):
            doc = docs[set_name]
            r = {"status": s.status, "code": code, "headers": {"X-ErrNo": s.errno} if s.errno is not None else {},
                 "message": message, "request_id": s.request_id, "trace_id": s.trace_id}  # fmt: skip
            want = {**expected_response(doc, r), "previous": "RuntimeException" if key == "sig-fail" else sdk_class}
            want["errno_kept"] = [s.errno] if s.errno is not None else None
            assert got[key][name] == want, (key, name)
    assert got["_plain"] == [f"Errcodegen\\Ci\\CIUnknownException", None, None, "LogicException"]
    assert got["_null"] == "Errcodegen\\Cos\\COSUnknownException"
