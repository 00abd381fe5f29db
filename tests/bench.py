"""`make bench`: time `generate`, `check` and `diff` as ratios to Python's bare start-up, in one run, each beside its goal.

The baseline is `python -c "import markdown_it, jinja2, black"`, measured in this run; each
figure is the median of several runs of a fresh process. Peak memory is the child's
maximum resident set size. Nothing here asserts: the table is for people and notes.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import page, sections  # noqa: E402
from errcodegen.targets.registry import TARGETS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


class Refused(Exception):
    """The command refused its input (exit 2) with this line."""


BASELINE = [PY, "-c", "import markdown_it, jinja2, black"]


def measure(args: list[str], cwd: Path, runs: int, prepare=None, ok=(0,)) -> tuple[float, float, float]:
    """Return (median seconds, peak RSS in MB, median CPU seconds) of `runs` fresh processes
    (exit status in `ok`); raise Refused when one exits 2 (the input refused), SystemExit on
    any other failure. CPU time (user + system) says more than the clock on a shared machine."""
    times, peaks, cpus = [], [], []
    for _ in range(runs):
        one(args, cwd, prepare, ok, times, peaks, cpus)
    return statistics.median(times), max(peaks), statistics.median(cpus)


def paired(args: list[str], cwd: Path, runs: int, prepare=None) -> tuple[float, float, float, float, float]:
    """`measure(args)` with a run of the baseline before each of its runs: (median seconds, peak
    MB, median CPU seconds, and the baseline's median seconds and CPU seconds over those runs).
    A ratio to start-up is taken from runs side by side: a shared machine that slows down for a
    while (its other guests) slows both, where a baseline measured once, minutes before, would
    make the ratio swing by a tenth."""
    times: list[float] = []
    peaks: list[float] = []
    cpus: list[float] = []
    base_times: list[float] = []
    base_cpus: list[float] = []
    for _ in range(runs):
        one(BASELINE, cwd, None, (0,), base_times, [], base_cpus)
        one(args, cwd, prepare, (0,), times, peaks, cpus)
    return statistics.median(times), max(peaks), statistics.median(cpus), statistics.median(base_times), statistics.median(base_cpus)


def one(args: list[str], cwd: Path, prepare, ok, times: list[float], peaks: list[float], cpus: list[float]) -> None:
    """One run of `measure`, its figures appended to the lists."""
    if prepare:
        prepare()
    start = time.perf_counter()
    # stderr to a file, not a pipe: a run that writes many files (the java output writes one
    # per category) says more than a pipe holds, and would wait for a reader forever.
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        times.append(time.perf_counter() - start)
        peaks.append(usage.ru_maxrss / 1024)
        cpus.append(usage.ru_utime + usage.ru_stime)
        code = os.waitstatus_to_exitcode(status)
        if code not in ok:
            err.seek(0)
            if code == 2:
                raise Refused(err.read().decode(errors="replace").strip().splitlines()[-1])
            raise SystemExit(f"failed: {' '.join(args)}: {err.read().decode(errors='replace')[-4000:]}")


ALL_TARGETS = tuple(t.name for t in TARGETS)  # every registered target, PHP included
CLASSIC = ("python", "typescript", "go", "schema", "json")  # the five outputs the project had before Java, Rust and the docs page
NO_DOCS = tuple(t for t in ALL_TARGETS if t != "docs")
NO_JAVA = tuple(t for t in ALL_TARGETS if t != "java")
NO_JAVA_DOCS = tuple(t for t in NO_DOCS if t != "java")

# The main set alone (the English and Chinese error-code pages), with its five classic outputs.
MAIN_SET = """[tool.errcodegen]
out = "generated"

[[tool.errcodegen.sets]]
name = "ci-error-codes"
pages = { en = "source_docs/ci-error-codes.en.md", zh = "source_docs/ci-error-codes.zh.md" }
names = "source_docs/names.toml"
product = { name = "Tencent Cloud Infinite", short = "CI" }
targets = %s
"""


def toml_list(items: tuple[str, ...]) -> str:
    return "[" + ", ".join(f'"{t}"' for t in items) + "]"


def project(tmp: Path, source: str | None = None, config: str | None = None, targets: tuple[str, ...] = ALL_TARGETS) -> Path:
    """The real project (every set), the project with the configuration `config`, or one
    synthetic English page rendered by `targets`."""
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "source_docs", tmp / "source_docs")
    if source is None:
        if config is None:
            shutil.copy(ROOT / "pyproject.toml", tmp / "pyproject.toml")
        else:
            (tmp / "pyproject.toml").write_text(config, encoding="utf-8")
    else:
        (tmp / "pyproject.toml").write_text(
            f'[tool.errcodegen]\nsource = "source_docs/synthetic.md"\ntargets = {toml_list(targets)}\n', encoding="utf-8"
        )
        (tmp / "source_docs" / "synthetic.md").write_text(source, encoding="utf-8")
        (tmp / "source_docs" / "names.toml").unlink()
    return tmp


def install_wheel(tmp: Path) -> Path:
    """Build the wheel (pip fetches the build backend, setuptools, from the package index) and install it into a folder."""
    wheels, target = tmp / "wheels", tmp / "installed"
    subprocess.run([PY, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(wheels), str(ROOT)], check=True)
    (wheel,) = wheels.glob("errcodegen-*.whl")
    subprocess.run([PY, "-m", "pip", "install", "-q", "--no-deps", "--disable-pip-version-check", "--target", str(target), str(wheel)], check=True)
    return target


def verdict(figure: float, goal: float, unit: str) -> str:
    """`figure` beside its goal (lower is better)."""
    shown = f"{figure:.2f}{unit}" if unit == "x" else f"{figure:.1f} {unit}"
    return f"{shown} (goal <= {goal:g}{'x' if unit == 'x' else ' ' + unit}: {'met' if figure <= goal else 'NOT met'})"


def main() -> None:
    # Bytecode cached as users have it (pip compiles an installed package, an editable one is
    # cached on first import): an environment that forbids writing it would have every child
    # compile errcodegen's modules and precompiled templates again (a tenth of a second each).
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    big_runs = int(os.environ.get("BENCH_BIG_RUNS", "1"))
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(",") if s]
    rows: list[tuple[float | str, ...]] = []  # label, seconds, MB, verdict, CPU s[, the paired baseline's seconds and CPU s]
    goals: list[str] = []
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    jobs = max(1, min(cpus, 4))  # what generate chooses for a project of at most 20 000 rows (cli._jobs)
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        base, base_mem, base_cpu = measure(BASELINE, tmp, runs)
        rows.append(("baseline: import markdown_it, jinja2, black", base, base_mem, "", base_cpu))
        real = project(tmp / "real")
        main_set = project(tmp / "main-set", config=MAIN_SET % toml_list(CLASSIC))
        # As users run it: the wheel installed (compiled to bytecode, as pip does), with an
        # empty home (no per-user cache could help; none is used: templates ship precompiled).
        installed = install_wheel(tmp)
        saved = {k: os.environ.get(k) for k in ("HOME", "XDG_CACHE_HOME", "PYTHONPATH")}
        os.environ["HOME"] = os.environ["XDG_CACHE_HOME"] = str(tmp / "empty-home")
        os.environ["PYTHONPATH"] = str(installed)
        for proj, label, gen_goal, check_goal in (
            (real, f"whole project (4 sets, {len(TARGETS)} targets)", 2.0, None),
            (main_set, "main set, its five classic outputs", 1.3, 1.2),
        ):
            clean = lambda proj=proj: shutil.rmtree(proj / "generated", ignore_errors=True)  # noqa: E731
            # Each against the baseline runs side by side with its own (`paired`).
            t, mem, cpu, b, b_cpu = paired([PY, "-m", "errcodegen", "generate"], proj, runs, clean)
            rows.append((f"generate, {label}, installed wheel, first run", t, mem, verdict(t / b, gen_goal, "x"), cpu, b, b_cpu))
            goals.append(f"generate, {label}: {rows[-1][3]} ({jobs} processes)")
            # The same in one process: what the helper processes (--jobs, ahead.py) bring.
            t, mem, cpu, b, b_cpu = paired([PY, "-m", "errcodegen", "generate", "--jobs", "1"], proj, runs, clean)
            rows.append((f"generate, {label}, --jobs 1", t, mem, f"{t / b:.2f}x (no goal: one process)", cpu, b, b_cpu))
            t, mem, cpu, b, b_cpu = paired([PY, "-m", "errcodegen", "check"], proj, runs)
            shown = verdict(t / b, check_goal, "x") if check_goal else f"{t / b:.2f}x (no goal)"
            rows.append((f"check, {label}, installed wheel", t, mem, shown, cpu, b, b_cpu))
            if check_goal:
                goals.append(f"check, {label}: {shown}")
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        # This repository's own .venv: an editable install, whose import hook costs every
        # module import a little (about 50 ms in all here).
        clean = lambda: shutil.rmtree(real / "generated", ignore_errors=True)  # noqa: E731
        t, mem, cpu, b, b_cpu = paired([PY, "-m", "errcodegen", "generate"], real, runs, clean)
        rows.append(("generate, whole project, editable install (this .venv)", t, mem, f"{t / b:.2f}x (no goal)", cpu, b, b_cpu))
        timings: dict[int, float] = {}
        for size in sizes:
            text = page(size)
            n = runs if size <= 10000 else big_runs
            refused = False
            for targets, label in (
                (ALL_TARGETS, "every target"),
                (NO_JAVA, "every target but java"),
                (NO_DOCS, "every target but docs"),
                (NO_JAVA_DOCS, "every target but java and docs"),
            ):
                # At 100 000 rows (2 500 codes a category) Java may refuse the page (a category
                # past what one enum holds): then the figures without Java stand in for it.
                if size < 100000 and targets is not ALL_TARGETS or targets in (NO_JAVA, NO_JAVA_DOCS) and not refused:
                    continue
                proj = project(tmp / f"s{size}-{'-'.join(t[:2] for t in targets)}", text, targets=targets)
                def prepare(proj: Path = proj) -> None:
                    shutil.rmtree(proj / "generated", ignore_errors=True)
                    (proj / "source_docs" / "names.toml").unlink(missing_ok=True)
                try:
                    t, mem, cpu = measure([PY, "-m", "errcodegen", "generate"], proj, n, prepare)
                except Refused as exc:
                    refused = True
                    rows.append((f"generate, synthetic page, {size} rows, {label}", float("nan"), float("nan"), f"refused: {exc}", float("nan")))
                    goals.append(f"generate, {size} rows, {label}: refused ({exc})")
                    continue
                shown = ""
                if targets is ALL_TARGETS and size == 10000 and size <= 20000:
                    # Growth compares one process with one process: at 100 000 rows generate runs
                    # one (the default past 20 000 rows), at 10 000 two or more.
                    t1, mem1, cpu1 = measure([PY, "-m", "errcodegen", "generate", "--jobs", "1"], proj, n, prepare)
                    rows.append((f"generate, synthetic page, {size} rows, {label}, --jobs 1", t1, mem1, "one process (growth is measured from it)", cpu1))
                    timings[size] = t1
                if targets is ALL_TARGETS or targets is NO_JAVA:
                    timings.setdefault(size, t)
                    if size == 10000:
                        shown = verdict(t, 3, "s")
                    if size == 100000:
                        shown = f"{verdict(t, 30, 's')}; {verdict(mem, 300, 'MB')}"
                        if 10000 in timings:
                            shown += f"; growth from 10 000 rows (every target, one process) {verdict(t / timings[10000], 11, 'x')}"
                    if shown:
                        goals.append(f"generate, {size} rows, {label}: {shown} ({jobs if size <= 20000 else 1} processes)")
                else:
                    shown = "without the docs page (no goal)"
                rows.append((f"generate, synthetic page, {size} rows, {label}", t, mem, shown, cpu))
            if size == 100000:
                # Every row changed (other texts, same codes), reusing this size's page.
                other = tmp / "s100000-seed7.md"
                other.write_text(page(size, 7), encoding="utf-8")
                diff = [PY, "-m", "errcodegen", "diff", "--format", "json", str(tmp / f"s100000-{'-'.join(t[:2] for t in ALL_TARGETS)}" / "source_docs" / "synthetic.md"), str(other)]
                t, mem, cpu = measure(diff, ROOT, 1, ok=(1,))
                rows.append((f"diff --format json, two {size}-row pages", t, mem, verdict(mem, 200, "MB"), cpu))
                goals.append(f"diff --format json, two {size}-row pages: {rows[-1][3]}")
        reword = int(os.environ.get("BENCH_REWORD", "16000"))
        if reword:
            # Many small `##` categories, then the same page with every heading reworded,
            # generated with the names file of the first run: matched by codes, not ids.
            # TypeScript takes at most 1 000 categories (tsc's TS2590: targets/typescript); every other target.
            proj = project(tmp / "reword", sections(reword), targets=tuple(t for t in ALL_TARGETS if t != "typescript") if reword > 1000 else ALL_TARGETS)
            source, names = proj / "source_docs" / "synthetic.md", proj / "source_docs" / "names.toml"
            first, first_mem, first_cpu = measure([PY, "-m", "errcodegen", "generate"], proj, 1)
            recorded = names.read_text(encoding="utf-8")
            source.write_text(sections(reword, reworded=True), encoding="utf-8")
            def restore() -> None:
                shutil.rmtree(proj / "generated", ignore_errors=True)
                names.write_text(recorded, encoding="utf-8")
            t, mem, cpu = measure([PY, "-m", "errcodegen", "generate"], proj, 1, restore)
            rows.append((f"generate, {reword} categories, first run (every target but typescript)" if reword > 1000 else f"generate, {reword} categories, first run", first, first_mem, "", first_cpu))
            ids = lambda text: re.findall(r"^\[category\.([a-z0-9_]+)\]$", text, re.M)  # noqa: E731
            kept = ids(names.read_text(encoding="utf-8")) == ids(recorded)
            shown = f"{t / first:.2f}x of the first run; ids {'kept' if kept else 'NOT kept'}"
            rows.append((f"generate, {reword} categories, headings reworded", t, mem, shown, cpu))
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {runs} runs "
        f"(100 000 rows: {big_runs}; the diff and the reworded categories: 1); peak MB: the child's ru_maxrss "
        f"(with helper processes, the largest of them); cpu s: the run's and its helpers'; {jobs} processes by default up to 20 000 rows; "
        f"x base of the start-up rows (installed wheel, --jobs 1, check, editable): against a baseline run before each of their runs"
    )
    print(f"{'command':64} {'median s':>9} {'x base':>7} {'cpu s':>8} {'cpu x':>6} {'peak MB':>8}  goal (on the clock's figures)")
    for label, t, mem, shown, cpu, *own in rows:
        b, b_cpu = own or (base, base_cpu)  # a row measured side by side with the baseline: against those runs
        print(f"{label:64} {t:9.3f} {t / b:7.2f} {cpu:8.3f} {cpu / b_cpu:6.2f} {mem:8.1f}  {shown}")
    print("\nthe goals of issue 22:")
    for line in goals:
        print(f"  {line}")


if __name__ == "__main__":
    main()
