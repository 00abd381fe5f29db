"""Every output at sizes past the real page's (issue 22): one category of many codes, and a row
whose description is 100 KB, through the toolchains a user runs (tsc --strict, go vet, cargo
check, Python import, mypy --strict). tests/test_large_outputs.py runs it at a size that shows
the structure; the 20 000-code check is slow (minutes), so it is a script that reports each
toolchain's time and peak memory:

    .venv/bin/python -m tests.large_pages 20000 [--mypy] [--symbolic]

Java is not among them: one enum holds at most `java.max_constants()` codes, and a larger
category is refused with one line (tests/test_safety_input18.py, tests/test_java_large.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TSC = ROOT / "node_modules" / ".bin" / "tsc"
TARGETS = ("python", "typescript", "go", "rust")
UNIT = "Quota exceeded; é, 错误 \U0001f600 and a backslash \\u0041, a quote \" and 'tick' ${x} {{y}} %s. "


def big_text(size: int = 100_000) -> str:
    """A text of at least `size` UTF-8 bytes that every language quotes differently."""
    return UNIT * (size // len(UNIT.encode()) + 1) + "End."


def page(rows: int, big: str, symbolic: bool = False) -> str:
    """One category of `rows` codes (`-1`, `-2`...; or `Err.Code1`... for a page of symbolic
    codes); the first row's description is `big`."""
    code = "Err.Code{i}" if symbolic else "-{i}"
    body = "".join(
        f"| {code.format(i=i)} | {big if i == 1 else f'Error number {i} happened.'} | Check {i}. |\n" for i in range(1, rows + 1)
    )
    return "### Download errors\n\n| Error Code | Description | Action |\n| --- | --- | --- |\n" + body


def project(folder: Path, rows: int, big: str, targets: tuple[str, ...] = TARGETS, symbolic: bool = False) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "page.md").write_text(page(rows, big, symbolic), encoding="utf-8")
    listed = ", ".join(f'"{t}"' for t in targets)
    kind = 'kind = "string"\n' if symbolic else ""
    (folder / "pyproject.toml").write_text(
        f'[tool.errcodegen]\nsource = "page.md"\nnames = "names.toml"\n{kind}targets = [{listed}]\n', encoding="utf-8"
    )
    return folder


@dataclass
class Run:
    returncode: int
    seconds: float
    peak_kb: int  # the largest resident set of the command's processes
    output: str


def run(args: list[str], cwd: Path, env: dict[str, str] | None = None, timeout: float = 1800) -> Run:
    """`args` under /usr/bin/time (its peak memory), stdout and stderr together."""
    start = time.monotonic()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "PEAK %M", *args], cwd=cwd, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, **(env or {})},
    )
    seconds = time.monotonic() - start
    lines = done.stderr.rstrip("\n").split("\n")
    peak = int(lines[-1].split()[1]) if lines and lines[-1].startswith("PEAK ") else 0
    return Run(done.returncode, seconds, peak, done.stdout + "\n".join(lines[:-1]))


def generate(proj: Path) -> Run:
    return run([sys.executable, "-m", "errcodegen", "generate"], proj, {"PYTHONPATH": str(ROOT)})


GO_ENV = {"GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off"}


def toolchains(proj: Path, mypy: bool = False, cargo_target: Path | None = None) -> dict[str, Run]:
    """Each toolchain over the generated outputs of `proj` (package `page`)."""
    out = proj / "generated"
    runs = {
        "python import": run([sys.executable, "-B", "-c", "import page"], out / "python" / "page",
                             {"PYTHONPATH": str(out / "python" / "page"), "PYTHONDONTWRITEBYTECODE": "1"}),
        "tsc --strict --noEmit": run([str(TSC), "--strict", "--noEmit", "--target", "es2022", "--module", "es2020",
                                      "--moduleResolution", "bundler", "page.ts"], out / "typescript" / "page"),
        "go vet": run(["go", "vet", "./..."], out / "go" / "page", GO_ENV),
        "cargo check": run(["cargo", "check", "--offline", "-q"], out / "rust" / "page",
                           {"CARGO_TARGET_DIR": str(cargo_target or proj / "cargo-target")}),
    }
    if mypy:
        runs["mypy --strict"] = run([sys.executable, "-m", "mypy", "--strict", "--no-incremental", "page"], out / "python" / "page")
    return runs


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    symbolic = "--symbolic" in sys.argv
    folder = Path(os.environ.get("LARGE_PAGES_DIR", f"/tmp/errcodegen-large-{rows}{'-symbolic' if symbolic else ''}"))
    proj = project(folder, rows, big_text(), symbolic=symbolic)
    gen = generate(proj)
    print(f"{rows} {'symbolic ' if symbolic else ''}codes in one category, a 100 KB description")
    print(f"  generate: exit {gen.returncode}, {gen.seconds:.1f} s, {gen.peak_kb // 1024} MB")
    if gen.returncode != 0:
        sys.exit(gen.output[-3000:])
    for name, path in (("python", "python/page/page/__init__.py"), ("typescript", "typescript/page/page.ts"),
                       ("go", "go/page/pageerrors.go"), ("rust", "rust/page/src/lib.rs")):
        print(f"  {name} source: {(proj / 'generated' / path).stat().st_size / 1e6:.1f} MB")
    for name, r in toolchains(proj, mypy="--mypy" in sys.argv).items():
        tail = "" if r.returncode == 0 else "\n" + r.output[-1500:]
        print(f"  {name}: exit {r.returncode}, {r.seconds:.1f} s, {r.peak_kb // 1024} MB{tail}")


if __name__ == "__main__":
    main()
