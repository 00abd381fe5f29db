"""The package's shape, read from its source with `ast`: data flows one way (no module imports a
layer above its own), there is no import cycle (imports inside functions counted), and no
shared module names a language: everything about one lives in `targets/<language>/`."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

import pytest

from errcodegen.targets.registry import TARGETS

from .conftest import ROOT

PACKAGE = ROOT / "generator"

# Each module's layer, lowest first: a module may import its own layer and those below it only.
# `targets.<language>` is any language's package (its `__init__` and every module in it).
LAYERS: tuple[tuple[str, ...], ...] = (
    ("content", "filenames", "printable", "fsread", "lock", "matching", "gfm_table", "html_table", "toml_subset", "term"),
    ("model",),
    ("parse", "merge", "naming", "names", "upstream_lock"),
    ("escape", "validate"),
    ("view",),
    ("render",),
    ("targets.base",),
    ("targets.<language>",),
    ("targets", "targets.registry", "targets.compile"),
    ("config",),
    ("config_schema", "scaffold", "diff", "upstream"),
    ("ahead",),  # helper processes that make some of a write's files (the writer's own)
    ("write",),  # the files of a run, written by the CLI or the pipeline only: nothing lower imports it
    ("pipeline",),
    ("cli", "__main__"),
)
# Modules that hold no language of their own: everything but a language's package (the registry
# lists the languages, and is the one place that may import them).
REGISTRY = "targets.registry"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts) or "__init__"


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "_compiled" not in p.parts}


def language_of(module: str) -> str | None:
    """The language package a module belongs to (`targets.go.gomod` -> `go`), or None."""
    parts = module.split(".")
    if parts[0] == "targets" and len(parts) >= 2 and parts[1] not in ("base", "registry", "compile"):
        return parts[1]
    return None


def layer_of(module: str) -> int:
    key = "targets.<language>" if language_of(module) else module
    for rank, layer in enumerate(LAYERS):
        if key in layer:
            return rank
    raise AssertionError(f"{module} is in no layer of tests/test_architecture.py: place it")


def _import_string(node: ast.AST) -> str | None:
    """The module a call imports by name (`importlib.import_module("errcodegen.x")`,
    `__import__("errcodegen.x")`), when the name is a constant; else None."""
    if not isinstance(node, ast.Call) or not node.args or not isinstance(node.args[0], ast.Constant):
        return None
    func = node.func
    called = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    if called not in ("import_module", "__import__") or not isinstance(node.args[0].value, str):
        return None
    return node.args[0].value


def imports(module: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules `module` imports, anywhere in it (functions and `__main__` blocks
    included), by an import statement or by name (`importlib.import_module("errcodegen.x")`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    if module == "__init__":
        package = []
    found: set[str] = set()
    for node in ast.walk(tree):
        named = _import_string(node)
        if named is not None and named.startswith("errcodegen."):
            dotted = named.removeprefix("errcodegen.")
            found.add(dotted if dotted in known else dotted.rpartition(".")[0] if dotted.rpartition(".")[0] in known else dotted)
            continue
        if not isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if isinstance(node, ast.Import):
            names = [a.name.removeprefix("errcodegen.") for a in node.names if a.name.startswith("errcodegen.")]
            found |= {n for n in names if n in known}
            continue
        if node.level == 0:
            if not (node.module or "").startswith("errcodegen"):
                continue
            base = (node.module or "").removeprefix("errcodegen").lstrip(".").split(".")
            base = [b for b in base if b]
        else:
            base = package[: len(package) - (node.level - 1)] + ((node.module or "").split(".") if node.module else [])
        for alias in node.names:
            candidate = ".".join(base + [alias.name])
            if candidate in known:  # `from . import escape`: the module itself
                found.add(candidate)
            elif ".".join(base) in known:
                found.add(".".join(base))
            elif not base and alias.name in known:
                found.add(alias.name)
    found.discard(module)
    return found


GRAPH = {m: imports(m, p, set(modules())) for m, p in modules().items()}


def test_no_module_imports_a_layer_above_its_own() -> None:
    upward = [
        f"{m} (layer {layer_of(m)}) imports {d} (layer {layer_of(d)})"
        for m, deps in GRAPH.items()
        for d in sorted(deps)
        if layer_of(d) > layer_of(m)
    ]
    assert upward == []


def test_no_language_imports_another_and_no_shared_module_imports_a_language() -> None:
    crossing = [
        f"{m} imports {d}"
        for m, deps in GRAPH.items()
        for d in sorted(deps)
        if language_of(d) and language_of(d) != language_of(m) and m != REGISTRY
    ]
    assert crossing == []


def test_the_architecture_page_lists_the_layers_in_this_order() -> None:
    """docs/architecture.md's layer table, top to bottom, is LAYERS from the top down."""
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text.split("| layer | modules |", 1)[1].split("\n\n", 1)[0]
    rows = [tuple(re.findall(r"`([^`]+)`", line.split("|")[2])) for line in table.splitlines()[2:]]
    assert rows == list(reversed(LAYERS))


def test_there_is_no_import_cycle() -> None:
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(m: str, path: list[str]) -> None:
        state[m] = 1
        for d in sorted(GRAPH.get(m, ())):
            if state.get(d) == 1:
                cycles.append(path[path.index(d):] + [d] if d in path else [m, d])
            elif d not in state:
                visit(d, path + [d])
        state[m] = 2

    for m in sorted(GRAPH):
        if m not in state:
            visit(m, [m])
    assert cycles == []


def _languages() -> tuple[set[str], re.Pattern[str]]:
    """Every language's name and label (from the registry: the targets that name constants), and
    a pattern of the identifiers that would name one (`java_lit`, `rust_type_prefix`, `go_word`)."""
    names = {w.lower() for t in TARGETS if t.label for w in (t.name, t.label)}
    short = {"py", "ts", "js"} | names
    pattern = re.compile(rf"^(?:{'|'.join(sorted(short))})_|_(?:{'|'.join(sorted(short))})$", re.IGNORECASE)
    return names, pattern


# The formats several outputs share (the docs page, the schema and the model are JSON too): a
# language's manifest in one of them is named whole (`composer.json`), never by its suffix.
SHARED_FORMATS = frozenset({"json", "toml", "xml", "md", "html", "js", "css"})
# Strings of a language's files that a shared module may hold, each with its reason.
NEUTRAL = {
    "pyproject.toml": "errcodegen's own configuration file (config.py finds it as black and ruff do), not the Python output's",
}
# The same, for one module only: (module file, string) -> the reason.
NEUTRAL_IN = {
    ("render.py", ".py"): "Jinja compiles a template, of any target, into a Python module: the precompiled templates",
    ("config.py", "__init__.py"): "a folder of the project's own Python code (errcodegen runs in a Python project) is never an output folder, whichever targets run",
}


def _language_files() -> tuple[frozenset[str], tuple[str, ...]]:
    """From each language's templates (the registry's targets with a label): the names of its
    manifests and toolchain folders (`composer.json`, `go.mod`, `node_modules`), and the
    suffixes of its source files, template or output (`.py`, `.py.j2`, `.d.ts`)."""
    whole: set[str] = set()
    suffixes: set[str] = set()
    for target in TARGETS:
        if not target.label:
            continue
        whole |= target.toolchain_folders
        for template in (target.folder / "templates").glob("*.j2"):
            output = template.name.removesuffix(".j2")
            extension = output.rpartition(".")[2]
            if extension in SHARED_FORMATS:
                whole.add(output)
            else:
                suffixes |= {f".{extension}", f".{extension}.j2"}
    return frozenset(whole - NEUTRAL.keys()), tuple(sorted(suffixes))


def language_mentions(path: Path) -> list[str]:
    """Where a module names a language in its code (comments and docstrings aside): an identifier
    such as `python_package_problem`, a string that is a language's name (`"java"`, `"rust/"`),
    or a string that is one of its files' (`"composer.json"`, `".py.j2"`, `"node_modules"`)."""
    names, pattern = _languages()
    whole, suffixes = _language_files()
    text = path.read_text(encoding="utf-8")
    found = []
    for tok in tokenize.generate_tokens(io.StringIO(text).readline):
        if tok.type == tokenize.NAME and pattern.search(tok.string):
            found.append(f"{path.name}:{tok.start[0]}: {tok.string}")
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            value = node.value.lower()
            if value in names or any(value.startswith(f"{n}/") for n in names):
                found.append(f"{path.name}:{node.lineno}: {node.value!r}")
            elif (path.name, node.value) in NEUTRAL_IN:
                continue
            elif node.value in whole or node.value.endswith(suffixes) or node.value.rpartition("/")[2] in whole:
                found.append(f"{path.name}:{node.lineno}: {node.value!r} (a language's file)")
    return found


@pytest.mark.parametrize("module", [m for m in sorted(modules()) if not language_of(m) and m != REGISTRY])
def test_a_shared_module_names_no_language(module: str) -> None:
    assert language_mentions(modules()[module]) == []


def test_the_language_check_finds_a_language_s_files(tmp_path: Path) -> None:
    """The check above flags a language's manifest, suffix and toolchain folder in a shared module."""
    planted = tmp_path / "planted.py"
    planted.write_text('A = "composer.json"\nB = "x.py.j2"\nC = frozenset({"node_modules"})\nD = "go.mod"\n', encoding="utf-8")
    found = sorted(f.split(": ")[1] for f in language_mentions(planted))
    assert found == [f"{value!r} (a language's file)" for value in ("composer.json", "go.mod", "node_modules", "x.py.j2")]


def test_the_language_check_finds_a_language() -> None:
    """The check above can fail: it finds what a language's own module holds."""
    found = language_mentions(PACKAGE / "targets" / "java" / "escape.py")
    assert any("java_lit" in f for f in found) and any("'java" in f or "java_str" in f for f in found)
