"""The Go snippets of the docs (docs/languages/go.md, read by tests/readme_snippets.py) (`<!--
tested: go -->`, `<!-- tested: go-mod -->`), run as a team would: a module of its own whose
go.mod is the docs', with the generated modules vendored where its `replace` directives point;
each Go snippet is that module's main package, built, vetted and run, and what it prints must be
the snippet's `// Output:` comment."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT, require_tool
from .readme_snippets import snippets

OUTPUT = re.compile(r"\n// Output:\n((?://(?: .*)?\n)+)$")
REPLACE = re.compile(r"^replace (\S+) => (\./\S+)$", re.M)


def expected_output(snippet: str) -> str:
    match = OUTPUT.search(snippet)
    assert match, "a Go snippet ends with the `// Output:` it prints"
    return "".join(line[3:] + "\n" for line in match[1].splitlines())


def test_the_readme_has_go_snippets() -> None:
    assert len(snippets("go-mod")) == 1
    found = snippets("go")
    assert len(found) >= 2
    for snippet in found:
        assert snippet.startswith("package main\n")
        assert expected_output(snippet)


def test_the_readme_go_mod_vendors_the_committed_modules() -> None:
    gomod = snippets("go-mod")[0]
    replaced = dict(REPLACE.findall(gomod))
    assert set(replaced) == {
        "github.com/errcodegen/ci-error-codes/generated/go/ci-error-codes",
        "github.com/errcodegen/ci-error-codes/generated/go/ci-media-processing-error-codes",
    }
    for module, path in replaced.items():
        folder = path.removeprefix("./third_party/ci-error-codes/")
        assert f"\nmodule {module}\n" in (ROOT / folder / "go.mod").read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(snippets("go"))))
def test_a_readme_go_snippet_runs_and_prints_its_output(index: int, tmp_path: Path) -> None:
    go = require_tool("go")
    env = {**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off"}
    gomod = snippets("go-mod")[0]
    app = tmp_path / "app"
    app.mkdir()
    (app / "go.mod").write_text(gomod, encoding="utf-8")
    for _, path in REPLACE.findall(gomod):  # vendor the committed module where the README points
        folder = path.removeprefix("./third_party/ci-error-codes/")
        shutil.copytree(ROOT / folder, app / path)
    snippet = snippets("go")[index]
    (app / "main.go").write_text(snippet, encoding="utf-8", newline="\n")
    vet = subprocess.run([go, "vet", "."], cwd=app, capture_output=True, text=True, env=env, timeout=600)
    assert vet.returncode == 0, vet.stdout + vet.stderr
    run = subprocess.run([go, "run", "."], cwd=app, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == expected_output(snippet)


# The snippet of "Using the errors with Tencent's SDK" (docs/languages/go.md): a module that requires Tencent's Go SDK
# and the generated modules, as tests/gosdk does (its go.mod and go.sum, the `replace` directives
# pointing at the committed modules), run against the loopback server instead of the bucket.
BUCKET_URL = "https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com"


def test_the_readme_has_one_sdk_snippet() -> None:
    [snippet] = snippets("go-sdk")
    assert snippet.startswith("package main\n") and expected_output(snippet)
    assert snippet.count(BUCKET_URL) == 1
    assert '"github.com/tencentyun/cos-go-sdk-v5"' in snippet


@pytest.mark.slow
def test_the_readme_sdk_snippet_runs_against_the_loopback_server(tmp_path: Path) -> None:
    from .cos_server import serve

    go = require_tool("go")
    # The module proxy allowed (a fresh clone fetches the SDK); go.mod and go.sum as committed.
    env = {k: v for k, v in os.environ.items() if k != "GOPROXY"} | {"GOTOOLCHAIN": "local", "GOFLAGS": "-mod=readonly", "GOWORK": "off"}
    consumer = ROOT / "tests" / "gosdk"
    gomod = (consumer / "go.mod").read_text(encoding="utf-8")
    assert gomod.count("=> ../../generated/") == 2
    app = tmp_path / "app"
    app.mkdir()
    (app / "go.mod").write_text(gomod.replace("=> ../../generated/", f"=> {(ROOT / 'generated').as_posix()}/"), encoding="utf-8")
    shutil.copy(consumer / "go.sum", app / "go.sum")
    [snippet] = snippets("go-sdk")
    with serve() as url:
        (app / "main.go").write_text(snippet.replace(BUCKET_URL, url), encoding="utf-8", newline="\n")
        vet = subprocess.run([go, "vet", "."], cwd=app, capture_output=True, text=True, env=env, timeout=600)
        assert vet.returncode == 0, vet.stdout + vet.stderr
        run = subprocess.run([go, "run", "."], cwd=app, capture_output=True, text=True, env=env, timeout=600)
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout == expected_output(snippet)
