"""The Rust snippets of the docs (docs/languages/rust.md, read by tests/readme_snippets.py), run as
a team would: a consumer crate in a temporary folder, the generated crates vendored into it, the
docs' `[dependencies]` block as its own, and each Rust snippet one of its binaries
(`src/bin/snippet<N>.rs`), built once and each run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from . import rust_readback as rb
from .conftest import ROOT
from .readme_snippets import snippets


def test_the_readme_has_rust_snippets() -> None:
    assert snippets("rust"), "the docs have no Rust snippet marked <!-- tested: rust -->"
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


SDK_CONSUMER = ROOT / "tests" / "rust_sdk"


def test_the_readme_has_rust_sdk_snippets() -> None:
    """"Using the errors with HTTP clients" (docs/languages/rust.md): snippets with a plain HTTP client, whose
    dependencies are tests/rust_sdk's (its Cargo.lock pins them)."""
    assert len(snippets("rust-sdk")) >= 2
    cargo = snippets("rust-sdk-cargo")
    assert len(cargo) == 1 and cargo[0].startswith("[dependencies]\n"), cargo
    names = sorted(line.split(" ", 1)[0] for line in cargo[0].splitlines()[1:] if line)
    manifest = (SDK_CONSUMER / "Cargo.toml").read_text(encoding="utf-8")
    assert names == sorted(line.split(" ", 1)[0] for line in manifest.split("[dependencies]\n", 1)[1].split("\n\n", 1)[0].splitlines())


@pytest.mark.slow
def test_every_rust_sdk_snippet_builds_and_runs_against_the_loopback_server(tmp_path: Path) -> None:
    """Each snippet a binary of a crate named as tests/rust_sdk (so that its Cargo.lock holds,
    `--locked`), run with the URL of tests/cos_server.py as its argument."""
    import subprocess
    import sys

    consumer = tmp_path / "consumer"
    for crate in ("ci-error-codes", "cos-error-codes"):
        shutil.copytree(ROOT / "generated" / "rust" / crate, consumer / "vendor" / crate)
    (consumer / "Cargo.toml").write_text(
        '[package]\nname = "rust-sdk-consumer"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n' + snippets("rust-sdk-cargo")[0] + "\n[workspace]\n",
        encoding="utf-8",
    )
    shutil.copy(SDK_CONSUMER / "Cargo.lock", consumer / "Cargo.lock")
    found = snippets("rust-sdk")
    for n, source in enumerate(found):
        path = consumer / "src" / "bin" / f"sdk{n}.rs"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    env = {k: v for k, v in rb.cargo_env().items() if k != "CARGO_NET_OFFLINE"}  # fetches the pinned client
    build = subprocess.run([rb.require_cargo(), "build", "-q", "--locked", "--bins"], cwd=consumer, capture_output=True, text=True, env=env, timeout=1200)
    assert build.returncode == 0, build.stderr[-5000:]
    assert "warning" not in build.stderr, build.stderr[-5000:]
    server = subprocess.Popen([sys.executable, str(ROOT / "tests" / "cos_server.py")], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        for n in range(len(found)):
            run = subprocess.run([rb.require_cargo(), "run", "-q", "--locked", "--bin", f"sdk{n}", "--", f"{url}/examplebucket-1250000000"], cwd=consumer, capture_output=True, text=True, env=env, timeout=600)
            assert run.returncode == 0, f"snippet {n} failed:\n{found[n]}\n{run.stderr[-3000:]}"
            assert " (HTTP " in run.stdout
    finally:
        server.terminate()
        server.wait(10)
