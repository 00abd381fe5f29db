"""The Rust output: the crates of both sets built, linted and read back by a consumer crate.

Fast tests check the rendering (header, determinism, options, names); the slow ones run the
real toolchain: `cargo fmt --check`, `cargo clippy -- -D warnings` and `cargo test` on each
generated crate (a copy: cargo writes Cargo.lock beside it), and a consumer crate with path
dependencies that reads back every entry (tests/rust_readback.py).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from errcodegen import config, pipeline
from errcodegen.targets.rust.escape import rust_comment, rust_lit, rust_opt_str, rust_str
from errcodegen.model import Document
from errcodegen.targets import rust
from errcodegen.targets.registry import by_name

TARGETS = by_name()
from errcodegen.view import View, header_line

from . import rust_readback as rb
from .conftest import ROOT, rust_verdict, vectors, render

GENERATED = ROOT / "generated" / "rust"
CASES = ROOT / "tests" / "cases"


@pytest.fixture(scope="module")
def docs() -> list[Document]:
    """Both configured sets, as `make generate` builds them."""
    # CI's own two sets, the first two configured (the COS sets follow them).
    return pipeline.build_models(config.load(ROOT / "pyproject.toml"))[:2]


def test_rust_string_literals_escape_what_rust_would_read() -> None:
    assert rust_str('a"b\\c') == '"a\\"b\\\\c"'
    assert rust_str("\n\r\t\x00\x7f") == '"\\n\\r\\t\\x00\\x7f"'
    # bidirectional controls, line separators, NEL: escaped (rustc denies them raw in a literal)
    assert rust_str("\u202e\u2066\u2028\x85") == '"\\u{202e}\\u{2066}\\u{2028}\\u{85}"'
    assert rust_str("\ud800") == '"\\u{fffd}"'  # a str cannot hold a lone surrogate
    assert rust_str("文件 \U0001f600 {x} \\u{41}") == '"文件 \U0001f600 {x} \\\\u{41}"'
    assert rust_opt_str(None) == "None" and rust_opt_str('"') == 'Some("\\"")'
    assert rust_lit(-46618) == "-46618" and rust_lit(True) == "true"
    with pytest.raises(ValueError, match="i64"):
        rust_lit(2**63)
    assert rust_comment("a\nb\r\u2028c\u202e */ /* //") == "a b c\\u202e */ /* //"


def test_each_set_renders_a_crate_with_the_go_header(docs: list[Document]) -> None:
    for doc, crate in zip(docs, ("ci-error-codes", "ci-media-processing-error-codes")):
        files = render(TARGETS["rust"], doc, {})
        assert sorted(files) == [f"rust/{crate}/Cargo.toml", f"rust/{crate}/src/lib.rs"]
        lib, cargo = str(files[f"rust/{crate}/src/lib.rs"]), str(files[f"rust/{crate}/Cargo.toml"])
        assert lib.startswith(f"// {header_line(doc)}\n") and cargo.startswith(f"# {header_line(doc)}\n")
        assert f"(sha256 {doc.sha256})" in lib and lib.split("\n")[0].endswith("DO NOT EDIT.")
        assert "#![forbid(unsafe_code)]" in lib and "unsafe " not in lib.replace("unsafe_code", "")
        assert '\nedition = "2021"\n' in cargo and f'\nrust-version = "{rust.RUST_VERSION}"\n' in cargo
        assert cargo.endswith("[dependencies]\n")  # none
        assert render(TARGETS["rust"], doc, {}) == files  # deterministic
        # what is committed is what renders
        for rel, text in files.items():
            assert (ROOT / "generated" / rel).read_text(encoding="utf-8") == str(text)


def test_identifiers_are_pascal_case_variants_of_the_pinned_names(docs: list[Document]) -> None:
    main, job = (View(d) for d in docs)
    found = {rust.identifier(main, c, e): e.code for c, e in main.entries}
    assert found["DownloadError::SignatureAuthenticationFails"] == -46618
    assert len(found) == len(main.entries)
    lib = (GENERATED / "ci-error-codes" / "src" / "lib.rs").read_text(encoding="utf-8")
    for name in found:
        category, variant = name.split("::")
        assert re.search(rf"\npub enum {category} {{\n(?:    .*\n)*?    {variant},\n", lib), name
    c, e = next((c, e) for c, e in job.entries if e.code == "AccessDenied")
    assert rust.identifier(job, c, e) == "ErrorCode::AccessDenied"
    assert rust.variant_name("SELF") == "Self_" and rust.variant_name("E_1") == "E1"


@pytest.mark.parametrize(
    "options, message",
    [
        ({"crate": "std"}, "standard library"),
        ({"crate": "proc-macro"}, "standard library"),
        ({"crate": "match"}, "keyword"),
        ({"crate": "Upper"}, "not a usable name"),
        ({"crate": "nul"}, "Windows"),
        ({"version": "1.0"}, "not a usable version"),
    ],
)
def test_bad_options_are_refused(docs: list[Document], options: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        render(TARGETS["rust"], docs[0], options)


def test_a_category_named_like_the_crates_own_type_is_refused(docs: list[Document]) -> None:
    from dataclasses import replace

    doc = docs[0]
    clash = replace(doc, categories=(replace(doc.categories[0], name="HeaderError"), *doc.categories[1:]))
    with pytest.raises(ValueError, match="HeaderError is already declared"):
        render(TARGETS["rust"], clash, {})


ROOT_ERRORS = {
    "ci-error-codes": "CiError",
    "ci-media-processing-error-codes": "CiMediaError",
    "cos-error-codes": "CosError",
    "cos-ci-error-codes": "CosciError",
}


def test_the_root_error_is_named_from_the_product_and_no_template_names_one() -> None:
    """Issue 19.5: `{rust.type_prefix}Error`, product words from configuration, none in templates."""
    for doc in pipeline.build_models(config.load(ROOT / "pyproject.toml")):
        view = View(doc)
        crate = doc.set_name
        error = ROOT_ERRORS[crate]
        assert f"{rust.type_prefix(view)}Error" == error
        lib = (GENERATED / crate / "src" / "lib.rs").read_text(encoding="utf-8")
        cargo = (GENERATED / crate / "Cargo.toml").read_text(encoding="utf-8")
        assert f"\npub struct {error} {{\n" in lib and f"\npub struct {error}Builder {{\n" in lib
        assert f"of {view.product_label}, generated from its error-code page" in cargo
        assert f"//! The {'symbolic ' if doc.kind == 'string' else ''}error codes of {view.product_label}" in lib
        if crate.startswith("cos"):
            assert "Cloud Infinite" not in lib + cargo and "CiError" not in lib
    for template in (ROOT / "templates" / "rust").glob("*.j2"):
        text = template.read_text(encoding="utf-8")
        assert "Tencent" not in text and "Cloud Infinite" not in text and "CiError" not in text.split("-#}", 1)[-1], template


@pytest.mark.parametrize("short, clash", [("Header", "HeaderError"), ("Download", "DownloadError"), ("Unknown", None)])
def test_a_product_whose_error_is_named_like_another_type_is_refused(docs: list[Document], short: str, clash: str | None) -> None:
    from dataclasses import replace

    from errcodegen.model import Product

    doc = replace(docs[0], product=Product("Something", short))
    if clash is None:
        assert "pub struct UnknownError {" in str(render(TARGETS["rust"], doc, {})["rust/ci-error-codes/src/lib.rs"])
        return
    with pytest.raises(ValueError, match=f"error type {clash} .*configure another product short name"):
        render(TARGETS["rust"], doc, {})


def test_cargo_toml_descriptions_are_toml_strings() -> None:
    import tomllib

    from errcodegen.targets.rust.escape import rust_toml_str

    text = 'a"b\\c\n\u202e\x00 \U0001f600 文'
    assert tomllib.loads(f"x = {rust_toml_str(text)}")["x"] == text
    assert rust_toml_str("\ud800") == '"\\uFFFD"'


def copy_crate(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("Cargo.lock", "target"))
    return target


@pytest.mark.slow
@pytest.mark.parametrize("crate", ["ci-error-codes", "ci-media-processing-error-codes"])
def test_generated_crate_passes_fmt_clippy_and_test(crate: str, rust_workspace: dict[str, Any]) -> None:
    """cargo fmt --check, clippy --all-targets -D warnings, test and doc (conftest's one workspace)."""
    for step in ("fmt", "clippy"):
        problem = rust_verdict(rust_workspace, step, crate)
        assert problem is None, f"cargo {step}:\n{problem[-8000:]}"
    for step in ("test", "doc"):
        status, output = rust_workspace[step]
        assert status == 0, f"cargo {step}:\n{output[-8000:]}"
    assert "warning" not in rust_workspace["doc"][1], rust_workspace["doc"][1]


@pytest.mark.slow
def test_a_consumer_crate_reads_back_both_sets(docs: list[Document], rust_workspace: dict[str, Any]) -> None:
    main, job = docs
    status, stderr = rust_workspace["run"]
    assert status == 0, stderr[-5000:]
    got = rust_workspace["readback"]
    assert rb.check_int(main, got["ci_error_codes"]) == []
    assert rb.check_string(job, got["ci_media_processing_error_codes"]) == []
    # the shared test vectors, read back as they are (the real page has no lone surrogate)
    back = [dict(zip(("category", "code", "name", "description", "action"), a[:5])) for a in got["ci_error_codes"]["all"]]
    assert back == vectors(main) and len(back) == len(main.entries()) > 100
    # Chinese text, and the English fallback where the Chinese page lacks a text
    zh = got["ci_error_codes"]["texts"]["zh"]
    index = [e.code for _, e in main.entries()].index(-46618)
    chinese = main.entries()[index][1].text("zh")
    assert chinese is not None and zh[index][0] == chinese.description and "签名" in zh[index][0]
    # see-also between the two sets
    see = [a for a in got["ci_media_processing_error_codes"]["all"] if a[0] == "InvalidArgument"]
    assert ["ci-error-codes", "media_processing", "1015"] in see[0][7]


def files(folder: Path) -> list[tuple[str, Path]]:
    return [(p.relative_to(folder).as_posix(), p) for p in sorted(folder.rglob("*")) if p.is_file()]


@pytest.mark.slow
def test_retired_codes_are_deprecated_for_a_consumer(tmp_path: Path) -> None:
    """The golden case retired_codes: naming a retired variant (or category) warns in a consumer."""
    folder = CASES / "retired_codes" / "expected" / "out" / "rust" / "case"
    lib = (folder / "src" / "lib.rs").read_text(encoding="utf-8")
    retired = re.findall(r'#\[deprecated\(note = "[^"]*"\)\]\n    (\w+),', lib)
    enums = re.findall(r"\npub enum (\w+) \{\n((?:    .*\n)*?)\}", lib)
    paths = [f"{name}::{v}" for name, body in enums for v in re.findall(r"^    (\w+),$", body, re.M) if v in retired]
    assert paths, "the case retires no code"
    crates = {"lib": {rel: p.read_text(encoding="utf-8") for rel, p in files(folder)}}
    uses = "".join(f"    println!(\"{{}}\", case::{p}.code());\n" for p in paths)
    source = f"fn main() {{\n{uses}}}\n"
    root = rb.workspace(tmp_path / "ws", crates, source)
    build = rb.cargo(["build", "-p", "readback"], root)
    assert build.returncode == 0, build.stderr[-4000:]
    warned = re.findall(r"warning: use of deprecated (?:unit )?variant `case::([\w:]+)`", build.stderr)
    assert sorted(set(warned)) == sorted(paths), build.stderr[-4000:]
    # ... and the crate itself builds without a warning (its own tables are allowed)
    lint = rb.cargo(["clippy", "-p", "case", "--", "-D", "warnings"], root)
    assert lint.returncode == 0, lint.stderr[-4000:]


GOLDEN_CRATES = sorted(p.parent.relative_to(CASES).as_posix() for p in CASES.glob("*/expected/out/rust/*/Cargo.toml"))  # <case>/expected/out/rust/<crate>


def test_the_golden_crates_are_found() -> None:
    """The parametrized test below runs on something: the case rendering every target has a crate."""
    assert "hostile_text/expected/out/rust/case" in GOLDEN_CRATES


@pytest.mark.slow
@pytest.mark.parametrize("case", GOLDEN_CRATES)
def test_golden_case_crates_pass_fmt_and_clippy(case: str, rust_workspace: dict[str, Any]) -> None:
    """The golden cases' crates (hostile text, the job page, retired codes, collisions, ...), in
    conftest's one workspace: cargo fmt --check and clippy --all-targets -D warnings."""
    package = rust_workspace["packages"][case]
    for step in ("fmt", "clippy"):
        problem = rust_verdict(rust_workspace, step, package)
        assert problem is None, f"cargo {step}:\n{problem[-8000:]}"


@pytest.mark.slow
@pytest.mark.parametrize("crate", ["ci-error-codes", "ci-media-processing-error-codes", "hostile_text", "retired_codes", "job_page"])
def test_the_stated_rust_version_builds_the_crate(crate: str, tmp_path: Path) -> None:
    """`rust-version` is true: the oldest Rust it names builds the crate without a warning. Needs
    that toolchain (`rustup toolchain install 1.56.0 --profile minimal`): skipped without it,
    also under CI, whose machine has one Rust (clippy's `incompatible_msrv` still checks the
    standard library calls against `rust-version` there)."""
    import subprocess

    rustup = shutil.which("rustup")
    toolchain = f"{rust.RUST_VERSION}.0"
    if rustup is None or subprocess.run([rustup, "run", toolchain, "rustc", "--version"], capture_output=True).returncode != 0:
        pytest.skip(f"the Rust {toolchain} toolchain is not installed")
    source = GENERATED / crate if crate.startswith("ci-") else next((CASES / crate / "expected" / "out" / "rust").iterdir())
    work = copy_crate(source, tmp_path / "crate")
    env = {**rb.cargo_env(), "CARGO_TARGET_DIR": str(rb.TARGET_DIR / f"rust-{toolchain}")}
    build = subprocess.run([rustup, "run", toolchain, "cargo", "build", "--offline"], cwd=work, capture_output=True, text=True, env=env, timeout=600)
    assert build.returncode == 0, build.stderr[-4000:]
    assert "warning" not in build.stderr, build.stderr[-4000:]
