"""The README's TypeScript snippets, run as a team would: each compiled with `tsc --strict`
(`module`/`moduleResolution: nodenext`) in a consumer project that installed the packed
packages (tests/test_typescript_package.py), then run with Node."""

from __future__ import annotations

import subprocess

import pytest

from .readme_snippets import snippets
from .test_typescript_package import Consumer, consumer, tsc_config

__all__ = ["consumer"]  # the fixture, shared with test_typescript_package.py


def test_the_readme_has_typescript_snippets() -> None:
    assert len(snippets("typescript")) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(snippets("typescript"))))
def test_readme_typescript_snippet(consumer: Consumer, index: int) -> None:
    source = consumer.root / f"readme{index}.ts"
    source.write_text(snippets("typescript")[index], encoding="utf-8")
    config = tsc_config(consumer.root, f"tsconfig.readme{index}.json", [source.name])
    # Emit JavaScript beside the snippet (tsc_config's noEmit off), then run it.
    text = config.read_text(encoding="utf-8").replace('"noEmit": true', '"noEmit": false')
    config.write_text(text, encoding="utf-8")
    build = subprocess.run([consumer.tsc, "-p", str(config)], cwd=consumer.root, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    run = subprocess.run([consumer.node, f"readme{index}.js"], cwd=consumer.root, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip(), "the snippet printed nothing"
    print(run.stdout)
