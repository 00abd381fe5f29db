"""Issue 20: a set needs only `name` and `pages`; every output lies in `<language>/<set>/` and
takes its names from the set's name; two sets that would share a package, folder or file are
refused in one line naming both keys, before anything is written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

PAGE = ROOT / "source_docs" / "ci-error-codes.en.md"


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "errcodegen", *args], cwd=cwd, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip


def two_sets(tmp: Path, second: str = "") -> Path:
    (tmp / "pages").mkdir()
    shutil.copy(PAGE, tmp / "pages" / "a.md")
    shutil.copy(PAGE, tmp / "pages" / "b.md")
    (tmp / "pyproject.toml").write_text(
        '[tool.errcodegen]\n[[tool.errcodegen.sets]]\nname = "vod-error-codes"\npages = { en = "pages/a.md" }\n'
        f'[[tool.errcodegen.sets]]\nname = "live-streaming"\npages = {{ en = "pages/b.md" }}\n{second}',
        encoding="utf-8",
    )
    return tmp


def test_two_sets_of_one_kind_given_only_name_and_pages_generate(tmp_path: Path) -> None:
    proj = two_sets(tmp_path)
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    out = proj / "generated"
    expected = {
        # One rule, every language: <language>/<set>/, names from the set's words.
        "python/vod-error-codes/vod_error_codes/__init__.py", "python/live-streaming/live_streaming/__init__.py",
        "typescript/vod-error-codes/vodErrorCodes.ts", "typescript/live-streaming/liveStreaming.ts",
        "go/vod-error-codes/voderrors.go", "go/live-streaming/livestreamingerrors.go",
        "java/vod-error-codes/src/main/java/io/github/errcodegen/vod/VODErrors.java",
        "java/live-streaming/src/main/java/io/github/errcodegen/livestreaming/LiveStreamingErrors.java",
        "rust/vod-error-codes/Cargo.toml", "rust/live-streaming/Cargo.toml",
        "schema/vod-error-codes.schema.json", "json/live-streaming.json", "docs/vod-error-codes.html", "docs/index.html",
    }  # fmt: skip
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert expected <= written, sorted(expected - written)
    gomod = (out / "go" / "live-streaming" / "go.mod").read_text(encoding="utf-8")
    assert "\nmodule github.com/errcodegen/ci-error-codes/generated/go/live-streaming\n" in gomod
    assert run(proj, "check").returncode == 0


def test_a_collision_the_configuration_causes_is_one_line_naming_both_keys(tmp_path: Path) -> None:
    proj = two_sets(tmp_path, 'python = { package = "vod_error_codes" }\n')
    result = run(proj, "generate")
    assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
    line = result.stderr
    assert "tool.errcodegen.sets[1].python.package" in line and "tool.errcodegen.sets[0].python.package" in line
    assert "by default, from the name 'vod-error-codes'" in line and "'vod_error_codes'" in line
    assert not (proj / "generated").exists(), "nothing is written"
    assert run(proj, "check").returncode == 2
