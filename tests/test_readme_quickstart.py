"""The README's quick start, run as a newcomer would: in a new project holding only the page, the
commands of its `sh` block (`errcodegen init PAGE`, `init PAGE --write`, `generate`), then
`check`; the set `init --write` adds is the README's three-line set (plus what `init` spells out),
and the outputs lie where the README's table of outputs says."""

from __future__ import annotations

import shlex
import shutil
import tomllib
from pathlib import Path

from .conftest import ROOT
from .readme_snippets import snippets
from .test_cli import run

PAGE = ROOT / "tests" / "upstream_pages" / "trtc-web-error-codes.en.md"


def test_the_quick_start_runs(tmp_path: Path) -> None:
    commands = [shlex.split(line, comments=True) for line in snippets("quickstart-sh", [ROOT / "README.md"])[0].splitlines()]
    assert [c[:2] for c in commands] == [["errcodegen", "init"], ["errcodegen", "init"], ["errcodegen", "generate"]]
    [toml] = snippets("quickstart-toml", [ROOT / "README.md"])
    [wanted] = tomllib.loads(toml)["tool"]["errcodegen"]["sets"]
    page = tmp_path / commands[0][2]
    page.parent.mkdir(parents=True)
    shutil.copy(PAGE, page)
    (tmp_path / ".git").mkdir()  # the project's root: no configuration above it applies
    for command in commands:
        done = run(tmp_path, *command[1:])
        assert done.returncode == 0, (command, done.stderr)
        if command[2:] == [wanted["pages"]["en"]]:  # `init PAGE` prints the set and writes nothing
            assert f'name = "{wanted["name"]}"' in done.stdout and not (tmp_path / "pyproject.toml").exists()
    [written] = tomllib.loads((tmp_path / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["errcodegen"]["sets"]
    assert {k: written[k] for k in wanted} == wanted
    name = wanted["name"]
    for output in ("python", "typescript", "go", "java", "rust"):
        assert any((tmp_path / "generated" / output / name).iterdir()), output
    for path in (f"docs/{name}.html", f"docs/{name}.md", f"schema/{name}.schema.json", f"json/{name}.json"):
        assert (tmp_path / "generated" / path).is_file(), path
    assert (page.parent / f"{name}.names.toml").is_file()  # beside the page, as the README says
    assert run(tmp_path, "check").returncode == 0
