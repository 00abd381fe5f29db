"""Hostile tests of the helper processes (`generate --jobs N`, ahead.py, write.py's `_Ahead`).

Claims attacked (docs/command-line.md, "Several processes"): the same bytes, lines and status
for any N; the first failure in file order; a helper writes nothing, holds no lock, ends with
the run and leaves nothing behind; the next run repairs a killed one; resource limits, closed
or broken streams and library callers with threads of their own.

Real processes and signals on throw-away copies of the project. Which process makes which file
is forced with the fault hooks (write.py `_fault`): `exit-helper:999` (never reached) makes the
writer wait until a helper has taken file 1 before it takes any, so `stall-stage:1` stalls a
helper and `stall-stage:2` the writer. The defects this attack found (a closed standard stream,
threads, processes or descriptors running out, a helper outliving its writer, a caller's frozen
objects thawed) are fixed; their tests stay.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import shutil
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from typing import Callable, Iterator

import pytest

from errcodegen import pipeline, write
from errcodegen.content import Lazy

from .conftest import ROOT
from .test_cli import project, snapshot
from .test_safety_write import ENV, add_row, strays
from .test_upstream import upstream_repo  # noqa: F401 (a fixture)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not Path("/proc/self/stat").exists(), reason="forked helpers, seen through /proc")

PYTHON = [sys.executable, "-m", "errcodegen"]
HELPER_STALLS = "exit-helper:999,stall-stage:1"  # a helper takes file 1 and stalls there
BOTH_STALL = "exit-helper:999,stall-stage:1,stall-stage:2"  # ... and the writer stalls on file 2


def run(proj: Path, *args: str, fault: str = "", **kwargs: object) -> subprocess.CompletedProcess[str]:
    env = {**ENV, "ERRCODEGEN_FAULT": fault}
    return subprocess.run([*PYTHON, *args], cwd=proj, env=env, capture_output=True, text=True, timeout=300, **kwargs)  # type: ignore[call-overload, no-any-return]


def start(proj: Path, *args: str, fault: str = "", stall: float = 60, **kwargs: object) -> subprocess.Popen[str]:
    """The run in the background, its stderr in a file (a pipe would stay open as long as any
    process holding it lives, helpers included)."""
    env = {**ENV, "ERRCODEGEN_FAULT": fault, "ERRCODEGEN_STALL_SECONDS": str(stall)}
    err = open(proj.parent / f"{proj.name}.stderr", "w", encoding="utf-8")
    try:
        return subprocess.Popen([*PYTHON, *args], cwd=proj, env=env, stdout=subprocess.DEVNULL, stderr=err, text=True, **kwargs)  # type: ignore[call-overload, no-any-return]
    finally:
        err.close()


def stderr_of(proj: Path) -> str:
    return (proj.parent / f"{proj.name}.stderr").read_text(encoding="utf-8")


def _stat(pid: int) -> tuple[int, str, str] | None:
    """(parent, state, start time) of process `pid`, None when it is gone."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    rest = raw[raw.rindex(")") + 2 :].split()
    return int(rest[1]), rest[0], rest[19]


def children(pid: int) -> dict[int, str]:
    """The processes whose parent is `pid` (zombies too), with their start times."""
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            stat = _stat(int(entry))
            if stat is not None and stat[0] == pid:
                found[int(entry)] = stat[2]
    return found


def alive(procs: dict[int, str]) -> list[int]:
    """Those of `procs` (pid: start time) still running: not gone, not a zombie, not another
    process that took the pid since."""
    living = []
    for pid, started in procs.items():
        stat = _stat(pid)
        if stat is not None and stat[1] != "Z" and stat[2] == started:
            living.append(pid)
    return living


def _queued_outputs(proj: Path) -> int:
    """How many of the project's outputs are queued for the helpers (write._Ahead: the Lazy ones)."""
    here = Path.cwd()
    os.chdir(proj)
    try:
        cfg = pipeline.configure(proj / "pyproject.toml")
        files = pipeline.render_models(cfg, pipeline.build_models(cfg), lazy=True)
    finally:
        os.chdir(here)
    return sum(isinstance(content, Lazy) for content in files.values())


def _tmp_count(proj: Path) -> int:
    return sum(write.TMP_MARK in p.name for p in (proj / "generated").rglob("*"))


def wait_until(predicate: Callable[[], object], timeout: float = 60, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what or predicate}")


def tmp_of_first_file(proj: Path) -> bool:
    """A temporary of the run exists (a helper or the writer has opened a file) and its journal."""
    return (proj / write.JOURNAL).exists() and any(write.TMP_MARK in p.name for p in (proj / "generated").rglob("*"))


def end(procs: dict[int, str]) -> None:
    """Kill what is left of processes this test started (never any other)."""
    for pid in alive(procs):
        os.kill(pid, signal.SIGKILL)


@pytest.fixture
def reference(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The whole project generated by one process."""
    proj = project(tmp_path_factory.mktemp("reference"))
    result = run(proj, "generate", "--jobs", "1")
    assert result.returncode == 0, result.stderr
    return proj


# -- the same run for any number of processes ---------------------------------------------------

JOBS = ("1", "64")  # one process, and more helpers than files (every other test runs the default)


def _user_templates(folder: Path) -> Path:
    """A user's templates: Python's module fails while it renders (recursing past the limit), in
    each of the four sets' packages, whichever process makes each: the first in file order is
    the one reported."""
    assert subprocess.run([*PYTHON, "export-templates", str(folder / "all")], cwd=folder, env=ENV, capture_output=True).returncode == 0
    mine = folder / "mine"
    for rel, tail in (("python/module.py.j2", "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}\n"),):
        (mine / rel).parent.mkdir(parents=True, exist_ok=True)
        (mine / rel).write_text((folder / "all" / rel).read_text(encoding="utf-8") + tail, encoding="utf-8")
    return mine


SCENARIOS = {
    "plain": ([], ""),
    "dry-run": (["--dry-run"], ""),
    "failures-both-sides": ([], "fail-stage:120,fail-stage:7,fail-stage:60"),
    "a-helper-dies": ([], "exit-helper:2"),
    "a-helper-dies-in-a-file-that-fails": ([], "exit-helper:1,fail-stage:1,fail-stage:90"),
    "names-file-and-manifest-fail": ([], "fail-stage:166,fail-stage:163"),
    "user-templates-fail": (["--templates", "TEMPLATES"], ""),
}


@pytest.mark.slow
@pytest.mark.parametrize("scenario", SCENARIOS)
def test_any_number_of_processes_gives_the_same_bytes_lines_and_status(scenario: str, tmp_path: Path) -> None:
    args, fault = SCENARIOS[scenario]
    templates = str(_user_templates(tmp_path)) if "TEMPLATES" in args else ""
    args = [templates if a == "TEMPLATES" else a for a in args]
    seen = {}
    for jobs in JOBS:
        (tmp_path / f"jobs{jobs}").mkdir()
        proj = project(tmp_path / f"jobs{jobs}")
        result = run(proj, "generate", "--jobs", jobs, *args, fault=fault)
        assert "Traceback" not in result.stderr
        seen[jobs] = (result.returncode, result.stdout, result.stderr.replace(str(proj), "PROJECT"), snapshot(proj))
        assert strays(proj) == []
    for jobs in JOBS:
        assert seen[jobs] == seen["1"], f"--jobs {jobs} differs from --jobs 1"


@pytest.mark.slow
@pytest.mark.parametrize("case", ["hostile_text", "int_variants_hostile", "bom_crlf"])
def test_hostile_pages_are_the_same_in_any_number_of_processes(case: str, tmp_path: Path) -> None:
    seen = {}
    for jobs in ("1", "3", "64"):
        proj = tmp_path / jobs
        shutil.copytree(ROOT / "tests" / "cases" / case, proj, ignore=shutil.ignore_patterns("expected"))
        if (ROOT / "tests" / "cases" / case / "expected" / "names.toml").exists():
            shutil.copy(ROOT / "tests" / "cases" / case / "expected" / "names.toml", proj / "names.toml")
        result = run(proj, "generate", "--jobs", jobs)
        seen[jobs] = (result.returncode, result.stdout, result.stderr, snapshot(proj))
        assert result.returncode == 0, result.stderr
    assert seen["1"] == seen["3"] == seen["64"]


# -- signals: the helpers end with the run, nothing is written -----------------------------------


def _stalled_run(proj: Path, fault: str = BOTH_STALL, jobs: str = "3", **kwargs: object) -> tuple[subprocess.Popen[str], dict[int, str]]:
    """A run whose helper stalls on file 1 (and whose writer, with BOTH_STALL, on file 2), once
    it is there; with the helpers it forked (pid: start time)."""
    victim = start(proj, "generate", "--jobs", jobs, fault=fault, **kwargs)
    wait_until(lambda: tmp_of_first_file(proj) or victim.poll() is not None, what="a staged file")
    assert victim.poll() is None, stderr_of(proj)
    helpers = children(victim.pid)
    assert helpers, "no helper was forked"
    return victim, helpers


@pytest.mark.parametrize("fault", [BOTH_STALL, HELPER_STALLS], ids=["writer-stalled-too", "writer-waiting-for-the-helper"])
@pytest.mark.parametrize(
    ("how", "status"),
    [("SIGINT to the process group (Ctrl-C)", 130), ("SIGINT", 130), ("SIGTERM", 143), ("SIGTERM to the process group (systemd's stop)", 143)],
)
def test_a_signal_ends_every_helper_writes_nothing_and_leaves_the_lock(how: str, status: int, fault: str, tmp_path: Path) -> None:
    proj = project(tmp_path)
    assert run(proj, "generate").returncode == 0
    add_row(proj)
    before = snapshot(proj)
    victim, helpers = _stalled_run(proj, fault=fault, start_new_session=True)
    if fault == HELPER_STALLS:
        # The queued files (the texts made while written) all staged but the helper's: the writer
        # waits for it in Helpers.finish (the other files are made after, in the writer's loop).
        queued = _queued_outputs(proj)
        wait_until(lambda: _tmp_count(proj) == queued, what="the writer to wait for the helper")
    try:
        if "process group" in how:
            os.killpg(victim.pid, getattr(signal, how.split()[0]))
        else:
            victim.send_signal(getattr(signal, how))
        assert victim.wait(timeout=60) == status
        said = stderr_of(proj)
        assert "Traceback" not in said and "KeyboardInterrupt" not in said
        assert [line for line in said.splitlines() if "interrupted" in line] == [
            f"errcodegen: interrupted ({signal.Signals(status - 128).name}); nothing was written"
        ]
        # The writer ended its helpers before it exited: none is left running (stalled, it would be).
        assert alive(helpers) == []
        assert snapshot(proj) == before and strays(proj) == []
        assert run(proj, "generate", "--no-wait").returncode == 0  # the lock is free, the run completes
        assert run(proj, "check").returncode == 0
    finally:
        end(helpers)


@pytest.mark.slow
def test_a_helper_killed_mid_file_by_a_real_sigkill_leaves_its_file_to_the_writer(reference: Path, tmp_path: Path) -> None:
    """The OOM killer's way: one helper, stalled in file 1, is SIGKILLed; the writer makes the file
    (and stalls on it in turn: the hook stalls whoever makes file 1)."""
    proj = project(tmp_path)
    victim, helpers = _stalled_run(proj, fault=HELPER_STALLS, jobs="2", stall=8)
    try:
        (helper,) = helpers
        assert alive(helpers) == [helper]  # still in its stall: killed in the middle of file 1
        os.kill(helper, signal.SIGKILL)
        assert victim.wait(timeout=120) == 0, stderr_of(proj)
        assert "Traceback" not in stderr_of(proj)
        assert snapshot(proj / "generated") == snapshot(reference / "generated")
        assert strays(proj) == []
    finally:
        end(helpers)
        if victim.poll() is None:
            victim.kill()


def test_no_helper_holds_the_project_lock_once_its_writer_is_killed(tmp_path: Path) -> None:
    import fcntl

    from errcodegen.lock import LOCK_NAME

    proj = project(tmp_path)
    victim, helpers = _stalled_run(proj, fault=HELPER_STALLS, jobs="3", stall=120)
    try:
        victim.kill()
        victim.wait(timeout=30)
        # Whatever became of the helpers (the one in its stall lives on: see the next test),
        # the lock is free at once.
        fd = os.open(proj / LOCK_NAME, os.O_RDWR)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
    finally:
        end(helpers)


@pytest.mark.slow
def test_a_helper_does_not_outlive_a_sigkilled_writer(tmp_path: Path) -> None:
    proj = project(tmp_path)
    victim, helpers = _stalled_run(proj, fault=HELPER_STALLS, jobs="2", stall=120)
    try:
        victim.kill()
        victim.wait(timeout=30)
        # Generous: a helper that notices its writer is gone ends in milliseconds; a stalled one
        # lives on for the 120 s of its stall.
        wait_until(lambda: not alive(helpers), timeout=10, what="the helpers to end")
    finally:
        end(helpers)


@pytest.mark.parametrize("stage", ["a helper's file", "the writer's file", "the commit"])
def test_the_run_after_a_sigkill_repairs_everything_while_the_old_helper_lives(stage: str, reference: Path, tmp_path: Path) -> None:
    proj = project(tmp_path)
    if stage == "the commit":
        victim = start(proj, "generate", "--jobs", "3", fault="stall-rename:3")
        journal = proj / write.JOURNAL

        def committing() -> bool:
            try:
                return json.loads(journal.read_text(encoding="utf-8"))["state"] == "committing"
            except (OSError, ValueError):
                return False

        wait_until(lambda: committing() or victim.poll() is not None, what="the commit")
        helpers: dict[int, str] = {}
    else:
        victim, helpers = _stalled_run(proj, fault=HELPER_STALLS if stage == "a helper's file" else BOTH_STALL, stall=3)
    try:
        victim.kill()
        assert victim.wait(timeout=30) == -signal.SIGKILL
        repaired = run(proj, "generate", "--no-wait")  # an orphaned helper holds no lock
        assert repaired.returncode == 0, repaired.stderr
        assert "Traceback" not in repaired.stderr
        # The old helper wakes from its stall (3 s), finds its writer gone and ends, writing nothing.
        wait_until(lambda: not alive(helpers), timeout=60, what="the old helpers to end")
        assert strays(proj) == []
        assert snapshot(proj / "generated") == snapshot(reference / "generated")
        assert run(proj, "check").returncode == 0
    finally:
        end(helpers)


# -- streams ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("stream", ["stdout", "stderr"])
def test_a_closed_stream_does_not_change_the_exit_status(stream: str, reference: Path) -> None:
    closing = ">&-" if stream == "stdout" else "2>&-"
    for args in (["check"], ["generate", "--jobs", "2"]):
        result = subprocess.run(
            ["sh", "-c", f'exec "$@" {closing}', "sh", *PYTHON, *args], cwd=reference, env=ENV, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("jobs", ["1", "3", "64"])
def test_a_broken_stderr_pipe_ends_the_same_for_any_number_of_processes(jobs: str, tmp_path: Path) -> None:
    """`errcodegen generate 2>&1 | head -1` where head is gone before the first line: EPIPE from the start."""
    outcomes = []
    for attempt in ("1", jobs):
        (tmp_path / f"{attempt}-{len(outcomes)}").mkdir()
        proj = project(tmp_path / f"{attempt}-{len(outcomes)}")
        read, written = os.pipe()
        os.close(read)
        try:
            status = subprocess.run([*PYTHON, "generate", "--jobs", attempt], cwd=proj, env=ENV, stdout=written, stderr=written, timeout=300).returncode
        finally:
            os.close(written)
        outcomes.append((status, snapshot(proj)))
        assert strays(proj) == []
    assert outcomes[0] == outcomes[1]


# -- resource limits -------------------------------------------------------------------------------


def _limited(**limits: int) -> Callable[[], None]:
    def apply() -> None:
        for name, value in limits.items():
            kind = getattr(resource, f"RLIMIT_{name.upper()}")
            resource.setrlimit(kind, (value, resource.getrlimit(kind)[1]))

    return apply


# 700 MB of address space: one process needs under 200 MB; 63 reader threads of the writer's
# reserve 8 MB of stack each (RLIMIT_STACK, set too, sizes them).
ADDRESS_SPACE = {"as_": 700 << 20, "stack": 8 << 20}


@pytest.mark.slow
def test_many_processes_under_an_address_space_limit_run_as_one_process_does(tmp_path: Path) -> None:
    limits = _limited(**{k.rstrip("_"): v for k, v in ADDRESS_SPACE.items()})
    seen = {}
    for jobs in ("1", "64"):
        (tmp_path / jobs).mkdir()
        proj = project(tmp_path / jobs)
        result = run(proj, "generate", "--jobs", jobs, preexec_fn=limits)
        seen[jobs] = (result.returncode, "Traceback" in result.stderr, snapshot(proj))
        assert strays(proj) == []
    assert seen["1"][:2] == (0, False)
    assert seen["64"] == seen["1"]


@pytest.mark.slow
def test_many_processes_under_a_descriptor_limit_run_as_one_process_does(tmp_path: Path) -> None:
    # One process holds at most about 45 descriptors (the fsync queue: 32 + 4); 63 helpers' pipes
    # alone need more than 64, so the writer is left none of its own whichever helper ends first.
    limits = _limited(nofile=64)
    seen = {}
    for jobs in ("1", "64"):
        (tmp_path / jobs).mkdir()
        proj = project(tmp_path / jobs)
        result = run(proj, "generate", "--jobs", jobs, preexec_fn=limits)
        seen[jobs] = (result.returncode, snapshot(proj))
        assert strays(proj) == []
    assert seen["1"][0] == 0
    assert seen["64"] == seen["1"]


def test_a_process_limit_that_stops_forks_and_threads_still_writes_or_says_one_line(tmp_path: Path) -> None:
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root and setpriv: RLIMIT_NPROC binds a user of its own, never root")
    # A user with no process at all, so that the limit counts this run's only.
    users = {_owner(int(p)) for p in os.listdir("/proc") if p.isdigit()}
    uid = next(u for u in range(61000 + os.getpid() % 2000, 65000) if u not in users)
    proj = project(tmp_path)
    for folder in [tmp_path, *tmp_path.rglob("*")]:
        folder.chmod(0o777 if folder.is_dir() else 0o666)
    caps = "+dac_override,+dac_read_search"  # to read the interpreter where root keeps it
    command = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", f"--inh-caps={caps}", f"--ambient-caps={caps}", *PYTHON, "generate"]
    result = subprocess.run(command, cwd=proj, env=ENV, capture_output=True, text=True, timeout=300, preexec_fn=_limited(nproc=1))
    assert "Traceback" not in result.stderr, result.stderr[-600:]
    assert result.returncode in (0, 2)
    if result.returncode == 2:
        assert not (proj / "generated").exists() and len(result.stderr.splitlines()[-1]) < 300
    assert strays(proj) == []


def _owner(pid: int) -> int:
    try:
        return Path(f"/proc/{pid}").stat().st_uid
    except OSError:
        return -1


# -- library callers ------------------------------------------------------------------------------


def _lazy_files(count: int = 12) -> dict[str, object]:
    def text(i: int) -> Lazy:
        return Lazy(lambda write: write(f"file {i}\n" * (5000 + i)))  # over a pipe's buffer each

    return {f"f{i:02}.txt": text(i) for i in range(count)}


def _my_children() -> dict[int, str]:
    return children(os.getpid())


def _errcodegen_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("errcodegen")]


def test_a_library_caller_keeps_its_frozen_objects_frozen(tmp_path: Path) -> None:
    """A preforking server freezes its objects (gc.freeze) so that its children share them."""
    held = [[i] for i in range(1000)]
    gc.freeze()
    frozen = gc.get_freeze_count()
    try:
        write.write_tree(tmp_path / "out", _lazy_files(), root=tmp_path, jobs=2)
        after = gc.get_freeze_count()
    finally:
        gc.unfreeze()
    assert held and frozen >= 1000
    assert after == frozen, f"{frozen} objects frozen by the caller, {after} after write_tree"


@pytest.fixture
def real_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, object, dict[str, object], list[tuple[Path, object]]]]:
    proj = project(tmp_path)
    monkeypatch.chdir(proj)
    cfg = pipeline.configure(proj / "pyproject.toml")
    docs = pipeline.build_models(cfg)
    yield proj, cfg, pipeline.render_models(cfg, docs, lazy=True), list(pipeline.names_contents(cfg, docs))


def test_a_library_caller_with_threads_of_its_own_gets_the_same_files_and_nothing_left(
    real_project: tuple[Path, object, dict[str, object], list[tuple[Path, object]]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    proj, cfg, files, names = real_project
    stop = threading.Event()
    busy = threading.Thread(target=lambda: stop.wait(), name="caller-thread")
    busy.start()
    fds = set(os.listdir("/proc/self/fd"))
    kids = _my_children()
    outcome: dict[str, object] = {}

    def write_from_a_worker(jobs: int, out: Path) -> None:
        try:
            outcome[f"written{jobs}"] = write.write_tree(out, files, also=names if jobs > 1 else None, root=out.parent, jobs=jobs).written
        except BaseException as exc:  # pragma: no cover (reported below)
            outcome[f"error{jobs}"] = exc

    try:
        for jobs, out in ((1, tmp_path / "one" / "generated"), (3, proj / "generated")):
            out.parent.mkdir(exist_ok=True)
            worker = threading.Thread(target=write_from_a_worker, args=(jobs, out))
            worker.start()
            worker.join(timeout=300)
            assert not worker.is_alive(), f"write_tree(jobs={jobs}) never returned"
        assert "error1" not in outcome and "error3" not in outcome, outcome
        assert snapshot(proj / "generated") == snapshot(tmp_path / "one" / "generated")
        # A failure in file order, raised to the caller; then nothing of the run's is left.
        monkeypatch.setenv("ERRCODEGEN_FAULT", "fail-stage:40,fail-stage:9")
        add_row(proj)
        with pytest.raises(write.WriteError, match="injected failure before stage 9"):
            write.write_tree(proj / "generated", files, root=proj, jobs=3)
        assert strays(proj) == []
        assert _my_children() == kids
        assert _errcodegen_threads() == []
        assert set(os.listdir("/proc/self/fd")) == fds
    finally:
        stop.set()
        busy.join()


LIBRARY_CALLER = textwrap.dedent(
    """
    import json, os, resource, sys, threading, time
    from pathlib import Path
    from errcodegen import pipeline, write
    cfg = pipeline.configure(Path("pyproject.toml"))
    docs = pipeline.build_models(cfg)
    files = pipeline.render_models(cfg, docs, lazy=True)
    fds = set(os.listdir("/proc/self/fd"))
    resource.setrlimit(resource.RLIMIT_STACK, (8 << 20, resource.getrlimit(resource.RLIMIT_STACK)[1]))
    resource.setrlimit(resource.RLIMIT_AS, (700 << 20, resource.RLIM_INFINITY))
    try:
        write.write_tree(cfg.out, files, root=cfg.root, jobs=64)
        error = None
    except BaseException as exc:
        error = type(exc).__name__
    resource.setrlimit(resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    def kids():
        found = []
        for p in os.listdir("/proc"):
            try:
                raw = open(f"/proc/{p}/stat").read()
            except OSError:
                continue
            if raw[raw.rindex(")") + 2:].split()[1] == str(os.getpid()):
                found.append(int(p))
        return found
    deadline = time.monotonic() + 30  # generous: whatever is left may end by itself meanwhile
    while kids() and time.monotonic() < deadline:
        try:
            os.waitpid(-1, os.WNOHANG)  # what a caller's own SIGCHLD handling would reap
        except ChildProcessError:
            pass
        time.sleep(0.1)
    print(json.dumps({"error": error, "children": kids(), "threads": [t.name for t in threading.enumerate() if t.name.startswith("errcodegen")],
                      "leaked_fds": len(set(os.listdir("/proc/self/fd")) - fds)}))
    for pid in kids():
        os.kill(pid, 9)
    """
)


@pytest.mark.slow
def test_a_library_caller_gets_no_helper_thread_or_descriptor_left_when_threads_run_out(tmp_path: Path) -> None:
    proj = project(tmp_path)
    result = subprocess.run([sys.executable, "-c", LIBRARY_CALLER], cwd=proj, env=ENV, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["error"] in (None, "WriteError"), report
    assert report["children"] == [] and report["threads"] == [] and report["leaked_fds"] == 0, report
    assert strays(proj) == []


# -- the default number of processes ---------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(("rows", "helped"), [(20_001, False), (20_000, True)])
def test_pages_over_20000_rows_are_made_by_one_process_by_default(rows: int, helped: bool, tmp_path: Path) -> None:
    from .synth import page

    if helped and len(os.sched_getaffinity(0)) < 2:
        pytest.skip("one processor: one process by default whatever the size")
    (tmp_path / "pyproject.toml").write_text('[tool.errcodegen]\nsource = "page.md"\n', encoding="utf-8")
    (tmp_path / "page.md").write_text(page(rows), encoding="utf-8")
    victim = start(tmp_path, "generate", fault="stall-stage:1", stall=120)
    try:
        # The helpers are forked before the journal is saved: once it is there, they are all there.
        wait_until(lambda: (tmp_path / write.JOURNAL).exists() or victim.poll() is not None, timeout=240, what="the journal")
        assert victim.poll() is None, stderr_of(tmp_path)
        helpers = children(victim.pid)
        victim.send_signal(signal.SIGTERM)
        assert victim.wait(timeout=60) == 143
    finally:
        if victim.poll() is None:
            victim.kill()
    assert bool(helpers) is helped
    assert strays(tmp_path) == []


# -- update ----------------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["", "fail-stage:2,fail-stage:5", "exit-helper:1"])
def test_update_is_the_same_for_any_number_of_processes(fault: str, tmp_path: Path, upstream_repo: dict[str, str]) -> None:
    from .test_upstream import make_project

    seen = {}
    for jobs in ("1", "2", "64"):
        (tmp_path / jobs).mkdir()
        proj = make_project(tmp_path / jobs, upstream_repo["repo"])
        env = {**ENV, "ERRCODEGEN_UPSTREAM_CACHE": str(tmp_path / jobs / "cache"), "ERRCODEGEN_FAULT": fault}
        result = subprocess.run([*PYTHON, "update", "--ref", "before-crlf", "--jobs", jobs], cwd=proj, env=env, capture_output=True, text=True, timeout=300)
        assert "Traceback" not in result.stderr
        seen[jobs] = (result.returncode, result.stdout, result.stderr.replace(str(tmp_path / jobs), "TMP"), snapshot(proj))
        assert strays(proj) == []
    assert seen["1"][0] == (2 if fault.startswith("fail") else 1), seen["1"][2]  # 1: pages changed
    assert seen["2"] == seen["1"] and seen["64"] == seen["1"]


# -- the script's quick exit (os._exit after flushing) loses no output ------------------------------


def _outputs(proj: Path, *args: str) -> tuple[bytes, bytes, int, int]:
    """What `args` print on stdout into a file and into a pipe (the script's exit is os._exit)."""
    out = proj.parent / "stdout.bin"
    with open(out, "wb") as handle:
        into_file = subprocess.run([*PYTHON, *args], cwd=proj, env=ENV, stdout=handle, stderr=subprocess.DEVNULL, timeout=300).returncode
    piped = subprocess.run([*PYTHON, *args], cwd=proj, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=300)
    return out.read_bytes(), piped.stdout, into_file, piped.returncode


def test_checks_diff_and_diffs_json_reach_a_file_and_a_pipe_whole(reference: Path, tmp_path: Path) -> None:
    proj = tmp_path / "proj"
    shutil.copytree(reference, proj)
    shutil.rmtree(proj / "generated" / "docs")  # a stale tree: a diff of some megabytes
    (proj / "generated" / "go" / "cos-error-codes" / "go.mod").write_text("edited\n", encoding="utf-8")
    into_file, piped, status_file, status_pipe = _outputs(proj, "check")
    assert status_file == status_pipe == 1
    assert into_file == piped and len(into_file) > 1 << 20 and into_file.endswith(b"\n")
    assert b"+++ b/go/cos-error-codes/go.mod" in into_file and b"-edited" in into_file
    pages = ROOT / "tests" / "upstream_pages"
    into_file, piped, status_file, status_pipe = _outputs(proj, "diff", "--format", "json", str(pages / "ci-error-codes.en.2020-01.md"), str(pages / "ci-error-codes.en.md"))
    assert status_file == status_pipe == 1  # the pages differ
    assert into_file == piped
    assert json.loads(into_file)  # whole: it parses


# -- an output folder that cannot take the files ----------------------------------------------------


def _can_mount() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    return subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs tmpfs /mnt"], capture_output=True).returncode == 0


@pytest.mark.slow
@pytest.mark.parametrize("folder", ["read-only", "full"])
def test_an_output_folder_that_refuses_the_files_fails_the_same_for_any_number_of_processes(folder: str, tmp_path: Path) -> None:
    if not _can_mount():
        pytest.skip("needs root and mount namespaces (unshare -m)")
    import re

    seen = {}
    for jobs in ("1", "3", "64"):
        (tmp_path / jobs).mkdir()
        proj = project(tmp_path / jobs)
        assert run(proj, "generate").returncode == 0
        add_row(proj)
        before = snapshot(proj)
        out = proj / "generated"
        # Full: the tree as it was, on a disk with 256 KB to spare (the changed set's files are more).
        used = sum(p.stat().st_blocks * 512 for p in out.rglob("*"))
        mount = f"mount --bind -o ro {out} {out}" if folder == "read-only" else f"mount -t tmpfs -o size={used + (256 << 10)} tmpfs {out} && cp -a {tmp_path / jobs}/keep/. {out}/"
        if folder == "full":
            shutil.copytree(out, tmp_path / jobs / "keep")
        script = f'{mount} && exec "$@"'
        result = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", *PYTHON, "generate", "--jobs", jobs], cwd=proj, env=ENV, capture_output=True, text=True, timeout=300)
        last = re.sub(r"errcodegen-tmp-[0-9]+-[0-9a-f]+", "TMP", result.stderr.splitlines()[-1].replace(str(proj), "PROJECT"))
        seen[jobs] = (result.returncode, last)
        assert result.returncode == 2 and "nothing changed" in last and "Traceback" not in result.stderr
        shutil.rmtree(tmp_path / jobs / "keep", ignore_errors=True)
        assert snapshot(proj) == before and strays(proj) == []
    assert seen["1"] == seen["3"] == seen["64"]
