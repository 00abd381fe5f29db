"""The reference page at scale: `python tests/docs_bench.py [ROWS]` (default 100 000) renders one
synthetic page's docs target alone in a fresh process (time, peak memory, HTML size), then opens
the page in Debian's Chromium (tests/docs_bench.js: time to open, time of each keystroke of a
search, of "Show every match" and of a link to the last row), and prints each figure beside its
goal (issue 22). Nothing here asserts: a loaded machine times anything; the browser test
(tests/test_docs_browser.py) asserts what makes the page fast (rows drawn per keystroke, counts).

`report(rows)` returns the table's rows, [(what, figure, goal)], for another report to include.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import page  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")

# The child: read the page, render the docs target and write its files as they are made.
RENDER = """
import sys, time
from dataclasses import replace
from errcodegen.content import emit, lazily
from errcodegen.pipeline import read_named, render_all
from errcodegen.targets import docs
doc = replace(read_named(sys.argv[1]), set_name="big")
start = time.perf_counter()
with lazily():
    for rel, content in render_all(doc, lazy=True, targets=(docs.TARGET,)).items():
        with open(sys.argv[2] + "/" + rel.split("/")[-1], "w", encoding="utf-8") as out:
            emit(content, out.write)
print(time.perf_counter() - start)
"""


def report(rows: int = 100_000) -> list[tuple[str, str, str]]:
    """[(what, figure, goal)] for a synthetic page of `rows` rows."""
    out: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "big.md"
        source.write_text(page(rows), encoding="utf-8")
        start = time.perf_counter()
        with tempfile.TemporaryFile("w+") as said:
            proc = subprocess.Popen([sys.executable, "-c", RENDER, str(source), tmp], stdout=said)
            _, status, usage = os.wait4(proc.pid, 0)
            wall = time.perf_counter() - start
            if os.waitstatus_to_exitcode(status):
                raise SystemExit("the docs target failed")
            said.seek(0)
            render = float(said.read())
        html = Path(tmp) / "big.html"
        out.append((f"docs target, {rows} rows: read + render + write (render alone)", f"{wall:.1f} s ({render:.1f} s)", "-"))
        out.append(("its peak memory (the whole process)", f"{usage.ru_maxrss / 1024:.0f} MB", "-"))
        out.append((f"docs/big.html, {rows} rows", f"{html.stat().st_size / 1e6:.1f} MB", "<= 40 MB"))
        out.append((f"docs/big.md, {rows} rows", f"{(Path(tmp) / 'big.md').stat().st_size / 1e6:.1f} MB", "-"))
        node = shutil.which("node")
        if node is None or not CHROMIUM.exists() or not (ROOT / "node_modules" / "playwright-core").is_dir():
            out.append(("browser figures", "skipped: no node, /usr/bin/chromium or playwright-core", "-"))
            return out
        last = page(rows).rstrip("\n").rsplit("\n", 1)[1].split("|")[1].strip()
        run = subprocess.run([node, str(ROOT / "tests" / "docs_bench.js"), str(html), f"code-{last}", str(CHROMIUM)],
                             cwd=ROOT, capture_output=True, text=True, timeout=900)
        if run.returncode:
            raise SystemExit(run.stderr)
        seen = json.loads(run.stdout)
        keys = [k["ms"] for k in seen["keys"]]
        inside = [k["ms"] for k in seen["inPage"]]
        out.append((f"Chromium {seen['version']}: open the page ({seen['drawn']} of {seen['rows']} rows drawn)", f"{seen['loadMs'] / 1000:.2f} s", "< 5 s"))
        out.append((f"a keystroke in the page ({len(inside)}: search, draw, layout), median / slowest",
                    f"{statistics.median(inside):.0f} / {max(inside):.0f} ms", "< 100 ms"))
        out.append((f"a key press through the driver ({len(keys)}, to the next frame), median / slowest",
                    f"{statistics.median(keys):.0f} / {max(keys)} ms", "-"))
        out.append((f"Show every match of `image` ({seen['moreDrawn']} rows)", f"{seen['moreMs'] / 1000:.2f} s", "-"))
        out.append(("follow a link to the last row", f"{seen['linkMs']} ms ({seen['linked']} row highlighted)", "-"))
        out.append(("JS heap after opening", f"{seen['heapMB']} MB", "-"))
        if seen["errors"]:
            out.append(("page errors", "; ".join(seen["errors"]), "none"))
    return out


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    table = report(rows)
    width = max(len(w) for w, _, _ in table)
    for what, figure, goal in table:
        print(f"{what:<{width}}  {figure:>22}  goal {goal}")


if __name__ == "__main__":
    main()
