"""`make bench`: time `generate` and `check` as ratios to Python's bare start-up, in one run.

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

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable


def measure(args: list[str], cwd: Path, runs: int, prepare=None, ok=(0,)) -> tuple[float, float]:
    """Return (median seconds, peak RSS in MB) of `runs` fresh processes (exit status in `ok`)."""
    times, peaks = [], []
    for _ in range(runs):
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
            if os.waitstatus_to_exitcode(status) not in ok:
                err.seek(0)
                raise SystemExit(f"failed: {' '.join(args)}: {err.read().decode(errors='replace')[-4000:]}")
    return statistics.median(times), max(peaks)


def project(tmp: Path, source: str | None = None) -> Path:
    """The real project (both sets, English and Chinese), or one synthetic English page."""
    tmp.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "source_docs", tmp / "source_docs")
    if source is None:
        shutil.copy(ROOT / "pyproject.toml", tmp / "pyproject.toml")
    else:
        (tmp / "pyproject.toml").write_text('[tool.errcodegen]\nsource = "source_docs/synthetic.md"\n', encoding="utf-8")
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


def main() -> None:
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    sizes = [int(s) for s in os.environ.get("BENCH_SIZES", "1000,10000,100000").split(",") if s]
    rows: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        base, base_mem = measure([PY, "-c", "import markdown_it, jinja2, black"], tmp, runs)
        rows.append(("baseline: import markdown_it, jinja2, black", base, base_mem, ""))
        real = project(tmp / "real")
        clean = lambda: shutil.rmtree(real / "generated", ignore_errors=True)  # noqa: E731
        # As users run it: the wheel installed (compiled to bytecode, as pip does), with an
        # empty home (no per-user cache could help; none is used: templates ship precompiled).
        installed = install_wheel(tmp)
        saved = {k: os.environ.get(k) for k in ("HOME", "XDG_CACHE_HOME", "PYTHONPATH")}
        os.environ["HOME"] = os.environ["XDG_CACHE_HOME"] = str(tmp / "empty-home")
        os.environ["PYTHONPATH"] = str(installed)
        t, mem = measure([PY, "-m", "errcodegen", "generate"], real, runs, clean)
        rows.append(("generate, current pages, installed wheel, first run, empty home", t, mem, f"<= 1.5x: {'met' if t <= 1.5 * base else 'NOT met'}"))
        t, mem = measure([PY, "-m", "errcodegen", "check"], real, runs)
        rows.append(("check, current pages, installed wheel, nothing stale", t, mem, f"<= 1.5x: {'met' if t <= 1.5 * base else 'NOT met'}"))
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        # This repository's own .venv: an editable install, whose import hook costs every
        # module import a little (about 50 ms in all here).
        t, mem = measure([PY, "-m", "errcodegen", "generate"], real, runs, clean)
        rows.append(("generate, current pages, editable install (this .venv)", t, mem, f"{t / base:.2f}x (no target)"))
        t, mem = measure([PY, "-m", "errcodegen", "check"], real, runs)
        rows.append(("check, current pages, editable install (this .venv)", t, mem, f"{t / base:.2f}x (no target)"))
        timings: dict[int, float] = {}
        for size in sizes:
            proj = project(tmp / f"s{size}", page(size))
            def prepare(proj: Path = proj) -> None:
                shutil.rmtree(proj / "generated", ignore_errors=True)
                (proj / "source_docs" / "names.toml").unlink(missing_ok=True)
            n = runs if size <= 10000 else max(1, runs // 2)
            t, mem = measure([PY, "-m", "errcodegen", "generate"], proj, n, prepare)
            timings[size] = t
            verdict = ""
            if size == 10000:
                verdict = f"<= 3 s: {'met' if t <= 3 else 'NOT met'}"
            if size == 100000:
                verdict = f"<= 30 s: {'met' if t <= 30 else 'NOT met'}; <= 300 MB: {'met' if mem <= 300 else 'NOT met'}"
                if 10000 in timings:
                    verdict += f"; <= 12x of 10k: {'met' if t <= 12 * timings[10000] else 'NOT met'} ({t / timings[10000]:.1f}x)"
            rows.append((f"generate, synthetic page, {size} rows", t, mem, verdict))
            if size == 100000:
                # Every row changed (other texts, same codes), reusing this size's page.
                other = tmp / "s100000-seed7.md"
                other.write_text(page(size, 7), encoding="utf-8")
                diff = [PY, "-m", "errcodegen", "diff", "--format", "json", str(proj / "source_docs" / "synthetic.md"), str(other)]
                t, mem = measure(diff, ROOT, 1, ok=(1,))
                rows.append((f"diff --format json, two {size}-row pages", t, mem, f"< 300 MB: {'met' if mem < 300 else 'NOT met'}"))
        reword = int(os.environ.get("BENCH_REWORD", "16000"))
        if reword:
            # Many small `##` categories, then the same page with every heading reworded,
            # generated with the names file of the first run: matched by codes, not ids.
            proj = project(tmp / "reword", sections(reword))
            source, names = proj / "source_docs" / "synthetic.md", proj / "source_docs" / "names.toml"
            first, first_mem = measure([PY, "-m", "errcodegen", "generate"], proj, 1)
            recorded = names.read_text(encoding="utf-8")
            source.write_text(sections(reword, reworded=True), encoding="utf-8")
            def restore() -> None:
                shutil.rmtree(proj / "generated", ignore_errors=True)
                names.write_text(recorded, encoding="utf-8")
            t, mem = measure([PY, "-m", "errcodegen", "generate"], proj, 1, restore)
            rows.append((f"generate, {reword} categories, first run", first, first_mem, ""))
            ids = lambda text: re.findall(r"^\[category\.([a-z0-9_]+)\]$", text, re.M)  # noqa: E731
            kept = ids(names.read_text(encoding="utf-8")) == ids(recorded)
            verdict = f"{t / first:.2f}x of the first run; ids {'kept' if kept else 'NOT kept'}"
            rows.append((f"generate, {reword} categories, headings reworded", t, mem, verdict))
    print(
        f"python {sys.version.split()[0]}, {os.cpu_count()} cores, median of {runs} runs "
        f"(100k rows: {max(1, runs // 2)}; the diff and the reworded categories: 1)"
    )
    print(f"{'input':58} {'median s':>9} {'x base':>7} {'peak MB':>8}  target")
    for label, t, mem, verdict in rows:
        print(f"{label:58} {t:9.3f} {t / base:7.2f} {mem:8.1f}  {verdict}")


if __name__ == "__main__":
    main()
