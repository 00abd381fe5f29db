"""The command line: exit statuses, messages, check's diff, and bad input leaving outputs alone."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from errcodegen.cli import main
from errcodegen.lock import LOCK_NAME

from .conftest import ROOT

TABLE = "### Download errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n"


SINGLE = """[tool.errcodegen]
source = "source_docs/ci-error-codes.en.md"
"""


# The first set's options as they follow from its name, written out so that a test can change one.
EXPLICIT = """python = { package = "ci_error_codes" }
typescript = { package = "ci-error-codes", file = "ciErrorCodes.ts" }
go = { dir = "ci-error-codes", repo = "github.com/errcodegen/ci-error-codes", package = "cierrors" }
rust = { crate = "ci-error-codes" }
schema = { file = "ci-error-codes.schema.json" }
json = { file = "ci-error-codes.json" }
java = { dir = "ci-error-codes", package = "io.github.errcodegen.ci", group = "io.github.errcodegen", artifact = "ci-error-codes" }
"""


def project(tmp: Path, page: str | bytes | None = None, single: bool = False) -> Path:
    """A throw-away project: a copy of the real configuration (or one English page) and pages, the
    first set's options written out (`EXPLICIT`: what its name gives them)."""
    if single:
        (tmp / "pyproject.toml").write_text(SINGLE, encoding="utf-8")
    else:
        config = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
        first = 'product = { name = "Tencent Cloud Infinite", short = "CI" }\n'
        assert first in config
        (tmp / "pyproject.toml").write_text(config.replace(first, first + EXPLICIT, 1), encoding="utf-8")
    shutil.copytree(ROOT / "source_docs", tmp / "source_docs")
    if page is not None:
        target = tmp / "source_docs" / "ci-error-codes.en.md"
        target.write_bytes(page.encode() if isinstance(page, str) else page)
    return tmp


def run(tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "errcodegen", *args], cwd=tmp, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` but the project's lock file (empty; created once and kept, see lock.py)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not (p.name == LOCK_NAME and p.stat().st_size == 0)
    }


def test_generate_matches_the_committed_tree(tmp_path: Path) -> None:
    proj = project(tmp_path)
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    assert snapshot(proj / "generated") == snapshot(ROOT / "generated")
    assert run(proj, "check").returncode == 0


def test_check_prints_a_diff_and_exits_1_when_stale(tmp_path: Path) -> None:
    proj = project(tmp_path)
    run(proj, "generate")
    target = proj / "generated" / "typescript" / "ci-error-codes" / "ciErrorCodes.ts"
    target.write_text(target.read_text(encoding="utf-8").replace("Invalid request.", "Edited."), encoding="utf-8")
    result = run(proj, "check")
    assert result.returncode == 1
    assert "--- a/typescript/ci-error-codes/ciErrorCodes.ts" in result.stdout
    assert "-  " in result.stdout or "+  " in result.stdout
    assert "stale" in result.stderr


def test_check_fails_when_the_names_file_would_change(tmp_path: Path) -> None:
    proj = project(tmp_path)
    run(proj, "generate")
    names = proj / "source_docs" / "names.toml"
    names.write_text(names.read_text(encoding="utf-8").replace('-103 = { name = "INVALID_REQUEST"', '-103 = { name = "RENAMED"'), encoding="utf-8")
    assert run(proj, "check").returncode == 1  # the rename is not generated yet
    assert run(proj, "generate").returncode == 0
    assert "RENAMED = -103" in (proj / "generated/python/ci-error-codes/ci_error_codes/__init__.py").read_text(encoding="utf-8")
    assert run(proj, "check").returncode == 0


@pytest.mark.parametrize(
    "page, where",
    [
        (TABLE + "| -1 | a | b | EXTRA |\n", "ci-error-codes.en.md:5:15: error:"),
        (TABLE + "| -1 | a | b |\n| abc | c | d |\n", "ci-error-codes.en.md:6:1: error: error code 'abc' is not an integer"),
        (b"### X\n\xff\xfe", "ci-error-codes.en.md:2:1: error: invalid UTF-8"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_outputs_untouched(tmp_path: Path, page: str | bytes, where: str) -> None:
    proj = project(tmp_path)
    run(proj, "generate")
    before = snapshot(proj / "generated")
    names_before = (proj / "source_docs" / "names.toml").read_bytes()
    (proj / "source_docs" / "ci-error-codes.en.md").write_bytes(page.encode() if isinstance(page, str) else page)
    result = run(proj, "generate")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert where in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(proj / "generated") == before
    assert (proj / "source_docs" / "names.toml").read_bytes() == names_before


def test_missing_source_is_exit_2(tmp_path: Path) -> None:
    proj = project(tmp_path)
    result = run(proj, "generate", "--source", "nope.md")
    assert result.returncode == 2 and "cannot read file" in result.stderr


@pytest.mark.parametrize(
    "old, new, key",
    [
        ('python = { package = "ci_error_codes" }', 'python = { package = "ci_error_codes", extra = "x" }', "tool.errcodegen.sets[0].python.extra"),
        ('kind = "string"', 'kind = "text"', "tool.errcodegen.sets[1].kind"),
        ('name = "ci-error-codes"', 'name = "ci-error-codes"\nsource = "x.md"', "tool.errcodegen.sets[0]: give either source or pages"),
        ('out = "generated"', 'out = 7', "tool.errcodegen.out"),
        ('pages = { en = "source_docs/ci-error-codes.en.md", zh', 'pages = { EN = "source_docs/ci-error-codes.en.md", zh', "tool.errcodegen.sets[0].pages.EN"),
    ],
)
def test_wrong_configuration_names_the_key(tmp_path: Path, old: str, new: str, key: str) -> None:
    proj = project(tmp_path)
    config = proj / "pyproject.toml"
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run(proj, "generate")
    assert result.returncode == 2 and key in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_without_configuration_the_defaults_give_one_english_set(tmp_path: Path) -> None:
    proj = project(tmp_path)
    (proj / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert run(proj, "generate").returncode == 0
    files = sorted(p.relative_to(proj / "generated").as_posix() for p in (proj / "generated").rglob("*") if p.is_file())
    java = "java/ci-error-codes/src/main/java/io/github/errcodegen/ci/"
    java_types = ["CIErrors", "CIException", "Category", "ContentModerationError", "DownloadError", "ErrorInfo", "FilePreviewError",
                  "LocalizedText", "MediaProcessingError", "PersistenceProcessingError", "SeeAlso", "Variant"]  # fmt: skip
    categories = ["ContentModeration", "Download", "FilePreview", "MediaProcessing", "PersistenceProcessing"]
    php_types = [t for t in java_types if t != "CIException"] + ["CIException", "CIUnknownException"]
    php_types += [f"{c}Exception" for c in categories]
    assert files == [
        "docs/ci-error-codes.html", "docs/ci-error-codes.md",
        "errcodegen-manifest.json", "go/ci-error-codes/cierrors.go", "go/ci-error-codes/go.mod", "java/ci-error-codes/pom.xml",
        *(f"{java}{t}.java" for t in java_types), "json/ci-error-codes.json",
        "php/ci-error-codes/composer.json", *(f"php/ci-error-codes/src/{t}.php" for t in sorted(php_types)),
        "python/ci-error-codes/ci_error_codes/__init__.py",
        "python/ci-error-codes/ci_error_codes/py.typed", "python/ci-error-codes/pyproject.toml", "rust/ci-error-codes/Cargo.toml",
        "rust/ci-error-codes/src/lib.rs", "schema/ci-error-codes.schema.json",
        "typescript/ci-error-codes/ciErrorCodes.d.ts", "typescript/ci-error-codes/ciErrorCodes.js", "typescript/ci-error-codes/ciErrorCodes.ts",
        "typescript/ci-error-codes/package.json",
    ]
    model = json.loads((proj / "generated/json/ci-error-codes.json").read_text(encoding="utf-8"))
    assert model["locales"] == ["en"]


def test_parse_prints_the_model_and_lint_the_diagnostics(capsys: pytest.CaptureFixture[str]) -> None:
    source = str(ROOT / "source_docs" / "ci-error-codes.en.md")
    assert main(["parse", source]) == 0
    out, err = capsys.readouterr()
    model = json.loads(out)
    assert sum(len(c["entries"]) for c in model["categories"]) == 104
    assert {"id", "title", "fallback", "entries"} <= set(model["categories"][0])
    assert {"code", "name", "upstream_name", "description", "action", "links", "line"} <= set(model["categories"][0]["entries"][0])
    assert [d["line"] for d in model["diagnostics"]] == [29, 58]
    assert err.count("warning") == 2
    assert main(["lint", source]) == 0
    _, err = capsys.readouterr()
    assert err.splitlines()[0].endswith("ci-error-codes.en.md:29:216: warning: row has 4 cells, the header 3; extra cell '-' ignored")
    assert main(["lint", "--strict", source]) == 1
    _, err = capsys.readouterr()
    assert ": error: row has 4 cells" in err


def test_parse_with_errors_still_prints_the_model_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "p.md"
    page.write_text(TABLE + "| -1 | a | b | EXTRA |\n| -2 | c | d |\n", encoding="utf-8")
    assert main(["parse", str(page)]) == 1
    out, err = capsys.readouterr()
    assert [e["code"] for e in json.loads(out)["categories"][0]["entries"]] == [-1, -2]
    assert "error" in err


def test_console_script_and_usage_errors(tmp_path: Path) -> None:
    assert run(tmp_path, "frobnicate").returncode == 2
    assert run(tmp_path, "parse").returncode == 2
    assert run(tmp_path, "parse", str(tmp_path / "missing.md")).returncode == 2


def test_diff_refuses_pages_with_errors_instead_of_reporting_removals(tmp_path: Path) -> None:
    source = (ROOT / "source_docs" / "ci-error-codes.en.md").read_text(encoding="utf-8")
    old, new = tmp_path / "old.md", tmp_path / "new.md"
    old.write_text(source, encoding="utf-8")
    new.write_text(source.replace("| -103 ", "| -1O3 "), encoding="utf-8")
    result = run(tmp_path, "diff", "--fail-on-breaking", str(old), str(new))
    assert result.returncode == 2 and "-1O3" in result.stderr and "not an integer" in result.stderr
    job = ROOT / "source_docs" / "ci-media-processing-error-codes.en.md"
    assert run(tmp_path, "diff", str(job), str(job)).returncode == 2  # symbolic codes need --kind string
    assert run(tmp_path, "diff", "--kind", "string", str(job), str(job)).returncode == 0


@pytest.mark.parametrize(
    "names, message",
    [
        ("category = 1\n", "category must be a table"),
        ('[category.download]\nname = "DownloadError"\ncodes = 1\n', "codes must be a table"),
        ('[category.download]\nname = "DownloadError"\n[category.download.codes]\n"abc" = { name = "X" }\n', "int codes"),
        ('[category.download]\nname = "DownloadError"\n[category.download.codes]\n-9 = { name = "X", action = 5 }\n', "action must be a string"),
        ('[category.download]\nname = "CIError"\n', "not a built-in type name"),
    ],
)
def test_a_broken_names_file_is_a_one_line_error(tmp_path: Path, names: str, message: str) -> None:
    proj = project(tmp_path, single=True)
    (proj / "source_docs" / "names.toml").write_text(names, encoding="utf-8")
    result = run(proj, "generate")
    assert result.returncode == 2 and message in result.stderr, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and not (proj / "generated").exists()


def test_odd_paths_are_one_line_errors(tmp_path: Path) -> None:
    proj = project(tmp_path)
    for args in (["--config", str(tmp_path), "generate"], ["--config", "missing.toml", "generate"], ["diff", "a.md", "b.md", "--names", str(tmp_path)], ["parse", str(tmp_path)]):
        result = run(proj, *args)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_two_sets_sharing_a_names_file_are_refused(tmp_path: Path) -> None:
    proj = project(tmp_path)
    config = proj / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('names = "source_docs/media-processing-names.toml"', 'names = "source_docs/names.toml"'), encoding="utf-8")
    result = run(proj, "generate")
    assert result.returncode == 2 and "same names file" in result.stderr


def test_a_heading_that_names_an_api_type_or_a_pragma_stays_harmless(tmp_path: Path) -> None:
    page = "### C.I. errors\n\n| Error Code | Description | Action |\n|-|-|-|\n| -1 | x | - |\n\n### type: ignore[misc] x\n\n| Error Code | Description | Action |\n|-|-|-|\n| -2 | y | - |\n"
    proj = project(tmp_path, page=page, single=True)
    (proj / "source_docs" / "names.toml").unlink()
    assert run(proj, "generate").returncode == 0
    module = (proj / "generated" / "python" / "ci-error-codes" / "ci_error_codes" / "__init__.py").read_text(encoding="utf-8")
    assert "class CiCIError(CIError):" in module
    assert "# (text) type: ignore[misc] x" in module
    check = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "ci_error_codes"],
        cwd=proj / "generated" / "python" / "ci-error-codes", capture_output=True, text=True,
    )
    assert check.returncode == 0, check.stdout
