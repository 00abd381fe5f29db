"""Issue 22's attack on the tool, through the README and the CLI only: each test failed on the
code before its fix (a user's template that runs page code or crashes, ...)."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from errcodegen import render
from errcodegen.targets.registry import TARGETS

from .test_cli import snapshot
from .test_safety_config18 import one_line
from .test_safety_paths import run

# A page row that PHP would run if it were printed in a double-quoted string.
PAYLOAD_ROW = "| 1 | {${system('touch %s')}} |"


def php_project(folder: Path, marker: Path, template: str) -> Path:
    """A project of one page (PHP and JSON) and a user's PHP template `template` (php/Category.php.j2)."""
    (folder / "pages").mkdir(parents=True)
    (folder / "pages" / "e.en.md").write_text(
        "## Net errors\n\n| Error Code | Description |\n| --- | --- |\n" + PAYLOAD_ROW % marker + "\n", encoding="utf-8"
    )
    (folder / "pyproject.toml").write_text(
        '[[tool.errcodegen.sets]]\nname = "pe"\npages = { en = "pages/e.en.md" }\ntargets = ["php", "json"]\n', encoding="utf-8"
    )
    (folder / "mine" / "php").mkdir(parents=True)
    (folder / "mine" / "php" / "Category.php.j2").write_text(template, encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    "body, refused",
    [
        ("{% for c, e in view.entries %}{{ e.description|json }}, {% endfor %}", "json"),
        ("{% for c, e in view.entries %}{% filter json %}{{ e.description }}{% endfilter %}, {% endfor %}", "json"),
        ("{% for c, e in view.entries %}'{{ e.description|md }}', {% endfor %}", "md"),
    ],
)
def test_a_users_php_template_may_not_print_page_text_through_a_filter_of_another_language(tmp_path: Path, body: str, refused: str) -> None:
    marker = tmp_path / "PWN"
    template = "<?php\nnamespace Errcodegen\\Pe;\nfinal class Category {\n    public static function d(): array { return [" + body + "]; }\n}\n"
    proj = php_project(tmp_path / "p", marker, template)
    before = snapshot(proj)
    line = one_line(run(proj, "generate", "--templates", "mine"), "php/Category.php.j2", f"filter {refused}")
    assert "Error:" not in line
    assert snapshot(proj) == before and not marker.exists()


def test_a_users_template_may_use_its_own_targets_filters(tmp_path: Path) -> None:
    """The PHP filter of single-quoted strings is fine in the same template."""
    template = "<?php\nnamespace Errcodegen\\Pe;\nfinal class Category {\n    public static function d(): array { return [{% for c, e in view.entries %}{{ e.description|php_str }}, {% endfor %}]; }\n}\n"
    proj = php_project(tmp_path / "p", tmp_path / "PWN", template)
    result = run(proj, "generate", "--templates", "mine")
    assert result.returncode == 0, result.stderr
    assert "'{${system(" in (proj / "generated" / "php" / "pe" / "src" / "Category.php").read_text(encoding="utf-8")


@pytest.mark.parametrize("target", [t for t in TARGETS if (t.folder / "templates").is_dir()], ids=lambda t: t.name)
def test_every_built_in_template_passes_the_check_of_a_users_template(target: render.TemplateSource) -> None:
    env = render.Renderer(TARGETS).env
    escaping = frozenset(env.filters) - frozenset(jinja2.Environment().filters)
    for path in sorted((target.folder / "templates").glob("*.j2")):
        name = f"{target.name}/{path.name}"
        assert render.refused_filter(env, name, path.read_text(encoding="utf-8"), target, escaping) is None, name


def test_a_filter_of_another_target_is_refused_too() -> None:
    by = {t.name: t for t in TARGETS}
    env = render.Renderer(TARGETS).env
    escaping = frozenset(env.filters) - frozenset(jinja2.Environment().filters)
    assert render.refused_filter(env, "python/module.py.j2", "{{ x|php_str }}", by["python"], escaping) == "php_str"
    assert render.refused_filter(env, "python/module.py.j2", "{{ x|py_str }}", by["python"], escaping) is None


@pytest.mark.parametrize(
    "body, words",
    [
        ('{% include "python/module.py.j2" %}', ["recursion"]),
        ('{% include "go/package.go.j2" %}', []),
        ("{{ range(10**9)|list|length }}", []),
        ("{% include '/etc/passwd' %}", ["/etc/passwd"]),
        ("{{ view.nothing_here|py_str }}", ["nothing_here"]),
        ("{{ (view.categories|list).append(1) }}", ["sandbox"]),
    ],
)
def test_a_users_template_that_fails_while_it_renders_is_one_line_naming_it(tmp_path: Path, body: str, words: list[str]) -> None:
    """Not a traceback, not a Python class name (`UndefinedError:`) at the head of the line."""
    from .test_cli import project

    (tmp_path / "p").mkdir()
    proj = project(tmp_path / "p")
    (proj / "mine" / "python").mkdir(parents=True)
    (proj / "mine" / "python" / "module.py.j2").write_text(body + "\n", encoding="utf-8")
    before = snapshot(proj)
    line = one_line(run(proj, "generate", "--templates", "mine"), "python/module.py.j2", *words)
    head = line.removeprefix("errcodegen: ").split(" ")[0]
    assert not head.endswith("Error:") and "Error: " not in line, line
    assert snapshot(proj) == before


def test_two_php_namespaces_that_differ_only_in_case_are_refused(tmp_path: Path) -> None:
    """PHP's class names are case-insensitive: it would refuse to declare the second set's classes."""
    (tmp_path / "pages").mkdir()
    for name in ("a", "b"):
        (tmp_path / "pages" / f"{name}.en.md").write_text("## Net errors\n\n| Error Code | Description |\n| --- | --- |\n| 1 | x |\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[[tool.errcodegen.sets]]\nname = "a"\npages = { en = "pages/a.en.md" }\ntargets = ["php"]\n'
        '[tool.errcodegen.sets.php]\nnamespace = "Foo\\\\Bar"\n'
        '[[tool.errcodegen.sets]]\nname = "b"\npages = { en = "pages/b.en.md" }\ntargets = ["php"]\n'
        '[tool.errcodegen.sets.php]\nnamespace = "foo\\\\bar"\n',
        encoding="utf-8",
    )
    before = snapshot(tmp_path)
    one_line(run(tmp_path, "generate"), "namespace", "Foo\\\\Bar", "foo\\\\bar")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", ["diff", "lint"])
def test_a_mistyped_names_file_is_one_line(tmp_path: Path, command: str) -> None:
    page = tmp_path / "p.en.md"
    page.write_text("## Net errors\n\n| Error Code | Description |\n| --- | --- |\n| 1 | x |\n", encoding="utf-8")
    pages = [page.name, page.name] if command == "diff" else [page.name]
    before = snapshot(tmp_path)
    one_line(run(tmp_path, command, *pages, "--names", "nonexist.toml"), "nonexist.toml", "no such names file")
    assert snapshot(tmp_path) == before


def test_check_of_a_stale_project_without_a_makefile_says_the_command_that_works(tmp_path: Path) -> None:
    proj = php_project(tmp_path / "p", tmp_path / "PWN", "")
    (proj / "mine" / "php" / "Category.php.j2").unlink()
    assert run(proj, "generate").returncode == 0
    (proj / "generated" / "php" / "pe" / "src" / "Category.php").write_text("stale\n", encoding="utf-8")
    result = run(proj, "check")
    assert result.returncode == 1, result.stderr
    assert not (proj / "Makefile").exists() and "run `errcodegen generate`" in result.stderr and "make generate" not in result.stderr


def test_init_of_a_page_outside_the_project_proposes_a_names_file_inside_it(tmp_path: Path) -> None:
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "page.md").write_text("## Net errors\n\n| Error Code | Description |\n| --- | --- |\n| 1 | x |\n", encoding="utf-8")
    proj = tmp_path / "proj"
    proj.mkdir()
    shown = run(proj, "init", "../outside/page.md")
    assert shown.returncode == 0, shown.stderr
    assert 'names = "page.names.toml"' in shown.stdout, shown.stdout
    written = run(proj, "init", "--write", "../outside/page.md")
    assert written.returncode == 0, written.stderr
    assert run(proj, "generate").returncode == 0
    assert (proj / "page.names.toml").is_file() and sorted(p.name for p in (tmp_path / "outside").iterdir()) == ["page.md"]


@pytest.mark.parametrize("target", [t for t in TARGETS if t.label], ids=lambda t: t.name)
def test_no_language_page_says_the_docs_page_lacks_identifiers_it_lists(target: render.TemplateSource) -> None:
    from .conftest import ROOT

    page = ROOT / "docs" / "languages" / f"{target.name}.md"
    listed = f"{target.label}: `" in (ROOT / "generated" / "docs" / "ci-error-codes.md").read_text(encoding="utf-8")
    if page.is_file() and listed:
        assert f"does not list {target.label} identifiers" not in " ".join(page.read_text(encoding="utf-8").split()), page


def test_codes_go_spells_alike_are_numbered_in_go_not_refused(tmp_path: Path) -> None:
    """`FooBar` and `Foo.Bar` are FOO_BAR and FOO__BAR (distinct), both FooBar in Go (no level break)."""
    proj = tmp_path / "p"
    (proj / "pages").mkdir(parents=True)
    (proj / "pages" / "p.en.md").write_text(
        "## Errors\n\n| Error Code | Description |\n| --- | --- |\n| FooBar | a |\n| Foo.Bar | b |\n| Foo_Bar | c |\n", encoding="utf-8"
    )
    (proj / "pyproject.toml").write_text('[[tool.errcodegen.sets]]\nname = "pb"\nkind = "string"\npages = { en = "pages/p.en.md" }\n', encoding="utf-8")
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    go = next((proj / "generated" / "go" / "pb").glob("*.go")).read_text(encoding="utf-8")
    consts = dict(line.split(" ErrorCode = ") for line in go.replace("\t", "").splitlines() if " ErrorCode = " in line)
    assert consts == {"FooBar": '"FooBar"', "FooBar3": '"Foo.Bar"', "FooBar2": '"Foo_Bar"'}, consts
    docs = (proj / "generated" / "docs" / "pb.md").read_text(encoding="utf-8")
    assert "Go: `FooBar3`" in docs
