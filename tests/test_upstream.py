"""`errcodegen update`: the upstream loop against a git repository built here (offline).

The fixture repository replays the page's real history (tests/upstream_pages/, byte-exact
copies of ../shared/upstream/): the 2020 English page at its first path, moved as upstream
moved it, replaced by today's page, moved twice more (with the Chinese page beside it), then
a commit that changes nothing but line endings. The test project points at the FIRST path.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).resolve().parent / "upstream_pages"
OLD_PAGE = PAGES / "ci-error-codes.en.2020-01.md"
NEW_PAGE = PAGES / "ci-error-codes.en.md"
ZH_PAGE = PAGES / "ci-error-codes.zh.md"

P2020 = "product_new/存储产品中心/数据万象/API/错误码_intl_en.md"
P2021 = "yehe_doc/数据处理/数据万象/API 文档/错误码_intl_en.md"
P2023 = "yehe_doc/存储/数据万象/API 文档/错误码_intl_en.md"
PLAST = "yehe_doc/基础存储服务/数据万象/API 文档/错误码_intl_en.md"
PLAST_ZH = "yehe_doc/基础存储服务/数据万象/API 文档/错误码_intl_zh.md"


def git(repo: Path, *args: str, date: str = "2020-01-06T10:00:00+08:00") -> str:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(repo.parent)}
    proc = subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=repo, env=env,
                          capture_output=True, text=True, check=True)
    return proc.stdout.strip()


def commit(repo: Path, message: str, date: str) -> str:
    git(repo, "add", "-A", date=date)
    git(repo, "commit", "-q", "-m", message, date=date)
    return git(repo, "rev-parse", "HEAD")


def put(repo: Path, rel: str, data: bytes) -> None:
    (repo / rel).parent.mkdir(parents=True, exist_ok=True)
    (repo / rel).write_bytes(data)


def move(repo: Path, old: str, new: str, date: str) -> None:
    (repo / new).parent.mkdir(parents=True, exist_ok=True)
    git(repo, "mv", old, new, date=date)


@pytest.fixture(scope="module")
def upstream_repo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The fixture repository and the commits of its history."""
    repo = tmp_path_factory.mktemp("upstream") / "intlcloud-documents"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "master")
    commits = {}
    put(repo, P2020, OLD_PAGE.read_bytes())
    put(repo, "README.md", b"docs\n")
    commits["2020"] = commit(repo, "add the error-code page", "2020-01-06T10:00:00+08:00")
    move(repo, P2020, P2021, "2021-03-01T10:00:00+08:00")
    commits["moved-2021"] = commit(repo, "move to yehe_doc", "2021-03-01T10:00:00+08:00")
    put(repo, P2021, NEW_PAGE.read_bytes())
    commits["today"] = commit(repo, "new page", "2022-06-01T10:00:00+08:00")
    move(repo, P2021, P2023, "2023-01-18T10:00:00+08:00")
    put(repo, P2023.replace("_en.md", "_zh.md"), ZH_PAGE.read_bytes())
    commits["moved-2023"] = commit(repo, "move to 存储, add the Chinese page", "2023-01-18T10:00:00+08:00")
    move(repo, P2023, PLAST, "2023-07-10T10:00:00+08:00")
    move(repo, P2023.replace("_en.md", "_zh.md"), PLAST_ZH, "2023-07-10T10:00:00+08:00")
    put(repo, "README.md", b"docs moved\n")
    commits["moved-last"] = commit(repo, "move to 基础存储服务", "2023-07-10T10:00:00+08:00")
    git(repo, "tag", "before-crlf")
    put(repo, PLAST, NEW_PAGE.read_bytes().replace(b"\n", b"\r\n"))
    commits["crlf"] = commit(repo, "line endings", "2023-08-01T10:00:00+08:00")
    return {"repo": str(repo), **commits}


def make_project(tmp: Path, repo: str, path: str = P2020, zh: str | None = None, extra: str = "") -> Path:
    """A project whose one set starts from the 2020 page, with names pinned by a first generate."""
    proj = tmp / "proj"
    (proj / "source_docs").mkdir(parents=True)
    shutil.copy(OLD_PAGE, proj / "source_docs" / "ci-error-codes.en.md")
    pages = 'en = "source_docs/ci-error-codes.en.md"'
    paths = f'en = "{path}"'
    if zh is not None:
        shutil.copy(ZH_PAGE, proj / "source_docs" / "ci-error-codes.zh.md")
        pages += ', zh = "source_docs/ci-error-codes.zh.md"'
        paths += f', zh = "{zh}"'
    (proj / "pyproject.toml").write_text(
        f"""[tool.errcodegen]
out = "generated"

[[tool.errcodegen.sets]]
name = "ci-error-codes"
pages = {{ {pages} }}
names = "source_docs/names.toml"
targets = ["python", "json"]

[tool.errcodegen.sets.upstream]
repo = {json.dumps(os.path.relpath(repo, proj))}
{extra}paths = {{ {paths} }}
""",
        encoding="utf-8",
    )
    assert run(proj, "generate").returncode == 0
    return proj


def run(proj: Path, *args: str, cache: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ERRCODEGEN_UPSTREAM_CACHE": str(cache or proj.parent / "cache")}
    return subprocess.run([sys.executable, "-m", "errcodegen", *args], cwd=proj, capture_output=True, text=True, env=env)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def lock(proj: Path) -> dict[str, dict[str, str]]:
    data = tomllib.loads((proj / "source_docs" / "upstream.lock.toml").read_text(encoding="utf-8"))
    return {p["file"]: p for p in data["page"]}


def test_update_follows_renames_to_todays_page(tmp_path: Path, upstream_repo: dict[str, str]) -> None:
    proj = make_project(tmp_path, upstream_repo["repo"])
    result = run(proj, "update", "--ref", "before-crlf", "--format", "markdown", "--report", "report.md")
    assert result.returncode == 1, result.stderr
    # Every rename was followed, and said so.
    for old, new in ((P2020, P2021), (P2021, P2023), (P2023, PLAST)):
        assert f"upstream renamed {old} -> {new}" in result.stderr
    assert (proj / "source_docs" / "ci-error-codes.en.md").read_bytes() == NEW_PAGE.read_bytes()
    entry = lock(proj)["source_docs/ci-error-codes.en.md"]
    assert entry["path"] == PLAST and entry["configured_path"] == P2020  # the configuration is not rewritten
    assert entry["commit"] == upstream_repo["moved-last"] and entry["date"] == "2023-07-10T10:00:00+08:00"
    blob = subprocess.run(["git", "hash-object", str(NEW_PAGE)], capture_output=True, text=True).stdout.strip()
    assert entry["blob"] == blob
    assert P2020 in (proj / "pyproject.toml").read_text(encoding="utf-8")
    # The headers cite the commit; the report file is the report printed.
    header = (proj / "generated" / "python" / "ci-error-codes" / "ci_error_codes" / "__init__.py").read_text(encoding="utf-8").splitlines()[0]
    assert f", upstream {os.path.relpath(upstream_repo['repo'], proj)} {PLAST} commit {upstream_repo['moved-last'][:12]}. DO NOT EDIT." in header
    assert (proj / "report.md").read_text(encoding="utf-8") == result.stdout
    assert run(proj, "check").returncode == 0


def test_markdown_report_of_2020_to_today(tmp_path: Path, upstream_repo: dict[str, str]) -> None:
    proj = make_project(tmp_path, upstream_repo["repo"])
    names = proj / "source_docs" / "names.toml"
    # What `diff` says of the two pages with the same pinned names (before update rewrites them).
    expected = run(proj, "diff", "--format", "json", "--names", str(names), str(OLD_PAGE), str(NEW_PAGE))
    assert expected.returncode == 1
    want = json.loads(expected.stdout)
    result = run(proj, "update", "--ref", "before-crlf", "--format", "json")
    assert result.returncode == 1, result.stderr
    (page,) = json.loads(result.stdout)["pages"]
    got = page["diff"]
    assert [c for c in got["codes"]] == want["codes"] and got["categories"] == want["categories"]
    added = [c for c in got["codes"] if c["kind"] == "added"]
    assert len(added) == 46 and len({c["code"] for c in added}) == 42
    assert len([c for c in got["codes"] if c["kind"] == "changed"]) == 32
    assert not got["breaking"] and not any(c["breaking"] for c in got["codes"])
    assert len(got["categories"]["added"]) == 3 and len(got["categories"]["renamed"]) == 2
    # The markdown report lists them with their pinned names (those generate wrote).
    proj2 = make_project(tmp_path / "md", upstream_repo["repo"])
    md = run(proj2, "update", "--ref", "before-crlf", "--format", "markdown", "--dry-run")
    assert md.returncode == 1
    assert md.stdout.count("| added |") == 46 and "Breaking changes: none." in md.stdout
    pinned = tomllib.loads((proj / "source_docs" / "names.toml").read_text(encoding="utf-8"))
    text = json.dumps(pinned, ensure_ascii=False)
    for c in added:
        assert f"| `{c['category']}` | {c['code']} | `{c['name']}` |" in md.stdout
        assert f'"{c["name"]}"' in text


def test_second_update_and_line_endings(tmp_path: Path, upstream_repo: dict[str, str]) -> None:
    proj = make_project(tmp_path, upstream_repo["repo"])
    assert run(proj, "update", "--ref", "before-crlf").returncode == 1
    before = snapshot(proj)
    again = run(proj, "update", "--ref", "before-crlf")
    assert again.returncode == 0, again.stderr
    assert snapshot(proj) == before and "write " not in again.stderr
    assert "No change by meaning upstream." in again.stdout
    # A commit that changes only line endings: the bytes are written, no change by meaning, exit 0.
    crlf = run(proj, "update")
    assert crlf.returncode == 0, crlf.stderr
    assert "line endings only" in crlf.stdout
    assert (proj / "source_docs" / "ci-error-codes.en.md").read_bytes() == NEW_PAGE.read_bytes().replace(b"\n", b"\r\n")
    assert lock(proj)["source_docs/ci-error-codes.en.md"]["commit"] == upstream_repo["crlf"]
    assert run(proj, "check").returncode == 0
    final = snapshot(proj)
    last = run(proj, "update")
    assert last.returncode == 0 and snapshot(proj) == final


def test_dry_run_writes_nothing(tmp_path: Path, upstream_repo: dict[str, str]) -> None:
    proj = make_project(tmp_path, upstream_repo["repo"])
    before = snapshot(proj)
    result = run(proj, "update", "--dry-run", "--format", "markdown")
    assert result.returncode == 1, result.stderr
    assert "| added |" in result.stdout
    assert snapshot(proj) == before
    assert (tmp_path / "cache").is_dir()  # the cache may be filled


@pytest.mark.parametrize(
    "args, extra, path, message",
    [
        (["--ref", "no-such-branch"], "", P2020, "unknown ref"),
        ([], "", "product_new/nowhere/错误码_intl_en.md", "path not found"),
        ([], 'ref = "nope"\n', P2020, "unknown ref"),
        (["--set", "other"], "", P2020, "no such set"),
    ],
)
def test_trouble_exits_2_and_writes_nothing(tmp_path: Path, upstream_repo: dict[str, str], args: list[str], extra: str, path: str, message: str) -> None:
    proj = make_project(tmp_path, upstream_repo["repo"], path=path, extra=extra)
    before = snapshot(proj)
    result = run(proj, "update", *args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert snapshot(proj) == before


def test_no_repository_exits_2(tmp_path: Path) -> None:
    proj = make_project(tmp_path, str(tmp_path / "missing-repo"))
    before = snapshot(proj)
    result = run(proj, "update")
    assert result.returncode == 2 and "git clone" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert snapshot(proj) == before


def test_chinese_page_beside_it(tmp_path: Path, upstream_repo: dict[str, str]) -> None:
    proj = make_project(tmp_path, upstream_repo["repo"], zh=PLAST_ZH.replace("基础存储服务", "存储"))
    result = run(proj, "update", "--format", "json")
    assert result.returncode == 1, result.stderr
    pages = {p["locale"]: p for p in json.loads(result.stdout)["pages"]}
    assert pages["zh"]["upstream"]["path"] == PLAST_ZH and pages["zh"]["status"] == "up to date (provenance recorded)"
    assert (proj / "source_docs" / "ci-error-codes.zh.md").read_bytes() == ZH_PAGE.read_bytes()
    assert set(lock(proj)) == {"source_docs/ci-error-codes.en.md", "source_docs/ci-error-codes.zh.md"}


def test_cache_is_reused(tmp_path: Path, upstream_repo: dict[str, str]) -> None:
    proj = make_project(tmp_path, upstream_repo["repo"])
    assert run(proj, "update", "--dry-run").returncode == 1
    (folder,) = (tmp_path / "cache").iterdir()
    marker = folder / ".git" / "errcodegen-test-marker"
    marker.write_text("kept")
    assert run(proj, "update", "--dry-run").returncode == 1
    assert marker.exists()  # fetched into, not cloned again


@pytest.mark.parametrize(
    "upstream, message",
    [
        ('repo = "x"\nbranch = "main"\npaths = { en = "a.md" }', "unknown key tool.errcodegen.sets[0].upstream.branch"),
        ('paths = { en = "a.md" }', "tool.errcodegen.sets[0].upstream.repo is missing"),
        ('repo = "x"\npaths = { zh = "a.md" }', "tool.errcodegen.sets[0].upstream.paths has the locales zh"),
        ('repo = "x"\npaths = { en = "../a.md" }', "tool.errcodegen.sets[0].upstream.paths.en"),
        ('repo = "x"\nref = "--upload-pack=x"\npaths = { en = "a.md" }', "tool.errcodegen.sets[0].upstream.ref"),
        ('repo = 3\npaths = { en = "a.md" }', "tool.errcodegen.sets[0].upstream.repo must be"),
    ],
)
def test_configuration_is_checked(tmp_path: Path, upstream: str, message: str) -> None:
    (tmp_path / "source_docs").mkdir()
    shutil.copy(OLD_PAGE, tmp_path / "source_docs" / "ci-error-codes.en.md")
    (tmp_path / "pyproject.toml").write_text(
        f'[[tool.errcodegen.sets]]\nname = "s"\npages = {{ en = "source_docs/ci-error-codes.en.md" }}\n\n'
        f"[tool.errcodegen.sets.upstream]\n{upstream}\n",
        encoding="utf-8",
    )
    result = run(tmp_path, "update")
    assert result.returncode == 2 and message in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr


def test_project_configuration_names_the_real_upstream() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    sets = data["tool"]["errcodegen"]["sets"]
    assert sets[0]["upstream"]["paths"] == {
        "en": "yehe_doc/存储/数据万象/API 文档/错误码_intl_en.md",
        "zh": "yehe_doc/存储/数据万象/API 文档/错误码_intl_zh.md",
    }
    assert sets[1]["upstream"]["paths"] == {"en": "yehe_doc/存储/数据万象/API 文档/媒体处理/错误码_intl_en.md"}
    cos = {"en": "yehe_doc/基础存储服务/对象存储/API 文档/错误码_intl_en.md"}  # two sets read its two parts
    assert sets[2]["upstream"]["paths"] == sets[3]["upstream"]["paths"] == cos
    assert all(s["upstream"]["repo"] == "https://github.com/tencentyun/intlcloud-documents" for s in sets)


def test_header_cites_upstream_only_for_the_recorded_bytes(tmp_path: Path, upstream_repo: dict[str, str]) -> None:
    proj = make_project(tmp_path, upstream_repo["repo"])
    module = proj / "generated" / "python" / "ci-error-codes" / "ci_error_codes" / "__init__.py"
    assert ", upstream" not in module.read_text(encoding="utf-8").splitlines()[0]  # no lock file: today's header
    assert run(proj, "update", "--ref", "before-crlf").returncode == 1
    assert ", upstream " in module.read_text(encoding="utf-8").splitlines()[0]
    page = proj / "source_docs" / "ci-error-codes.en.md"
    page.write_bytes(page.read_bytes() + b"\n")  # edited by hand: the lock no longer vouches for it
    assert run(proj, "check").returncode == 1
    assert run(proj, "generate").returncode == 0
    assert ", upstream" not in module.read_text(encoding="utf-8").splitlines()[0]


def test_diff_uses_the_pinned_names_by_default(tmp_path: Path) -> None:
    proj = tmp_path / "proj"
    (proj / "source_docs").mkdir(parents=True)
    shutil.copy(NEW_PAGE, proj / "source_docs" / "ci-error-codes.en.md")
    (proj / "pyproject.toml").write_text('[tool.errcodegen]\nout = "generated"\ntargets = ["json"]\n', encoding="utf-8")
    assert run(proj, "generate").returncode == 0
    names = proj / "source_docs" / "names.toml"
    # -110 is reworded between the two pages ("blacklisted" -> "blocked"): it is in the report.
    lines = [re.sub(r'name = "[A-Z0-9_]+"', 'name = "PINNED_BY_HAND"', ln) if ln.startswith("-110 = ") else ln
             for ln in names.read_text(encoding="utf-8").splitlines(keepends=True)]
    names.write_text("".join(lines), encoding="utf-8")
    assert "PINNED_BY_HAND" in names.read_text(encoding="utf-8")
    pinned = run(proj, "diff", "--format", "json", str(OLD_PAGE), str(NEW_PAGE))
    derived = run(proj, "diff", "--format", "json", "--names", "none", str(OLD_PAGE), str(NEW_PAGE))
    assert pinned.returncode == derived.returncode == 1
    assert "named by source_docs/names.toml" in pinned.stderr and "named by" not in derived.stderr
    assert "PINNED_BY_HAND" in pinned.stdout and "PINNED_BY_HAND" not in derived.stdout


def test_make_diff_is_no_make_error_on_changes(tmp_path: Path) -> None:
    if shutil.which("make") is None or not (ROOT / ".venv" / ".installed").exists():
        pytest.skip("make or the project's .venv is missing")
    changed = subprocess.run(["make", "-s", "diff", f"OLD={OLD_PAGE}", f"NEW={NEW_PAGE}", "NAMES=none"], cwd=ROOT, capture_output=True, text=True)
    assert changed.returncode == 0, changed.stderr
    assert "Changes from" in changed.stdout
    trouble = subprocess.run(["make", "-s", "diff", f"OLD={tmp_path / 'missing.md'}", f"NEW={NEW_PAGE}"], cwd=ROOT, capture_output=True, text=True)
    assert trouble.returncode != 0


def test_first_copy_into_a_project_without_pages(tmp_path: Path, upstream_repo: dict[str, str]) -> None:
    proj = tmp_path / "proj"
    (proj / "source_docs").mkdir(parents=True)
    (proj / "pyproject.toml").write_text(
        '[[tool.errcodegen.sets]]\nname = "ci-error-codes"\npages = { en = "source_docs/ci-error-codes.en.md" }\ntargets = ["json"]\n\n'
        f'[tool.errcodegen.sets.upstream]\nrepo = {json.dumps(upstream_repo["repo"])}\nref = "before-crlf"\npaths = {{ en = "{PLAST}" }}\n',
        encoding="utf-8",
    )
    result = run(proj, "update", "--format", "markdown")
    assert result.returncode == 1, result.stderr
    assert "first copy" in result.stdout
    assert (proj / "source_docs" / "ci-error-codes.en.md").read_bytes() == NEW_PAGE.read_bytes()
    assert (proj / "source_docs" / "names.toml").is_file() and (proj / "generated" / "json" / "ci-error-codes.json").is_file()
    assert run(proj, "check").returncode == 0
    assert run(proj, "update").returncode == 0
