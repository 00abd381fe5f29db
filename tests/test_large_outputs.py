"""The outputs of Python, TypeScript, Go and Rust at sizes past the real page's (issue 22): one
category of 1 500 codes and a description of 100 KB pass the toolchains, and Python reads the
text back exactly. 1 500 is past where tsc refused the array of every code (TS2590, "union
type that is too complex", from about 1 100 rows: it reduced the union of each row's literal
type pairwise); the 20 000-code check of every toolchain, with its time and peak memory, is
`python -m tests.large_pages 20000` (minutes: rustc spent 10 GB on `derive(Debug)` of 20 000
variants before, see targets/rust/templates/lib.rs.j2)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from . import large_pages
from .conftest import require_tool

ROWS = 1500


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    proj = large_pages.project(tmp_path_factory.mktemp("large"), ROWS, large_pages.big_text())
    done = large_pages.generate(proj)
    assert done.returncode == 0, done.output[-3000:]
    return proj


def test_the_page_is_past_the_old_limits() -> None:
    assert len(large_pages.big_text().encode()) > 100_000 and ROWS > 1100


@pytest.mark.slow
def test_python_imports_the_package_and_reads_back_the_100_kb_text(generated: Path) -> None:
    from errcodegen.pipeline import read_named

    text = read_named(str(generated / "page.md")).categories[0].entries[0].description  # as the page reads
    assert len(text.encode()) > 100_000, len(text.encode())
    (generated / "big.txt").write_text(text, encoding="utf-8")
    code = (
        "import sys, page\n"
        "text = open(sys.argv[1], encoding='utf-8').read()\n"
        "assert page.lookup(-1)[0].description == text\n"
        f"assert [len(page.lookup(-i)) for i in range(1, {ROWS + 1})] == [1] * {ROWS}\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(generated / "big.txt")], cwd=generated / "generated" / "python" / "page",
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.mark.slow
def test_tsc_strict_accepts_the_module(generated: Path) -> None:
    require_tool("node")
    done = large_pages.run([str(large_pages.TSC), "--strict", "--noEmit", "--target", "es2022", "--module", "es2020",
                            "--moduleResolution", "bundler", "page.ts"], generated / "generated" / "typescript" / "page")
    assert done.returncode == 0, done.output[-3000:]


@pytest.mark.slow
def test_go_vet_accepts_the_package(generated: Path) -> None:
    require_tool("go")
    done = large_pages.run(["go", "vet", "./..."], generated / "generated" / "go" / "page", large_pages.GO_ENV)
    assert done.returncode == 0, done.output[-3000:]


@pytest.mark.slow
def test_cargo_check_accepts_the_crate(generated: Path, tmp_path: Path) -> None:
    require_tool("cargo")
    done = large_pages.run(["cargo", "check", "--offline", "-q"], generated / "generated" / "rust" / "page", {"CARGO_TARGET_DIR": str(tmp_path)})
    assert done.returncode == 0, done.output[-3000:]


@pytest.mark.slow
@pytest.mark.large
def test_typescript_takes_1000_categories_and_refuses_1001_before_writing(tmp_path: Path) -> None:
    """tsc refuses a union of more than 1 000 object types (TS2590); `ErrorInfo` is one member per
    category: 1 000 categories compile, 1 001 are one line and exit 2, nothing written."""
    from errcodegen.targets.typescript import MAX_CATEGORIES

    from .synth import sections

    require_tool("node")
    results = {}
    for count in (MAX_CATEGORIES, MAX_CATEGORIES + 1):
        proj = tmp_path / str(count)
        (proj / "source_docs").mkdir(parents=True)
        (proj / "source_docs" / "page.md").write_text(sections(count), encoding="utf-8")
        (proj / "pyproject.toml").write_text('[tool.errcodegen]\nsource = "source_docs/page.md"\ntargets = ["typescript"]\n', encoding="utf-8")
        results[count] = subprocess.run([sys.executable, "-m", "errcodegen", "generate"], cwd=proj, capture_output=True, text=True, timeout=600)
    refused = results[MAX_CATEGORIES + 1]
    assert refused.returncode == 2
    assert refused.stderr.splitlines()[-1].endswith(f"typescript: {MAX_CATEGORIES + 1} categories: the module's ErrorInfo type is a union of one type "
                                                    f"per category, and tsc refuses one of more than {MAX_CATEGORIES} (TS2590); leave typescript out of this set's targets")
    assert sorted(p.name for p in (tmp_path / str(MAX_CATEGORIES + 1)).iterdir()) == [".errcodegen.lock", "pyproject.toml", "source_docs"]  # the lock: empty, kept
    assert sorted(p.name for p in (tmp_path / str(MAX_CATEGORIES + 1) / "source_docs").iterdir()) == ["page.md"]
    assert results[MAX_CATEGORIES].returncode == 0, results[MAX_CATEGORIES].stderr[-2000:]
    folder = tmp_path / str(MAX_CATEGORIES) / "generated" / "typescript" / "page"
    done = large_pages.run([str(large_pages.TSC), "--strict", "--noEmit", "--target", "es2022", "--module", "es2020",
                            "--moduleResolution", "bundler", "page.ts"], folder)
    assert done.returncode == 0, done.output[-3000:]
