"""Issue 18, an attack on the tool: configuration found above the project, hostile user
templates, update writing outside the project, reports and journals, escaping of what upstream
says. Each test builds what it needs (processes, signals, symlinks, git repositories) and
failed on the code before its fix."""

from __future__ import annotations

import contextlib
import re
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT
from .test_cli import project, snapshot
from .test_safety_paths import run

PAYLOAD = "{{ cycler.__init__.__globals__.os.system('touch %s') }}\n"


def fresh(tmp_path: Path, name: str = "p") -> Path:
    """A copy of the real project in tmp/NAME (so that tmp/ itself is outside it)."""
    (tmp_path / name).mkdir()
    return project(tmp_path / name)


def one_line(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 2 and, after the page's own warnings, one line `errcodegen: ...` holding `words`."""
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    assert "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.strip().splitlines() if ": warning: " not in ln]
    assert len(lines) == 1 and lines[0].startswith("errcodegen: "), result.stderr
    assert all(w in lines[0] for w in words), lines[0]
    return lines[0]


def hostile_templates(folder: Path, marker: Path) -> None:
    (folder / "python").mkdir(parents=True)
    (folder / "python" / "module.py.j2").write_text(PAYLOAD % marker, encoding="utf-8")


# -- 1. configuration discovery and user templates ----------------------------------------


@pytest.mark.parametrize("command", ["check", "generate"])
def test_a_hostile_user_template_runs_no_code(tmp_path: Path, command: str) -> None:
    proj = fresh(tmp_path)
    marker = tmp_path / "marker"
    hostile_templates(proj / "mine", marker)
    before = snapshot(proj)
    one_line(run(proj, command, "--templates", "mine"), "python/module.py.j2", "unsafe")
    assert not marker.exists()
    assert snapshot(proj) == before


@pytest.mark.parametrize("stop", ["pyproject", "git"])
def test_discovery_stops_at_a_project_or_repository_root(tmp_path: Path, stop: str) -> None:
    """A parent folder's pyproject.toml (with templates that would run code) configures
    nothing below a folder with its own pyproject.toml or a .git."""
    parent = project(tmp_path)
    marker = tmp_path / "marker"
    hostile_templates(parent / "mine", marker)
    config = parent / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('out = "generated"', 'out = "generated"\ntemplates = "mine"'), encoding="utf-8")
    child = parent / "child"
    child.mkdir()
    if stop == "git":
        subprocess.run(["git", "init", "-q", str(child)], check=True)
    else:
        (child / "pyproject.toml").write_text('[tool.black]\nline-length = 100\n', encoding="utf-8")
    before = snapshot(tmp_path)
    result = run(child, "check")
    assert not marker.exists()
    assert "no pyproject.toml with [tool.errcodegen]" in result.stderr and "Traceback" not in result.stderr
    assert result.returncode == 2  # the defaults, in child/: no page there
    assert snapshot(tmp_path) == before


def test_every_exported_template_renders_the_built_in_bytes_in_the_sandbox(tmp_path: Path) -> None:
    proj = project(tmp_path)
    assert run(proj, "export-templates", "mine").returncode == 0
    result = run(proj, "generate", "--templates", "mine")
    assert result.returncode == 0, result.stderr
    assert snapshot(proj / "generated") == snapshot(ROOT / "generated")


def test_a_template_symlinked_out_of_the_templates_folder_is_not_read(tmp_path: Path) -> None:
    proj = fresh(tmp_path)
    secret = tmp_path / "secret.j2"
    secret.write_text("SECRET-TEXT\n", encoding="utf-8")
    (proj / "mine" / "python").mkdir(parents=True)
    (proj / "mine" / "python" / "module.py.j2").symlink_to(secret)
    result = run(proj, "generate", "--templates", "mine")
    one_line(result, "python/module.py.j2")
    assert not (proj / "generated").exists()


# -- 13. a pyproject.toml that is not UTF-8 -------------------------------------------------


def test_another_tools_pyproject_in_latin_1_is_no_crash(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"# caf\xe9 au lait\n[tool.black]\nline-length = 100\n")
    result = run(tmp_path, "check")
    assert "Traceback" not in result.stderr and "UnicodeDecodeError" not in result.stderr, result.stderr
    assert "no pyproject.toml with [tool.errcodegen]" in result.stderr


def test_the_projects_pyproject_in_latin_1_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_bytes(b"# caf\xe9\n[tool.errcodegen]\nout = \"generated\"\n")
    one_line(run(tmp_path, "check"), "pyproject.toml", "UTF-8")
    one_line(run(tmp_path, "--config", "pyproject.toml", "check"), "pyproject.toml")


# -- 16. a symlinked pyproject.toml -----------------------------------------------------------


def test_a_symlinked_configuration_keeps_the_root_where_the_link_lies(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    proj = fresh(tmp_path, "proj")
    shutil.move(proj / "pyproject.toml", shared / "pyproject.toml")
    (proj / "pyproject.toml").symlink_to(os.path.relpath(shared / "pyproject.toml", proj))
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    assert (proj / "generated" / "errcodegen-manifest.json").is_file()
    assert sorted(p.name for p in shared.iterdir()) == ["pyproject.toml"]
    assert run(proj, "check").returncode == 0


# -- update: what it may write (2, 10, 11, 14) -------------------------------------------------

from errcodegen import write  # noqa: E402

from .test_safety_write import strays, wait_for  # noqa: E402
from .test_upstream import NEW_PAGE, OLD_PAGE, commit, git, put  # noqa: E402

UPATH = "docs/errors_en.md"


def small_repo(folder: Path, files: dict[str, bytes]) -> Path:
    """A git repository holding `files`, one commit (more with `add_commit`)."""
    folder.mkdir(parents=True)
    git(folder, "init", "-q", "-b", "master")
    for rel, data in files.items():
        put(folder, rel, data)
    commit(folder, "pages", "2024-01-02T10:00:00+00:00")
    return folder


def uproject(tmp: Path, repo: Path, page: str = "source_docs/ci-error-codes.en.md", path: str = UPATH, more: str = "") -> Path:
    """A project of one set (json only) whose page comes from `repo` at `path`."""
    proj = tmp / "proj"
    (proj / "source_docs").mkdir(parents=True, exist_ok=True)
    target = Path(os.path.normpath(proj / page))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(OLD_PAGE.read_bytes())
    (proj / "pyproject.toml").write_text(
        f"""[tool.errcodegen]
out = "generated"

[[tool.errcodegen.sets]]
name = "ci-error-codes"
pages = {{ en = "{page}" }}
names = "source_docs/names.toml"
targets = ["json"]

[tool.errcodegen.sets.upstream]
repo = "{os.path.relpath(repo, proj)}"
paths = {{ en = "{path}" }}
{more}""",
        encoding="utf-8",
    )
    return proj


def urun(proj: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ERRCODEGEN_UPSTREAM_CACHE": str(proj.parent / "cache")}
    return subprocess.run([sys.executable, "-m", "errcodegen", *args], cwd=proj, capture_output=True, text=True, env=env, timeout=120)


def ustart(proj: Path, *args: str, fault: str = "") -> subprocess.Popen[str]:
    """`errcodegen ARGS` in the background, the upstream cache beside the project, with ERRCODEGEN_FAULT."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ERRCODEGEN_UPSTREAM_CACHE": str(proj.parent / "cache"),
           "ERRCODEGEN_FAULT": fault, "ERRCODEGEN_STALL_SECONDS": "60"}
    return subprocess.Popen([sys.executable, "-m", "errcodegen", *args], cwd=proj, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return small_repo(tmp_path / "upstream", {UPATH: NEW_PAGE.read_bytes(), "README.md": b"docs\n"})


def test_update_never_writes_a_page_outside_the_project(tmp_path: Path, repo: Path) -> None:
    proj = uproject(tmp_path, repo, page="../shared/errors.md")
    shared = tmp_path / "shared"
    before, in_project = snapshot(shared), snapshot(proj)
    one_line(urun(proj, "update"), "tool.errcodegen.sets[0].pages.en", "../shared/errors.md", "inside the project")
    assert snapshot(shared) == before and snapshot(proj) == in_project


@pytest.mark.parametrize("page", ["notes.md", ".hidden/errors.md"])
def test_update_never_replaces_a_file_that_is_no_error_page_or_hidden(tmp_path: Path, repo: Path, page: str) -> None:
    proj = uproject(tmp_path, repo, page=page)
    (proj / page).write_text("# Notes\n\nMine, not an error page.\n", encoding="utf-8")
    before = snapshot(proj)
    one_line(urun(proj, "update"), page)
    assert snapshot(proj) == before


def test_one_page_fetched_from_two_upstream_files_is_refused(tmp_path: Path, repo: Path) -> None:
    proj = uproject(tmp_path, repo, more="""
[[tool.errcodegen.sets]]
name = "again"
kind = "int"
pages = { en = "source_docs/ci-error-codes.en.md" }
names = "source_docs/again.names.toml"
targets = ["json"]

[tool.errcodegen.sets.upstream]
repo = "../upstream"
paths = { en = "README.md" }
""")
    before = snapshot(tmp_path)
    one_line(urun(proj, "check"), "tool.errcodegen.sets[1].upstream.paths.en", "tool.errcodegen.sets[0].upstream.paths.en")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "key, value",
    [
        ("names", "source_docs/upstream.lock.toml"),  # the names file is the lock file
        ("pages", '{ en = "source_docs/upstream.lock.toml" }'),  # a page is the lock file
        ("pages", '{ en = "pyproject.toml" }'),  # a page is the configuration
    ],
)
def test_one_file_in_two_roles_is_refused_at_load(tmp_path: Path, repo: Path, key: str, value: str) -> None:
    proj = uproject(tmp_path, repo)
    config = proj / "pyproject.toml"
    text = config.read_text(encoding="utf-8")
    if key == "names":
        text = text.replace('names = "source_docs/names.toml"', f'names = "{value}"')
    else:
        text = text.replace('pages = { en = "source_docs/ci-error-codes.en.md" }', f"pages = {value}")
    config.write_text(text, encoding="utf-8")
    before = snapshot(tmp_path)
    one_line(urun(proj, "update"), "name one file")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "report",
    ["pyproject.toml", "source_docs/names.toml", "source_docs/ci-error-codes.en.md", "README.md",
     "generated/report.md", ".git/hooks/post-checkout", "source_docs", ".errcodegen-journal.json"],
)
@pytest.mark.parametrize("dry", [True, False])
def test_report_never_replaces_a_file_that_is_not_an_earlier_report(tmp_path: Path, repo: Path, report: str, dry: bool) -> None:
    proj = uproject(tmp_path, repo)
    assert urun(proj, "generate").returncode == 0
    (proj / "README.md").write_text("mine\n", encoding="utf-8")
    (proj / ".git" / "hooks").mkdir(parents=True)
    before = snapshot(tmp_path)
    one_line(urun(proj, "update", "--report", report, *(["--dry-run"] if dry else [])), "--report")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_report_goes_to_a_new_file_or_over_an_earlier_report(tmp_path: Path, repo: Path, fmt: str) -> None:
    proj = uproject(tmp_path, repo)
    outside = tmp_path / "runner-temp" / "report"
    outside.parent.mkdir()
    first = urun(proj, "update", "--dry-run", "--format", fmt, "--report", str(outside))
    assert first.returncode == 1, first.stderr
    assert outside.read_text(encoding="utf-8") == first.stdout
    again = urun(proj, "update", "--format", fmt, "--report", str(outside))
    assert again.returncode == 1 and outside.read_text(encoding="utf-8") == again.stdout
    assert strays(tmp_path) == []


# -- 3. a kill during update leaves nothing the next run refuses -------------------------------


def test_a_kill_while_the_report_is_written_leaves_nothing_that_blocks(tmp_path: Path, repo: Path) -> None:
    proj = uproject(tmp_path, repo)
    assert urun(proj, "generate").returncode == 0
    env_proc = ustart(proj, "update", "--dry-run", "--report", "report.md", fault="stall-stage:1")
    wait_for(lambda: any(write.TMP_MARK in p.name for p in proj.iterdir()) or env_proc.poll() is not None, timeout=60)
    env_proc.send_signal(signal.SIGKILL)
    env_proc.wait()
    after = urun(proj, "generate")
    assert after.returncode == 0, after.stderr
    again = urun(proj, "update", "--dry-run", "--report", "report.md")
    assert again.returncode == 1, again.stderr
    assert strays(tmp_path) == []


def test_a_kill_during_an_update_of_a_page_outside_the_project_leaves_nothing(tmp_path: Path, repo: Path) -> None:
    proj = uproject(tmp_path, repo, page="../shared/errors.md")
    assert urun(proj, "generate").returncode == 0
    proc = ustart(proj, "update", fault="stall-stage:1")
    wait_for(lambda: (proj / write.JOURNAL).exists() or proc.poll() is not None, timeout=60)
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = urun(proj, "generate")
    assert after.returncode == 0, after.stderr
    assert strays(tmp_path) == []


# -- 4, 5. what upstream says reaches a terminal or a pull request escaped -----------------------

HOSTILE_PATH = "docs/x\n<!-- hidden\x1b[2J\x1b]0;owned\x07 @octocat `|.md"
HOSTILE_TEXT = "<img src=https://evil.example/x.png> @octocat \x1b[31mred\x1b[0m \u202egnp.exe <!-- [x](javascript:alert(1)) `code` |cell|"


def run_bytes(proj: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ERRCODEGEN_UPSTREAM_CACHE": str(proj.parent / "cache")}
    return subprocess.run([sys.executable, "-m", "errcodegen", *args], cwd=proj, capture_output=True, env=env, timeout=120)


def assert_inert(data: bytes, markdown: bool) -> None:
    """Nothing a terminal acts on; in markdown, no HTML, comment, mention or link of the page's."""
    text = data.decode("utf-8")
    assert not any(ch in text for ch in "\x1b\x07\x9b\u202e"), text[:3000]
    if markdown:
        import re

        text = re.sub(r"(`+)(?!`).*?(?<!`)\1(?!`)", "", text)  # code spans show their text literally
        for raw in (r"(?<!\\)<img", r"(?<!\\)<!--", r"(?<!\\)\]\(javascript", "@octocat"):
            assert not re.search(raw, text), (raw, text[:3000])


@pytest.fixture
def hostile_repo(tmp_path: Path) -> Path:
    """A page at UPATH, then renamed to a path with a line break, an HTML comment, terminal
    escapes and a mention, with a description that holds HTML, a mention and escapes."""
    folder = small_repo(tmp_path / "upstream", {UPATH: OLD_PAGE.read_bytes()})
    (folder / UPATH).unlink()
    put(folder, HOSTILE_PATH, OLD_PAGE.read_bytes())
    commit(folder, "rename", "2024-02-02T10:00:00+00:00")
    page = NEW_PAGE.read_text(encoding="utf-8").replace("The image is blocked.", HOSTILE_TEXT, 1)
    put(folder, HOSTILE_PATH, page.encode("utf-8"))
    commit(folder, "new text", "2024-02-03T10:00:00+00:00")
    return folder


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_renamed_paths_and_page_text_are_escaped_in_every_report(tmp_path: Path, hostile_repo: Path, fmt: str) -> None:
    proj = uproject(tmp_path, hostile_repo)
    assert urun(proj, "generate").returncode == 0
    result = run_bytes(proj, "update", "--dry-run", "--format", fmt, "--report", "report.out")
    assert result.returncode == 1, result.stderr.decode()
    assert b"upstream renamed" in result.stderr and b"Traceback" not in result.stderr
    assert_inert(result.stderr, markdown=False)
    assert len(result.stderr.decode().strip().splitlines()) == result.stderr.count(b"\n")
    assert_inert(result.stdout, markdown=fmt == "markdown")
    assert (proj / "report.out").read_bytes() == result.stdout
    if fmt == "json":
        import json

        data = json.loads(result.stdout)
        assert data["pages"][0]["upstream"]["path"] == HOSTILE_PATH  # the same JSON, only escaped
        assert HOSTILE_TEXT in result.stdout.decode("unicode_escape", "replace") or data["pages"][0]["diff"]
    if fmt == "markdown":
        text = result.stdout.decode()
        renamed = [ln for ln in text.splitlines() if ln.startswith("- Renamed upstream")]
        assert len(renamed) == 1 and "octocat" in renamed[0]  # the path, on its own line, escaped
        assert "\\<img src" in text and "\uff20octocat" in text


def test_diff_escapes_page_text_for_the_terminal_and_markdown(tmp_path: Path) -> None:
    old = tmp_path / "old.md"
    new = tmp_path / "new.md"
    old.write_bytes(OLD_PAGE.read_bytes())
    new.write_text(NEW_PAGE.read_text(encoding="utf-8").replace("The image is blocked.", HOSTILE_TEXT, 1), encoding="utf-8")
    for fmt in ("text", "markdown", "json"):
        result = run_bytes(tmp_path, "diff", "--names", "none", "--format", fmt, "old.md", "new.md")
        assert result.returncode == 1, result.stderr.decode()
        assert_inert(result.stdout, markdown=fmt == "markdown")


# -- 15. a huge page is refused before it is read, and leaves no trace in the cache ------------


def test_a_huge_upstream_page_is_refused_and_the_cache_cleaned(tmp_path: Path) -> None:
    from errcodegen.parse import MAX_BYTES
    from errcodegen.upstream import cache_folder

    row = b"| -1 | " + b"x" * 1000 + b" | y |\n"
    huge = b"| Error Code | Description | Solution |\n| --- | --- | --- |\n" + row * (MAX_BYTES // len(row) + 2)
    folder = small_repo(tmp_path / "upstream", {UPATH: huge, "README.md": b"docs\n"})
    git(folder, "config", "uploadpack.allowFilter", "true")
    url = f"file://{folder}"
    proj = uproject(tmp_path, folder)
    config = proj / "pyproject.toml"
    config.write_text(config.read_text(encoding="utf-8").replace('repo = "../upstream"', f'repo = "{url}"'), encoding="utf-8")
    before = snapshot(proj)
    one_line(urun(proj, "update"), UPATH, "limit")
    assert snapshot(proj) == before
    cache = cache_folder(url)
    cache = tmp_path / "cache" / cache.name
    assert not cache.exists() or subprocess.run(["git", "cat-file", "-e", git(folder, "rev-parse", f"HEAD:{UPATH}")], cwd=cache,
                                                env={**os.environ, "GIT_NO_LAZY_FETCH": "1"}, capture_output=True).returncode != 0


# -- 18. a hand-edited lock file redirects nothing ----------------------------------------------


def test_a_hand_edited_lock_path_does_not_redirect_update(tmp_path: Path) -> None:
    folder = small_repo(tmp_path / "upstream", {UPATH: NEW_PAGE.read_bytes(), "other/errors.md": OLD_PAGE.read_bytes()})
    proj = uproject(tmp_path, folder)
    assert urun(proj, "update").returncode == 1
    lock_file = proj / "source_docs" / "upstream.lock.toml"
    lock_file.write_text(lock_file.read_text(encoding="utf-8").replace(f'\npath = "{UPATH}"', '\npath = "other/errors.md"'), encoding="utf-8")
    result = urun(proj, "update")
    assert "following the configuration" in result.stderr and "other/errors.md" in result.stderr, result.stderr
    assert (proj / "source_docs" / "ci-error-codes.en.md").read_bytes() == NEW_PAGE.read_bytes()
    assert f'\npath = "{UPATH}"' in lock_file.read_text(encoding="utf-8")


# -- 19. a kill during the first clone ------------------------------------------------------------


def test_a_kill_during_the_first_clone_stops_git_and_the_next_run_cleans_up(tmp_path: Path, repo: Path) -> None:
    real_git = shutil.which("git")
    assert real_git
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    pid_file = tmp_path / "clone.pid"
    (bin_dir / "git").write_text(
        f"""#!/bin/sh
for last; do :; done
case " $* " in *" clone "*) mkdir -p "$last"; echo $$ > {pid_file}; exec sleep 60 ;; esac
exec {real_git} "$@"
""", encoding="utf-8")
    (bin_dir / "git").chmod(0o755)
    proj = uproject(tmp_path, repo)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ERRCODEGEN_UPSTREAM_CACHE": str(tmp_path / "cache"),
           "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    proc = subprocess.Popen([sys.executable, "-m", "errcodegen", "update"], cwd=proj, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for(lambda: pid_file.exists() and pid_file.read_text().strip(), timeout=60)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    clone_pid = int(pid_file.read_text())

    def gone() -> bool:
        try:
            os.kill(clone_pid, 0)
        except ProcessLookupError:
            return True
        return Path(f"/proc/{clone_pid}/stat").read_text().split(") ")[-1].startswith("Z")

    try:
        wait_for(gone, timeout=10)
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.kill(clone_pid, signal.SIGKILL)  # the old code's orphan
    assert [p.name for p in (tmp_path / "cache").iterdir() if ".tmp-" in p.name]  # what the kill left
    again = urun(proj, "update")
    assert again.returncode == 1, again.stderr
    assert not [p.name for p in (tmp_path / "cache").iterdir() if ".tmp-" in p.name]


# -- probes: attacking the fixes above from the README and the command line ----------------------


def test_probe_a_page_symlinked_out_of_the_project_is_not_written_by_update(tmp_path: Path, repo: Path) -> None:
    proj = uproject(tmp_path, repo)
    victim = tmp_path / "victim.md"
    victim.write_bytes(OLD_PAGE.read_bytes())
    page = proj / "source_docs" / "ci-error-codes.en.md"
    page.unlink()
    page.symlink_to(victim)
    before = snapshot(tmp_path)
    one_line(urun(proj, "update"), "tool.errcodegen.sets[0].pages.en")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("how", ["fifo", "dangling", "through-a-link", "hard-link"])
def test_probe_report_paths_that_reach_a_project_file_another_way(tmp_path: Path, repo: Path, how: str) -> None:
    proj = uproject(tmp_path, repo)
    assert urun(proj, "generate").returncode == 0
    if how == "fifo":
        os.mkfifo(tmp_path / "fifo")
        report = str(tmp_path / "fifo")
    elif how == "dangling":
        (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
        report = str(tmp_path / "dangling")
    elif how == "through-a-link":
        (tmp_path / "link").symlink_to(proj)
        report = str(tmp_path / "link" / "pyproject.toml")
    else:
        os.link(proj / "pyproject.toml", tmp_path / "hard.md")
        report = str(tmp_path / "hard.md")
    before = snapshot(proj)
    one_line(urun(proj, "update", "--dry-run", "--report", report), "--report")
    assert snapshot(proj) == before and not (tmp_path / "nowhere").exists()


def test_probe_a_hostile_lock_file_is_escaped_in_the_reports(tmp_path: Path, repo: Path) -> None:
    proj = uproject(tmp_path, repo)
    assert urun(proj, "update").returncode == 1
    lock_file = proj / "source_docs" / "upstream.lock.toml"
    text = lock_file.read_text(encoding="utf-8")
    text = re.sub(r'\ndate = "[^"]*"', r'\ndate = "\\u001b]0;owned\\u0007<!-- @octocat"', text)
    text = re.sub(r'\ncommit = "[^"]*"', r'\ncommit = "`<img src=x>\\u001b[2J"', text)
    lock_file.write_text(text, encoding="utf-8")
    (proj / "source_docs" / "ci-error-codes.en.md").write_bytes(OLD_PAGE.read_bytes())
    for fmt in ("text", "markdown"):
        result = run_bytes(proj, "update", "--dry-run", "--format", fmt)
        assert result.returncode == 1, result.stderr.decode()
        assert_inert(result.stdout + result.stderr, markdown=fmt == "markdown")
        assert fmt == "text" or b"octocat" in result.stdout  # markdown shows where the page came from before: escaped


def test_probe_a_kill_during_updates_commit_is_finished_by_the_next_generate(tmp_path: Path, repo: Path) -> None:
    proj = uproject(tmp_path, repo)
    assert urun(proj, "generate").returncode == 0
    proc = ustart(proj, "update", fault="stall-rename:2")
    wait_for(lambda: (proj / write.JOURNAL).exists() and '"committing"' in (proj / write.JOURNAL).read_text() or proc.poll() is not None,
             timeout=60)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    after = urun(proj, "generate")
    assert after.returncode == 0 and "finished the write" in after.stderr, after.stderr
    assert (proj / "source_docs" / "ci-error-codes.en.md").read_bytes() == NEW_PAGE.read_bytes()
    assert strays(tmp_path) == []
    assert urun(proj, "update").returncode == 0  # settled: nothing more upstream


@pytest.mark.parametrize(
    "body",
    [
        "{{ lipsum.__globals__.os.system('touch %s') }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ view.__class__.__init__.__globals__ }}",
        "{{ (view.categories|list).append(1) }}{{ 'touch %s' }}",
        "{% include '../../pyproject.toml' %}",
        "{% include '/etc/passwd' %}",
        "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.system('touch %s') }}",
    ],
)
def test_probe_templates_that_reach_for_python_or_files(tmp_path: Path, body: str) -> None:
    proj = fresh(tmp_path)
    marker = tmp_path / "marker"
    (proj / "mine" / "python").mkdir(parents=True)
    (proj / "mine" / "python" / "module.py.j2").write_text(body.replace("%s", str(marker)) + "\n", encoding="utf-8")
    before = snapshot(proj)
    one_line(run(proj, "check", "--templates", "mine"))
    assert not marker.exists() and snapshot(proj) == before
