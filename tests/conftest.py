"""Shared fixtures: the real page's model, shared test vectors, toolchain lookup, and each toolchain built once per run."""

from __future__ import annotations

import dataclasses
import io
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable, Mapping

import hypothesis
import pytest

from errcodegen.model import Document
from errcodegen.names import NamesFile
from errcodegen.naming import assign_names
from errcodegen.parse import read_page
from errcodegen.content import Content
from errcodegen.pipeline import render_all
from errcodegen.targets.base import Target
from errcodegen.targets.registry import type_names, view_of
from errcodegen.view import View

# The property tests draw the same examples on every run (a failure is reproducible, never a
# flake in CI); `make fuzz` (FUZZ_EXAMPLES set) draws new ones each time.
hypothesis.settings.register_profile("deterministic", derandomize=True, database=None)
hypothesis.settings.register_profile("fuzz")
# The suite runs Python hundreds of times with bytecode cached (the Makefile lets it write it,
# as users' installs have it), some of it on generated packages under tests/cases and generated/:
# every cache goes to a folder of its own, outside the tree, never beside what is compared.
os.environ.setdefault("PYTHONPYCACHEPREFIX", str(Path(tempfile.gettempdir()) / f"errcodegen-tests-pycache-{os.getuid()}"))

hypothesis.settings.load_profile("fuzz" if os.environ.get("FUZZ_EXAMPLES") else "deterministic")

TYPES = type_names()  # what the outputs reserve of type names, as generate names


def report_text(report: Any, fmt: str) -> str:
    """A diff report as the tool writes it (`diff.write`) in `fmt` (text, markdown or json)."""
    from errcodegen import diff

    out = io.StringIO()
    diff.write(report, fmt, out)
    return out.getvalue()


def render(target: Any, model: Document | View, options: Mapping[str, Any] | None = None, lazy: bool = False) -> dict[str, Content]:
    """One target's files of a document (or of its view), through the tool's one render path
    (`pipeline.render_all`, with the run's default template environment): `target` is a target
    or its package (`targets.python`); `options` its options, exactly (the set's name, which a
    run adds to them, only if given: the target's own defaults otherwise). With `lazy`, a large
    text is a Lazy, made when it is read. Files in path order."""
    chosen: Target = getattr(target, "TARGET", target)
    view = model if isinstance(model, View) else view_of(model, (chosen,))
    unnamed = dataclasses.replace(view.model, set_name="")  # render_all adds no set name to the options
    return render_all(unnamed, {chosen.name: dict(options or {})}, lazy=lazy, view=view, targets=(chosen,))

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "source_docs" / "ci-error-codes.en.md"


def python_path(folder: Path) -> str:
    """PYTHONPATH (or MYPYPATH) for the generated Python projects under `folder`, the output's
    `python/` folder: each project `python/<set>/` holds its package beside its pyproject.toml."""
    return os.pathsep.join(sorted(str(p) for p in folder.iterdir() if p.is_dir()))


def in_ci() -> bool:
    """True under CI (CI=true), where a missing toolchain is a failure, not a skip."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def require_tool(name: str, *candidates: Path) -> str:
    """Return the path of a toolchain command; skip the test (fail under CI) when missing."""
    for candidate in candidates:
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    message = f"toolchain command {name!r} not found"
    if in_ci():
        pytest.fail(message + " (CI=true: a missing toolchain is a failure)")
    pytest.skip(message)


def named_model(path: Path = SOURCE, display: str | None = None, names: Path | None = None) -> Document:
    """Parse a page and name it: with a names file when given (as `generate` does), else derived."""
    shown = display or (path.relative_to(ROOT).as_posix() if path.is_relative_to(ROOT) else str(path))
    doc = read_page(path, shown)
    if names is not None:
        return NamesFile.load(names, types=TYPES).apply(doc)
    return assign_names(doc, types=TYPES)


def vectors(doc: Document) -> list[dict[str, Any]]:
    """The shared test vectors: what every target must read back, in document order."""
    return [
        {
            "category": c.id,
            "code": e.code,
            "name": e.name,
            "description": e.description,
            "action": e.action,
        }
        for c, e in doc.entries()
    ]


def localized_vectors(doc: Document, locale: str) -> list[dict[str, Any]]:
    """`vectors(doc)` with each entry's texts in `locale`: each the default locale's where it has none
    (no text for the code, or no action)."""
    out = []
    for v, (_, e) in zip(vectors(doc), doc.entries()):
        text = e.text(locale) if locale != doc.locale else None
        if text is not None:
            v = {**v, "description": text.description, "action": e.action if text.action is None else text.action}
        out.append(v)
    return out


def localized_categories(doc: Document, locale: str) -> list[tuple[str, str, str | None]]:
    """(id, title, fallback) of every category in `locale`: each the default locale's where it has none."""
    out = []
    for c in doc.categories:
        text = c.text(locale) if locale != doc.locale else None
        if text is None:
            out.append((c.id, c.title, c.fallback))
        else:
            out.append((c.id, text.description, c.fallback if text.action is None else text.action))
    return out


NAMES = ROOT / "source_docs" / "names.toml"


@pytest.fixture(scope="session")
def current_doc() -> Document:
    """The current English page, named with the committed names file, as `make generate` does."""
    return named_model(names=NAMES)


def bilingual_model() -> Document:
    """The configured set `ci-error-codes` (English, with the Chinese page merged in), as `make generate` builds it."""
    from errcodegen import config, pipeline

    doc = pipeline.build_models(config.load(ROOT / "pyproject.toml"))[0]
    assert doc.locales == ("en", "zh") and doc.locale == "en"
    return doc


@pytest.fixture(scope="session")
def bilingual_doc() -> Document:
    """bilingual_model(), once a run."""
    return bilingual_model()


# ---------------------------------------------------------------------------------------
# Toolchains built once per pytest run, shared by the tests that need them: each fixture runs
# its toolchain once over everything it serves and returns the result; the tests assert on it
# (a fixture that fails to build fails every test that uses it, with the toolchain's output).

JAVA_GENERATED = ROOT / "generated" / "java"


@pytest.fixture(scope="session")
def java_sdk_classpath(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The COS Java SDK's classpath (tests/java_sdk.py): one Maven run per pytest run."""
    from .java_sdk import sdk_classpath

    return sdk_classpath(tmp_path_factory.mktemp("java-sdk"))


@pytest.fixture(scope="session")
def java_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every committed Java project (generated/java/*), compiled by one strict javac run, as
    their pom.xml compiles them (their packages differ: one class folder holds them all)."""
    import subprocess

    from .roundtrip import JAVAC_FLAGS

    javac = require_tool("javac")
    out = tmp_path_factory.mktemp("java-lib")
    sources = sorted(str(p) for p in JAVA_GENERATED.rglob("*.java"))
    built = subprocess.run([javac, *JAVAC_FLAGS, "-d", str(out), *sources], capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stdout + built.stderr
    return out


RUST_GENERATED = ("ci-error-codes", "ci-media-processing-error-codes")  # CI's own two sets


@pytest.fixture(scope="session")
def rust_workspace(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One Cargo workspace for the Rust tests of the committed crates: CI's two generated crates,
    every golden case's crate (its package renamed `golden-<case>`: they are all `case`), and a
    readback crate reading both generated sets (tests/rust_readback.py); then, once each, `cargo
    fmt --check` and `cargo clippy --all-targets -D warnings` over every crate (`--keep-going`:
    each crate's own verdict), `cargo test` and `cargo doc` of the generated crates, and `cargo run`
    of the readback. Returns {"root", "packages": {folder: package}, "fmt", "clippy", "test",
    "doc", "run": (status, output)} (stdout and stderr together)."""
    import subprocess

    from errcodegen import config, pipeline

    from . import rust_readback as rb

    cargo = rb.require_cargo()
    crates: dict[str, dict[str, str]] = {}
    packages: dict[str, str] = {}
    for name in RUST_GENERATED:
        folder = ROOT / "generated" / "rust" / name
        crates[name] = {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file()}
        packages[name] = name
    cases = ROOT / "tests" / "cases"
    for manifest in sorted(cases.glob("*/expected/out/rust/*/Cargo.toml")):
        folder = manifest.parent
        key = folder.relative_to(cases).as_posix()  # <case>/expected/out/rust/<crate>
        package = "golden-" + key.split("/")[0] + ("" if folder.name == "case" else "-" + folder.name)
        files = {p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*")) if p.is_file()}
        old = next(line for line in files["Cargo.toml"].split("\n") if line.startswith("name = "))
        files["Cargo.toml"] = files["Cargo.toml"].replace(old, f'name = "{package}"', 1)
        crates[package] = files
        packages[key] = package
    main, job = pipeline.build_models(config.load(ROOT / "pyproject.toml"))[:2]
    blocks = [rb.int_readback("ci_error_codes", main), rb.string_readback("ci_media_processing_error_codes", job)]
    root = rb.workspace(tmp_path_factory.mktemp("rust") / "ws", crates, rb.readback_source(blocks))
    env = rb.cargo_env()

    def run(*args: str) -> tuple[int, str]:
        done = subprocess.run([cargo, *args], cwd=root, capture_output=True, text=True, env=env, timeout=1800)
        return done.returncode, done.stdout + done.stderr

    every = [a for p in packages.values() for a in ("-p", p)]
    generated = [a for p in RUST_GENERATED for a in ("-p", p)]
    result: dict[str, Any] = {"root": root, "packages": packages}
    result["fmt"] = run("fmt", "--check", *every)
    result["clippy"] = run("clippy", "--keep-going", "--all-targets", *every, "--", "-D", "warnings")
    result["test"] = run("test", "-q", "--no-fail-fast", *generated)
    result["doc"] = run("doc", "--no-deps", "-q", *generated)
    done = subprocess.run([cargo, "run", "-q", "-p", "readback"], cwd=root, capture_output=True, text=True, env=env, timeout=1800)
    result["run"] = (done.returncode, done.stderr)
    result["readback"] = rb.parse_readback(done.stdout) if done.returncode == 0 else {}
    return result


def rust_verdict(workspace: dict[str, Any], step: str, package: str) -> str | None:
    """What a step of `rust_workspace` says against one package (None: nothing): `cargo fmt
    --check` names the files it would change, `cargo clippy --keep-going` each crate it could not
    compile; a failed step naming no package is held against every one."""
    status, output = workspace[step]
    folder = f"{os.sep}{package}{os.sep}"
    if step == "fmt" and folder in output:
        return output
    if step == "clippy" and f"could not compile `{package}`" in output:
        return output
    named = any(f"{os.sep}{p}{os.sep}" in output or f"could not compile `{p}`" in output for p in workspace["packages"].values())
    if status != 0 and not named:
        return output
    return None


@pytest.fixture(scope="session")
def toolchain() -> tuple[str, str, dict[str, str]]:
    """Go and gofmt, and the environment of every Go run (local toolchain, no proxy, no go.work)."""
    import subprocess

    go = require_tool("go")
    env = {**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off"}
    goroot = subprocess.run([go, "env", "GOROOT"], capture_output=True, text=True, env=env, check=True).stdout.strip()
    gofmt = require_tool("gofmt", Path(goroot) / "bin" / "gofmt")
    return go, gofmt, env


GOTOOLS = ROOT / "tests" / "gotools"


@pytest.fixture(scope="session")
def staticcheck(toolchain: tuple[str, str, dict[str, str]], tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, str]]:
    """The pinned staticcheck, built once from tests/gotools (go.mod and go.sum as committed: -mod=readonly)."""
    import subprocess

    go, _, env = toolchain
    binary = tmp_path_factory.mktemp("gotools") / "staticcheck"
    fetch_env = {k: v for k, v in env.items() if k != "GOPROXY"} | {"GOFLAGS": "-mod=readonly"}
    build = subprocess.run(
        [go, "build", "-o", str(binary), "honnef.co/go/tools/cmd/staticcheck"],
        cwd=GOTOOLS, capture_output=True, text=True, env=fetch_env, timeout=1200,
    )  # fmt: skip
    assert build.returncode == 0, build.stderr
    return str(binary), env


# The golden cases' outputs (tests/cases/*/expected/out), each language's built once.
GOLDEN = ROOT / "tests" / "cases"


def golden_outputs(language: str) -> list[Path]:
    """The folders of every golden case's output in `language` (`<case>/expected/out/<language>/<folder>`)."""
    return sorted(p for p in GOLDEN.glob(f"*/expected/out/{language}/*") if p.is_dir())


# One TypeScript program per pytest run: each test module that compiles TypeScript registers its
# sources (`@typescript_sources(name)`, a function called once, when the program is first needed);
# `typescript_program` writes them all under src/<name>/ and runs tsc twice at once over all of
# them, as tests/test_typescript.py ran it for its own: a strict ES-module check writing only
# declarations (decl/<name>/), and a CommonJS build (out/<name>/) that Node reads back.


@dataclasses.dataclass
class TsSources:
    src: dict[str, str]  # src/<name>/<path>: compiled by both programs
    check_only: dict[str, str] = dataclasses.field(default_factory=dict)  # src/<name>/<path>: the ES-module check only
    files: dict[str, str] = dataclasses.field(default_factory=dict)  # <name>/<path>: written, compiled by neither
    info: Any = None  # what the registering module keeps for its tests


TYPESCRIPT_SOURCES: dict[str, Callable[[], TsSources]] = {}


def typescript_sources(name: str) -> Callable[[Callable[[], TsSources]], Callable[[], TsSources]]:
    def register(make: Callable[[], TsSources]) -> Callable[[], TsSources]:
        TYPESCRIPT_SOURCES[name] = make
        return make

    return register


@dataclasses.dataclass
class TsProgram:
    base: Path
    sources: dict[str, TsSources]
    check: tuple[int, str]  # the ES-module check (declarations only): status, what tsc printed
    emit: tuple[int, str]  # the CommonJS build

    def src(self, name: str) -> Path:
        return self.base / "src" / name

    def out(self, name: str) -> Path:
        return self.base / "out" / name

    def decl(self, name: str) -> Path:
        return self.base / "decl" / name

    def own(self, name: str) -> Path:
        return self.base / name

    def verdict(self, step: str, prefix: str) -> tuple[int, str]:
        """(status, output) of `step` ("check" or "emit") for the sources under src/<prefix>: 1 and
        all tsc printed when a line names one of them, or when tsc failed naming no source."""
        status, said = getattr(self, step)
        lines = said.split("\n")
        mine = any(line.startswith(f"src/{prefix}") for line in lines)
        return (1, said) if mine or (status != 0 and not any(line.startswith("src/") for line in lines)) else (0, "")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8", "surrogatepass"))


@pytest.fixture(scope="session")
def typescript_program(tmp_path_factory: pytest.TempPathFactory) -> TsProgram:
    import subprocess

    from .test_typescript import STRICT

    tsc = require_tool("tsc", ROOT / "node_modules" / ".bin" / "tsc")
    base = tmp_path_factory.mktemp("typescript")
    sources = {name: make() for name, make in sorted(TYPESCRIPT_SOURCES.items())}
    both, check_only = [], []
    for name, s in sources.items():
        for rel, text in s.src.items():
            _write(base / "src" / name / rel, text)
            both.append(f"src/{name}/{rel}")
        for rel, text in s.check_only.items():
            _write(base / "src" / name / rel, text)
            check_only.append(f"src/{name}/{rel}")
        for rel, text in s.files.items():
            _write(base / name / rel, text)
    esm = [tsc, *STRICT, "--emitDeclarationOnly", "--outDir", "decl", "--rootDir", "src", "--module", "es2020", "--moduleResolution", "bundler"]
    esm += ["--verbatimModuleSyntax", "--isolatedModules", "--declaration", "--isolatedDeclarations", *both, *check_only]
    cjs = [tsc, *STRICT, "--module", "commonjs", "--rootDir", "src", "--outDir", "out", *both]
    running = [subprocess.Popen(cmd, cwd=base, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for cmd in (esm, cjs)]
    done = [(p.communicate(timeout=900)[0], p.returncode) for p in running]
    return TsProgram(base, sources, (done[0][1], done[0][0]), (done[1][1], done[1][0]))


@typescript_sources("golden")
def _golden_typescript_sources() -> TsSources:
    """Every golden case's TypeScript module, at its path under tests/cases."""
    return TsSources({
        p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8")
        for folder in golden_outputs("typescript") for p in sorted(folder.glob("*.ts")) if not p.name.endswith(".d.ts")
    })  # fmt: skip


# One go vet per pytest run: each test module that builds Go modules registers them
# (`@go_modules(name)`: {key: GoModule}); `go_program` writes each twice: as rendered (its own
# module path, for the module's own `go test`) and, for one `gofmt -l` of the generated files and
# one `go vet` of every module at once, into one go.work, each copy under a module path of its own
# (`example.com/m<i>`: the modules of several renderings share one).


@dataclasses.dataclass
class GoModule:
    files: dict[str, str]  # the module's generated files (gofmt -l, go vet)
    tests: dict[str, str] = dataclasses.field(default_factory=dict)  # _test.go files the tests add (go vet only)


GO_MODULES: dict[str, Callable[[], tuple[dict[str, GoModule], Any]]] = {}


def go_modules(name: str) -> Callable[[Callable[[], tuple[dict[str, GoModule], Any]]], Callable[[], tuple[dict[str, GoModule], Any]]]:
    """Register a function returning ({key: GoModule}, what the module keeps for its tests)."""
    def register(make: Callable[[], tuple[dict[str, GoModule], Any]]) -> Callable[[], tuple[dict[str, GoModule], Any]]:
        GO_MODULES[name] = make
        return make

    return register


@dataclasses.dataclass
class GoProgram:
    base: Path
    modules: dict[str, dict[str, Path]]  # {name: {key: the module as rendered}}
    info: dict[str, Any]
    folders: dict[tuple[str, str], str]  # (name, key): its copy's folder in the go.work
    gofmt: str
    vet: tuple[int, str]

    def verdict(self, name: str, key: str) -> tuple[str, tuple[int, str]]:
        """(gofmt's lines, (vet status, vet's output)) for one module: vet fails when a line names
        its copy, or when it failed naming no module."""
        import re

        folder = self.folders[(name, key)]
        fmt = "".join(f"{line}\n" for line in self.gofmt.split("\n") if line.startswith(f"{folder}/"))
        status, said = self.vet
        named = [m.group(2) for m in (re.match(r"(# \[?example\.com/)?(m[0-9]+)[/\]\s]", line + "\n") for line in said.split("\n")) if m]
        mine = folder in named
        return fmt, ((1, said) if mine or (status != 0 and not named) else (0, ""))


@pytest.fixture(scope="session")
def go_program(toolchain: tuple[str, str, dict[str, str]], tmp_path_factory: pytest.TempPathFactory) -> GoProgram:
    import re
    import subprocess

    go, gofmt, env = toolchain
    base = tmp_path_factory.mktemp("go")
    modules: dict[str, dict[str, Path]] = {}
    info: dict[str, Any] = {}
    folders: dict[tuple[str, str], str] = {}
    generated: list[str] = []
    for name, make in sorted(GO_MODULES.items()):
        made, info[name] = make()
        modules[name] = {}
        for key, module in made.items():
            folder = f"m{len(folders)}"
            folders[(name, key)] = folder
            modules[name][key] = base / "rendered" / name / key
            for rel, text in {**module.files, **module.tests}.items():
                _write(base / "rendered" / name / key / rel, text)
                copy = text
                if rel == "go.mod":
                    copy = re.sub(r"^module \S+$", f"module example.com/{folder}", text, count=1, flags=re.M)
                _write(base / "work" / folder / rel, copy)
            generated += [f"{folder}/{rel}" for rel in module.files if rel.endswith(".go")]
    uses = "".join(f"\t./{f}\n" for f in folders.values())
    (base / "work" / "go.work").write_text(f"go 1.20\n\nuse (\n{uses})\n", encoding="utf-8")
    fmt = subprocess.run([gofmt, "-l", "-e", *generated], cwd=base / "work", capture_output=True, text=True, env=env, timeout=600)
    work_env = {**env, "GOWORK": str(base / "work" / "go.work"), "GOFLAGS": ""}
    vet = subprocess.run([go, "vet", *(f"example.com/{f}/..." for f in folders.values())], cwd=base / "work", capture_output=True, text=True, env=work_env, timeout=1200)
    return GoProgram(base, modules, info, folders, fmt.stdout + fmt.stderr, (vet.returncode, vet.stdout + vet.stderr))


@go_modules("golden")
def _golden_go_modules() -> tuple[dict[str, GoModule], Any]:
    """Every golden case's Go module, keyed by its path under tests/cases."""
    found = {}
    for module in golden_outputs("go"):
        found[module.relative_to(GOLDEN).as_posix()] = GoModule({p.name: p.read_text(encoding="utf-8") for p in sorted(module.iterdir()) if p.is_file()})
    return found, None


def typescript_verdict(program: TsProgram, folder: Path) -> str | None:
    """What the TypeScript program says against the golden modules of `folder` (None: nothing)."""
    prefix = f"golden/{folder.relative_to(GOLDEN).as_posix()}/"
    problems = [said for step in ("check", "emit") for status, said in [program.verdict(step, prefix)] if status != 0]
    return "\n".join(problems) or None


def go_verdict(program: GoProgram, module: Path) -> str | None:
    """What gofmt -l and go vet say against a golden case's Go module (None: nothing)."""
    fmt, (status, said) = program.verdict("golden", module.relative_to(GOLDEN).as_posix())
    return (fmt + said) or None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked `large` (a toolchain on thousands of categories, a minute or more each) run
    with ERRCODEGEN_LARGE=1 (`make test-large`) only: `make test` stays within its time."""
    if os.environ.get("ERRCODEGEN_LARGE"):
        return
    skip = pytest.mark.skip(reason="large: run with `make test-large` (ERRCODEGEN_LARGE=1)")
    for item in items:
        if item.get_closest_marker("large"):
            item.add_marker(skip)
