"""The README's Rust snippets, run as a team would: a consumer crate in a temporary folder,
the generated crates vendored into it, the README's `[dependencies]` block as its own, and each
Rust snippet one of its binaries (`src/bin/snippet<N>.rs`), built once and each run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from . import rust_readback as rb
from .conftest import ROOT
from .readme_snippets import snippets


def test_the_readme_has_rust_snippets() -> None:
    assert snippets("rust"), "the README has no Rust snippet marked <!-- tested: rust -->"
    cargo = snippets("rust-cargo")
    assert len(cargo) == 1 and cargo[0].startswith("[dependencies]\n"), cargo


@pytest.mark.slow
def test_every_rust_snippet_builds_and_runs(tmp_path: Path) -> None:
    consumer = tmp_path / "consumer"
    for crate in ("ci-error-codes", "ci-media-processing-error-codes"):
        shutil.copytree(ROOT / "generated" / "rust" / crate, consumer / "vendor" / crate)
    (consumer / "Cargo.toml").write_text(
        '[package]\nname = "consumer"\nversion = "0.1.0"\nedition = "2021"\npublish = false\n\n' + snippets("rust-cargo")[0],
        encoding="utf-8",
    )
    found = snippets("rust")
    for n, source in enumerate(found):
        path = consumer / "src" / "bin" / f"snippet{n}.rs"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    build = rb.cargo(["build", "-q", "--bins"], consumer)
    assert build.returncode == 0, build.stderr[-5000:]
    assert "warning" not in build.stderr, build.stderr[-5000:]
    for n in range(len(found)):
        run = rb.cargo(["run", "-q", "--bin", f"snippet{n}"], consumer)
        assert run.returncode == 0, f"snippet {n} failed:\n{found[n]}\n{run.stderr[-3000:]}"
