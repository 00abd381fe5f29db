"""Never touch what errcodegen did not write: configured paths and options that are refused.

Every refusal is one line, `errcodegen: <where>: <what>`, exit status 2, naming the key
(`tool.errcodegen.sets[0].names`, `--out`, ...) or the file, and nothing is written: the
whole project tree is snapshotted before and after. Tests that could harm the machine on a
version without the checks (a names file at /dev/null, an output folder at /) only load
the configuration, which writes nothing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from errcodegen import config
from errcodegen.cli import main

from .conftest import ROOT, require_tool
from errcodegen.lock import LOCK_NAME

from .test_cli import TABLE, project, snapshot


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m errcodegen ARGS` in `cwd` (with a timeout: a names file that is a FIFO must not hang)."""
    return subprocess.run(
        [sys.executable, "-m", "errcodegen", *args], cwd=cwd, capture_output=True, text=True, timeout=60,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )

NAMES_KEY = "tool.errcodegen.sets[0].names"
OUT_KEY = "tool.errcodegen.out"


def tree(folder: Path) -> dict[str, object]:
    """Every entry under `folder`: file bytes, symlink targets, other kinds by name (not the
    project's empty lock file, created once and kept: see generator/lock.py)."""
    out: dict[str, object] = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.name == LOCK_NAME and p.is_file() and p.stat().st_size == 0:
            continue
        if p.is_symlink():
            out[rel] = ("link", os.readlink(p))
        elif p.is_file():
            out[rel] = p.read_bytes()
        else:
            out[rel] = stat.S_IFMT(p.lstat().st_mode)
    return out


def replace_in_config(proj: Path, old: str, new: str) -> None:
    path = proj / "pyproject.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def refused(proj: Path, where: str, *args: str, watch: Path | None = None) -> str:
    """Run `generate` (or `args`) in `proj`; assert exit 2, one line naming `where`, nothing changed."""
    folder = watch or proj
    before = tree(folder)
    result = run(proj, *(args or ("generate",)))
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1 and lines[0].startswith("errcodegen: "), result.stderr
    assert where in lines[0], lines[0]
    assert "Traceback" not in result.stderr
    assert tree(folder) == before
    return lines[0]


def load_refused(proj: Path, where: str) -> str:
    with pytest.raises(config.ConfigError) as caught:
        config.load(proj / "pyproject.toml")
    message = str(caught.value)
    assert where in message and "\n" not in message, message
    return message


@pytest.fixture
def proj(tmp_path: Path) -> Path:
    """The real configuration and pages in tmp/proj (so that `..` stays inside tmp)."""
    folder = tmp_path / "proj"
    folder.mkdir()
    return project(folder)


# -- 1. the names file ---------------------------------------------------------------


@pytest.mark.parametrize(
    "names",
    [
        "pyproject.toml",  # the configuration itself
        "source_docs/names.txt",  # not a .toml file
        "source_docs/missing/names.toml",  # no such folder
        "../outside.toml",  # outside the project
        "generated/names.toml",  # inside the output folder
        "generated/python/ci-error-codes/ci_error_codes/py.typed",  # an output file
        "source_docs",  # a folder
        "source_docs/fifo.toml",  # not a regular file
        "link.toml",  # a symlink out of the project
        "inner.toml",  # a symlink inside it
        "copy.toml",  # a TOML file of another shape
    ],
)
def test_an_unusable_names_path_is_refused(proj: Path, names: str) -> None:
    (proj.parent / "outside.toml").write_text("", encoding="utf-8")
    os.mkfifo(proj / "source_docs" / "fifo.toml")
    (proj / "link.toml").symlink_to(proj.parent / "outside.toml")
    (proj / "inner.toml").symlink_to(proj / "source_docs" / "names.toml")
    shutil.copy(proj / "pyproject.toml", proj / "copy.toml")
    assert run(proj, "generate").returncode == 0
    replace_in_config(proj, 'names = "source_docs/names.toml"', f'names = "{names}"')
    refused(proj, NAMES_KEY, watch=proj.parent)


@pytest.mark.parametrize("names", ["/dev/null", "/dev/zero", "/etc/hostname"])
def test_a_names_path_outside_the_project_is_refused_when_loading(proj: Path, names: str) -> None:
    replace_in_config(proj, 'names = "source_docs/names.toml"', f'names = "{names}"')
    load_refused(proj, NAMES_KEY)
    assert names != "/dev/null" or stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_names_file_of_another_shape_is_refused_not_replaced(proj: Path) -> None:
    names = proj / "source_docs" / "names.toml"
    shutil.copy(proj / "pyproject.toml", names)
    message = refused(proj, "names.toml")
    assert "not a names file" in message


def test_a_names_file_that_does_not_exist_yet_is_created(proj: Path) -> None:
    replace_in_config(proj, 'names = "source_docs/names.toml"', 'names = "source_docs/new-names.toml"')
    assert run(proj, "generate").returncode == 0
    assert (proj / "source_docs" / "new-names.toml").read_text(encoding="utf-8").startswith("# errcodegen's pinned names")
    assert run(proj, "check").returncode == 0


# -- 2. the output folder -------------------------------------------------------------


@pytest.mark.parametrize(
    "out",
    [".", "..", "", "source_docs", "source_docs/gen", "tests", "generator/gen", "link", "link/sub",
     "generated/../..", "./", "proj-abs", ".git"],
)
def test_an_unusable_out_is_refused(proj: Path, out: str) -> None:
    for package in ("tests", "generator"):
        (proj / package).mkdir()
        (proj / package / "__init__.py").write_text("", encoding="utf-8")
    (proj / ".git").mkdir()
    (proj / "target").mkdir()
    (proj / "link").symlink_to(proj / "target")
    if out == "proj-abs":
        out = str(proj)
    replace_in_config(proj, 'out = "generated"', f'out = "{out}"')
    refused(proj, OUT_KEY, watch=proj.parent)


@pytest.mark.parametrize("out", ["/", "/tmp", "/dev"])
def test_an_out_outside_the_project_is_refused_when_loading(proj: Path, out: str) -> None:
    replace_in_config(proj, 'out = "generated"', f'out = "{out}"')
    load_refused(proj, OUT_KEY)


@pytest.mark.parametrize("command", ["generate", "check"])
@pytest.mark.parametrize("out", [".", "..", "link", "link/sub", "source_docs", "../elsewhere"])
def test_an_unusable_out_on_the_command_line_is_refused(proj: Path, out: str, command: str) -> None:
    (proj / "target").mkdir()
    (proj / "link").symlink_to(proj / "target")
    refused(proj, "--out", command, "--out", out, watch=proj.parent)


def test_out_on_the_command_line_is_relative_to_the_current_folder(proj: Path) -> None:
    (proj / "sub").mkdir()
    result = run(proj / "sub", "--config", "../pyproject.toml", "generate", "--out", "gen")
    assert result.returncode == 0, result.stderr
    got, committed = snapshot(proj / "sub" / "gen"), snapshot(ROOT / "generated")
    # The Go module path follows the output folder (<repo>/<out>/<dir>): the go.mod files, and the
    # manifest that lists their digests, differ from the committed tree; nothing else does.
    moved = {p for p in committed if p.endswith("go.mod")} | {"errcodegen-manifest.json"}
    assert {p: v for p, v in got.items() if p not in moved} == {p: v for p, v in committed.items() if p not in moved}
    assert got.keys() == committed.keys()
    assert b"\nmodule github.com/errcodegen/ci-error-codes/sub/gen/go/ci-error-codes\n" in got["go/ci-error-codes/go.mod"]


# -- 3. pages outside the project ------------------------------------------------------


def test_a_page_outside_the_project_is_recorded_relative_to_it(tmp_path: Path) -> None:
    proj = tmp_path / "proj"
    proj.mkdir()
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "x.md").write_text(TABLE + "| -1 | a | b |\n| 1.5 | c | d |\n", encoding="utf-8")  # an error: a diagnostic
    (proj / "pyproject.toml").write_text('[tool.errcodegen]\nsource = "../shared/x.md"\nnames = "names.toml"\n', encoding="utf-8")
    result = run(proj, "generate")
    assert result.returncode == 2 and "../shared/x.md:6:1: error" in result.stderr, result.stderr
    assert str(tmp_path) not in result.stderr
    (shared / "x.md").write_text(TABLE + "| -1 | a | b |\n| -2 | c | d | - |\n", encoding="utf-8")  # a warning
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    assert str(tmp_path) not in result.stderr
    for path in (proj / "generated").rglob("*"):
        if path.is_file():
            assert str(tmp_path).encode() not in path.read_bytes(), path
    model = json.loads((proj / "generated" / "json" / "x.json").read_text(encoding="utf-8"))  # the set `x`, after its page
    assert model["source"] == "../shared/x.md"
    assert {d["file"] for d in model["diagnostics"]} == {"../shared/x.md"}
    result = run(proj, "generate", "--source", str(shared / "x.md"))
    assert result.returncode == 0 and str(tmp_path) not in result.stderr
    assert run(proj, "check").returncode == 0


@pytest.mark.parametrize("how", ["config", "--source"])
def test_a_page_that_is_no_regular_file_is_refused_before_reading(proj: Path, how: str) -> None:
    # Probe beyond the brief: a FIFO would block `generate` for ever (and /dev/zero never end).
    fifo = proj / "source_docs" / "pipe.md"
    os.mkfifo(fifo)
    if how == "config":
        replace_in_config(proj, 'en = "source_docs/ci-error-codes.en.md"', 'en = "source_docs/pipe.md"')
        refused(proj, "tool.errcodegen.sets[0].pages.en")
    else:
        refused(proj, "--source", "generate", "--source", str(fifo))


# -- 4. Go options ---------------------------------------------------------------------

GO_PACKAGES_REFUSED = [
    "cierrors_windows", "x_linux", "x_js", "x_wasm", "x_amd64", "x_linux_amd64", "x_windows_386", "x_test",
    "x_linux_test", "main", "documentation", "con", "nul", "lpt1", "com9",
]
GO_PACKAGES_ACCEPTED = ["cierrors", "linux", "windows", "x_y", "test", "x_tests", "x_linuxish", "mains"]


@pytest.mark.parametrize("package", GO_PACKAGES_REFUSED)
def test_a_go_package_go_would_not_build_or_import_is_refused(proj: Path, package: str) -> None:
    replace_in_config(proj, 'package = "cierrors"', f'package = "{package}"')
    load_refused(proj, "tool.errcodegen.sets[0].go.package")


@pytest.mark.parametrize("package", GO_PACKAGES_ACCEPTED)
def test_a_plain_go_package_is_accepted(proj: Path, package: str) -> None:
    replace_in_config(proj, 'package = "cierrors"', f'package = "{package}"')
    config.load(proj / "pyproject.toml")


def test_a_refused_go_package_is_one_line_and_writes_nothing(proj: Path) -> None:
    replace_in_config(proj, 'package = "cierrors"', 'package = "cierrors_windows"')
    refused(proj, "tool.errcodegen.sets[0].go.package")


# (path, whether golang.org/x/mod/module.CheckPath accepts it)
MODULE_PATHS = [
    ("github.com/errcodegen/ci-error-codes/go/cierrors", True),
    ("example.com/x", True),
    ("example.com/X/Y", True),
    ("example.com/x_y~z", True),
    ("example.com/x~", True),
    ("example.com/x~a1", True),
    ("example.com/x/v2", True),
    ("example.com/x/v10", True),
    ("example.com/v2", True),
    ("example.com/x.y/z", True),
    ("a.b-c.d/e", True),
    ("gopkg.in/yaml.v2", True),
    ("gopkg.in/check.v1", True),
    ("example.com/com10", True),
    ("example.com/conx", True),
    ("example.com/con", False),
    ("example.com/CON.txt", False),
    ("example.com/Aux", False),
    ("example.com/lpt9.x", False),
    ("example.com/x~1", False),
    ("example.com/PROGRA~1", False),
    ("example.com/x~1.y", False),
    ("example.com/-x", True),
    ("-example.com/x", False),
    ("example.com/.x", False),
    ("example.com/x.", False),
    ("example.com/..", False),
    ("example.com/x..y", True),
    ("example.com//x", False),
    ("example.com/x/", False),
    ("/example.com/x", False),
    ("std", False),
    ("cmd", False),
    ("fmt", False),
    ("foo/bar", False),
    ("localhost/x", False),
    ("Example.com/x", False),
    ("example_com.org/x", False),
    ("example.com:8080/x", False),
    ("example.com/x+y", False),
    ("example.com/x y", False),
    ("example.com/x/v1", False),
    ("example.com/x/v0", False),
    ("example.com/x/v02", False),
    ("example.com/x/v2.0", False),
    ("gopkg.in/yaml", False),
    ("gopkg.in/yaml.v02", False),
    ("gopkg.in/yaml.v0", True),
    ("gopkg.in/yaml.v2-unstable", True),
    ("example.com/\u00e9", False),
    ("example.com/x/.", False),
    ("example.com/v.2", False),
    ("example.com/x/v", True),
    ("example.com/x/v2/v3", True),
    ("gopkg.in/yaml.v0-unstable", False),
    ("gopkg.in/yaml.v01", False),
    ("gopkg.in/v2", False),
]


@pytest.mark.parametrize("path, valid", MODULE_PATHS)
def test_module_paths_follow_go_module_check_path(path: str, valid: bool) -> None:
    from errcodegen.targets.go import gomod

    assert (gomod.check_module_path(path) is None) == valid, gomod.check_module_path(path)


def test_module_path_verdicts_are_go_s_own(tmp_path: Path) -> None:
    """`go list -m PATH@latest` runs module.CheckPath before any lookup (GOPROXY=off ends it there)."""
    go = require_tool("go")
    env = {**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off"}
    (tmp_path / "go.mod").write_text("module example.com/probe\n\ngo 1.17\n", encoding="utf-8")
    paths = [p for p, _ in MODULE_PATHS if " " not in p and p.isascii()]  # one argument each
    result = subprocess.run(
        [go, "list", "-m", "-e", "-json", *(f"{p}@latest" for p in paths)],
        cwd=tmp_path, capture_output=True, text=True, env=env,
    )
    decoder, text, verdicts = json.JSONDecoder(), result.stdout, {}
    while text.strip():
        item, end = decoder.raw_decode(text.lstrip())
        text = text.lstrip()[end:]
        error = item["Error"]["Err"]
        assert "lookup disabled by GOPROXY=off" in error or "malformed module path" in error or "standard-library" in error, error
        verdicts[item["Path"]] = "lookup disabled" in error
    assert verdicts == {p: v for p, v in MODULE_PATHS if p in paths}
    # And every accepted path is a main module that go accepts in go.mod.
    for path, valid in MODULE_PATHS:
        if valid:
            (tmp_path / "go.mod").write_text(f"module {path}\n\ngo 1.17\n", encoding="utf-8")
            main_module = subprocess.run([go, "list", "-m"], cwd=tmp_path, capture_output=True, text=True, env=env)
            assert main_module.stdout.strip() == path, main_module.stderr


@pytest.mark.parametrize("path", [p for p, valid in MODULE_PATHS if not valid])
def test_a_go_repo_go_rejects_is_refused(proj: Path, path: str) -> None:
    replace_in_config(proj, 'repo = "github.com/errcodegen/ci-error-codes"', f'repo = "{path}"')
    load_refused(proj, "tool.errcodegen.sets[0].go.repo")


def test_the_go_module_path_is_the_repo_and_the_folder_of_go_mod(proj: Path) -> None:
    replace_in_config(proj, 'out = "generated"', 'out = "third_party/errors"')
    assert run(proj, "generate").returncode == 0
    gomod = (proj / "third_party" / "errors" / "go" / "ci-error-codes" / "go.mod").read_text(encoding="utf-8")
    assert "\nmodule github.com/errcodegen/ci-error-codes/third_party/errors/go/ci-error-codes\n" in gomod


def test_an_output_folder_no_go_module_path_can_hold_is_one_line(proj: Path) -> None:
    refused(proj, "--out 'a b' cannot be the output folder of tool.errcodegen.sets[0].go", "generate", "--out", "a b")
    replace_in_config(proj, 'out = "generated"', 'out = "生成"')
    line = refused(proj, "tool.errcodegen.out '生成' cannot be the output folder of tool.errcodegen.sets[0].go: module path")
    assert "'github.com/errcodegen/ci-error-codes/生成/go/ci-error-codes'" in line and "is not one Go accepts" in line


def test_the_old_go_module_option_is_refused_naming_the_known_ones(proj: Path) -> None:
    replace_in_config(proj, 'repo = "github.com/errcodegen/ci-error-codes"', 'module = "github.com/errcodegen/ci-error-codes/go/cierrors"')
    message = load_refused(proj, "tool.errcodegen.sets[0].go.module")
    assert "repo" in message


# -- 5. Python package and file names --------------------------------------------------


@pytest.mark.parametrize(
    "target, key, value",
    [
        ("python", "package", "typing"),
        ("python", "package", "enum"),
        ("python", "package", "json"),
        ("python", "package", "sys"),
        ("python", "package", "builtins"),
        ("python", "package", "_thread"),
        ("python", "package", "__pycache__"),
        ("python", "package", "CON"),
        ("python", "package", "nul"),
        ("python", "package", "Com1"),
        ("python", "package", "LPT9"),
        ("typescript", "file", "con.ts"),
        ("typescript", "file", "AUX.d.ts"),
        ("schema", "file", "nul.json"),
        ("schema", "file", "prn.schema.json"),
        ("json", "file", "com3.json"),
        ("go", "dir", "lpt1"),
        ("go", "dir", "Con.d"),
        ("go", "dir", "__pycache__"),
        ("go", "dir", "x."),
        ("java", "dir", "lpt1"),
        ("java", "dir", "Con.d"),
        ("java", "dir", "x."),
        ("java", "package", "io.github.con"),
        ("java", "package", "io.github.class"),
    ],
)
def test_an_option_that_shadows_or_cannot_be_committed_is_refused(proj: Path, target: str, key: str, value: str) -> None:
    defaults = {"python": "ci_error_codes", "typescript": "ciErrorCodes.ts", "schema": "ci-error-codes.schema.json",
                "json": "ci-error-codes.json", "go": "ci-error-codes", "java": "ci-error-codes", ("java", "package"): "io.github.errcodegen.ci"}
    default = defaults.get((target, key), defaults[target])
    replace_in_config(proj, f'{target} = {{ {key} = "{default}"' if key == "dir" else f'{key} = "{default}"',
                      f'{target} = {{ {key} = "{value}"' if key == "dir" else f'{key} = "{value}"')
    load_refused(proj, f"tool.errcodegen.sets[0].{target}.{key}")


def test_a_python_package_named_like_the_standard_library_is_one_line_and_writes_nothing(proj: Path) -> None:
    replace_in_config(proj, 'package = "ci_error_codes"', 'package = "typing"')
    refused(proj, "tool.errcodegen.sets[0].python.package")


# -- 6. category and entry names that the outputs declare themselves ---------------------

SMALL = TABLE + "| -1 | a | b |\n"


def names_file(category: str, entry: str = "A", code: str = "-1") -> str:
    return f'[category.download]\nname = "{category}"\ntitle = "Download errors"\n\n[category.download.codes]\n{code} = {{ name = "{entry}", description = "a", action = "b" }}\n'


@pytest.mark.parametrize(
    "name, target",
    [
        ("Final", "python"), ("NamedTuple", "python"), ("IntEnum", "python"), ("EnumMeta", "python"),
        ("Any", "python"), ("LOCALES", "python"), ("DEPRECATED", "python"), ("CATEGORIES", "python"),
        ("CIError", "python"), ("Category", "python"), ("None", "python"), ("DeprecationWarning", "python"),
        ("ERRORS", "typescript"), ("Map", "typescript"), ("Readonly", "typescript"), ("ErrorInfo", "typescript"),
        ("Info", "go"), ("Lookup", "go"), ("FromHeader", "go"), ("DefaultLocale", "go"), ("Download", "go"),
        ("CIErrorCode", "schema"), ("HeaderError", "rust"), ("CiError", "rust"),
    ],
)
@pytest.mark.parametrize("targets", [["json"], ["python", "typescript", "go", "schema", "json", "rust"]])
def test_a_category_named_like_a_declared_name_is_refused(tmp_path: Path, name: str, target: str, targets: list[str]) -> None:
    proj = project(tmp_path, page=SMALL, single=True)
    (proj / "pyproject.toml").write_text(
        '[tool.errcodegen]\nsource = "source_docs/ci-error-codes.en.md"\n' f"targets = {json.dumps(targets)}\n", encoding="utf-8"
    )
    (proj / "source_docs" / "names.toml").write_text(names_file(name), encoding="utf-8")
    message = refused(proj, "names.toml")
    assert f"category.download.name" in message and target in message, message


def test_a_pinned_entry_name_that_clashes_in_go_is_refused(tmp_path: Path) -> None:
    # `CategoryError` + `INFO` is Go's `CategoryInfo`, a type the package declares.
    proj = project(tmp_path, page=SMALL, single=True)
    (proj / "source_docs" / "names.toml").write_text(names_file("CategoryError", "INFO"), encoding="utf-8")
    message = refused(proj, "go")
    assert "CategoryInfo" in message


# -- 7. one code spelled several ways --------------------------------------------------


@pytest.mark.parametrize("key", ['"-0001"', '"-0_1"', '" -1 "', '"+1"', '"-1 "', '"01"'])
def test_a_code_spelled_other_than_canonically_is_refused(tmp_path: Path, key: str) -> None:
    proj = project(tmp_path, page=SMALL, single=True)
    (proj / "source_docs" / "names.toml").write_text(
        names_file("DownloadError") + f'{key} = {{ name = "B", description = "b" }}\n', encoding="utf-8"
    )
    message = refused(proj, "names.toml")
    canonical = str(int(json.loads(key).replace("_", "")))
    assert f"category.download.codes.{key}" in message and f"write it as {canonical}" in message, message


# -- 8. codes beyond 32 bits in Go -------------------------------------------------------


def go_vet_386(module: Path) -> subprocess.CompletedProcess[str]:
    go = require_tool("go")
    env = {**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off", "GOARCH": "386"}
    return subprocess.run([go, "vet", "./..."], cwd=module, capture_output=True, text=True, env=env)


def test_go_holds_codes_beyond_32_bits_on_32_bit_platforms(tmp_path: Path) -> None:
    page = TABLE + "| -3000000000 | big | - |\n| 999999999999999 | bigger | - |\n| -1 | small | - |\n"
    proj = project(tmp_path, page=page, single=True)
    (proj / "source_docs" / "names.toml").unlink()
    assert run(proj, "generate").returncode == 0
    go = require_tool("go")
    vet = go_vet_386(proj / "generated" / "go" / "ci-error-codes")
    assert vet.returncode == 0, vet.stderr
    gofmt = subprocess.run([require_tool("gofmt", Path(go).parent / "gofmt"), "-l", "."], cwd=proj / "generated" / "go" / "ci-error-codes", capture_output=True, text=True)
    assert gofmt.returncode == 0 and gofmt.stdout == "", gofmt.stdout + gofmt.stderr
    source = (proj / "generated" / "go" / "ci-error-codes" / "cierrors.go").read_text(encoding="utf-8")
    assert "type DownloadError int64" in source and "func Lookup(code int64) []Info" in source
    (proj / "generated" / "go" / "ci-error-codes" / "big_test.go").write_text(
        'package cierrors\n\nimport "testing"\n\nfunc TestBig(t *testing.T) {\n'
        '\tif got := FromHeader(" -3000000000 "); len(got) != 1 || got[0].Code != -3000000000 || got[0].Description != "big" {\n'
        '\t\tt.Fatal(got)\n\t}\n\tif DownloadError(-3000000000).String() != "BIG" || DownloadError(5).String() != "DownloadError(5)" {\n'
        "\t\tt.Fatal(DownloadError(-3000000000).String())\n\t}\n}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off", "GOARCH": "386"}
    test = subprocess.run([go, "test", "-count=1", "-run", "TestBig", "."], cwd=proj / "generated" / "go" / "ci-error-codes", capture_output=True, text=True, env=env)
    assert test.returncode == 0 or "exec format error" in test.stderr + test.stdout, test.stdout + test.stderr


@pytest.mark.parametrize("module", ["go/ci-error-codes", "go/ci-media-processing-error-codes"])
def test_the_committed_go_modules_vet_on_32_bit_platforms(module: str) -> None:
    vet = go_vet_386(ROOT / "generated" / module)
    assert vet.returncode == 0, vet.stderr


def test_derived_category_names_never_take_a_declared_name() -> None:
    # Derived type names end in `Error` and take a `Ci` prefix when shadowed: a heading whose
    # name would be a declared or built-in one derives another, which every output accepts.
    from errcodegen.naming import category_name
    from errcodegen.targets.registry import TARGETS, shadowed_types, type_name_problem

    shadowed = shadowed_types()
    for heading in ("ci", "category", "lookup", "info", "error", "", "locales", "ci_error_code", "header", "unknown", "from", "base", "range", "type"):
        assert type_name_problem(category_name(heading, shadowed)) is None, heading
    for name in {n for t in TARGETS for n in t.all_declared() | t.shadowed if n.endswith("Error") and n != "Error" and n[:1].isupper()}:
        assert type_name_problem(category_name(name.removesuffix("Error").lower(), shadowed)) is None, name
