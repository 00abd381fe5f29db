"""Files made by several processes (`generate --jobs N`, ahead.py): the same bytes, the same
errors in the same order, nothing left behind, whatever the helpers do (the same run for any
number of processes, in every scenario: tests/test_attack_jobs.py).

The helpers are real forked processes; which files each makes depends on the scheduler, so every
test checks what must hold for any division of the files (and the fault hooks force the cases
a division may or may not reach: a helper that dies, failures on both sides).
"""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Callable

import pytest

from errcodegen import ahead, write

from .test_cli import project, run, snapshot
from .test_safety_write import add_row, start, staged, strays

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="helpers are forked")


def test_a_helper_that_dies_mid_file_leaves_its_files_to_the_writer(tmp_path: Path) -> None:
    (tmp_path / "reference").mkdir()
    (tmp_path / "proj").mkdir()
    reference = project(tmp_path / "reference")
    assert run(reference, "generate", "--jobs", "1").returncode == 0
    proj = project(tmp_path / "proj")
    # The helper dies having started its first file (the writer waits until it has taken one).
    victim = start(proj, "generate", "--jobs", "2", fault="exit-helper:1")
    assert victim.wait(timeout=120) == 0, victim.stderr.read() if victim.stderr else ""
    assert snapshot(proj / "generated") == snapshot(reference / "generated")
    assert strays(proj) == []
    assert run(proj, "check").returncode == 0


def test_a_signal_while_helpers_make_files_ends_them_and_writes_nothing(tmp_path: Path) -> None:
    proj = project(tmp_path)
    assert run(proj, "generate").returncode == 0
    add_row(proj)
    before = snapshot(proj)
    # Stage 30 stalls in whichever process takes it; the others go on, then wait for it.
    victim = start(proj, "generate", "--jobs", "3", fault="stall-stage:30", stall=60)
    wait_for_strays(proj)
    victim.send_signal(signal.SIGTERM)
    assert victim.wait(timeout=30) == 143
    stderr = victim.stderr.read() if victim.stderr else ""
    assert "Traceback" not in stderr and stderr.splitlines()[-1].startswith("errcodegen: interrupted (SIGTERM)")
    time.sleep(0.5)  # a helper still alive would go on making files; none may appear
    assert snapshot(proj) == before and strays(proj) == []
    assert run(proj, "generate", "--no-wait").returncode == 0  # no helper holds the project's lock


def wait_for_strays(proj: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if staged(proj) and any(write.TMP_MARK in name for name in strays(proj)):
            return
        time.sleep(0.05)
    raise AssertionError("no file was staged")


def test_jobs_out_of_range_is_one_line_and_status_2(tmp_path: Path) -> None:
    proj = project(tmp_path)
    for bad in ("0", "-1", "many", "65"):
        result = run(proj, "generate", "--jobs", bad)
        assert result.returncode == 2 and "expected a number of processes from 1 to 64" in result.stderr
    assert not (proj / "generated").exists()


# -- the helpers on their own -----------------------------------------------------------------


class Frames:
    """A receiver that keeps every frame."""

    def __init__(self) -> None:
        self.bytes: dict[int, bytes] = {}
        self.done: list[int] = []
        self.errors: dict[int, BaseException] = {}
        self.lost_files: list[int] = []

    def start(self, index: int) -> None:
        self.bytes[index] = b""

    def data(self, index: int, data: bytes) -> None:
        self.bytes[index] += data

    def end(self, index: int) -> None:
        self.done.append(index)

    def failed(self, index: int, exc: BaseException) -> None:
        self.errors[index] = exc

    def lost(self, index: int) -> None:
        self.lost_files.append(index)


def drain(helpers: ahead.Helpers, make: ahead.Make) -> dict[int, bytes]:
    """The writer's share, made in this process."""
    mine: dict[int, bytes] = {}
    while (index := helpers.take()) is not None:
        pieces: list[bytes] = []
        make(index, pieces.append)
        mine[index] = b"".join(pieces)
    helpers.finish()
    return mine


def test_helpers_make_every_file_once_with_its_bytes_in_order() -> None:
    def make(index: int, send: Callable[[bytes], object]) -> None:
        for piece in range(index % 5):
            send(f"{index}:{piece};".encode() * 1000)  # several frames, some over a pipe's buffer

    frames = Frames()
    helpers = ahead.Helpers(2, list(range(200)), make, frames)
    assert helpers.start()
    helpers.release()
    mine = drain(helpers, make)
    assert sorted([*mine, *frames.done]) == list(range(200))  # each file once, by someone
    assert not frames.errors and not frames.lost_files
    for index in frames.done:
        assert frames.bytes[index] == b"".join(f"{index}:{p};".encode() * 1000 for p in range(index % 5))


def test_a_helper_failure_comes_back_as_the_exception_and_the_helper_stops() -> None:
    def make(index: int, send: Callable[[bytes], object]) -> None:
        if index >= 0:
            raise ValueError(f"file {index} refused")

    frames = Frames()
    helpers = ahead.Helpers(1, list(range(50)), make, frames)
    assert helpers.start()
    helpers.release()
    taken: list[int] = []
    while (index := helpers.take()) is not None:
        taken.append(index)
        time.sleep(0.01)  # the helper takes one, fails, and stops: the rest are the writer's
    helpers.finish()
    assert len(frames.errors) <= 1 and not frames.done
    for index, exc in frames.errors.items():
        assert type(exc) is ValueError and str(exc) == f"file {index} refused"
    assert sorted([*taken, *frames.errors]) == list(range(50))


def test_a_helper_killed_mid_file_reports_that_file_lost() -> None:
    def make(index: int, send: Callable[[bytes], object]) -> None:
        send(b"half")
        os._exit(9)

    frames = Frames()
    helpers = ahead.Helpers(1, list(range(20)), make, frames)
    assert helpers.start()
    helpers.release()
    assert helpers.taken.wait(30)  # the helper has its file; the writer takes the rest
    mine = []
    while (index := helpers.take()) is not None:
        mine.append(index)
    helpers.finish()
    assert len(frames.lost_files) == 1 and not frames.done
    assert sorted([*mine, *frames.lost_files]) == list(range(20))


def test_frames_wait_for_release_and_a_stop_before_it_drops_them_and_reaps_every_helper() -> None:
    def make(index: int, send: Callable[[bytes], object]) -> None:
        send(b"x" * 10)

    frames = Frames()
    helpers = ahead.Helpers(3, list(range(30)), make, frames)
    assert helpers.start()
    pids = list(helpers.pids)
    time.sleep(0.2)  # the helpers make their files; nothing reaches the receiver before release()
    assert frames.bytes == {} and frames.done == []
    helpers.stop()
    assert frames.bytes == {} and frames.done == [] and not frames.errors
    for pid in pids:
        with pytest.raises(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)  # reaped: no zombie left
