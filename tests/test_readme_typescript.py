"""The TypeScript snippets of the docs (docs/languages/typescript.md, read by
tests/readme_snippets.py), run as a team would: each compiled with `tsc --strict`
(`module`/`moduleResolution: nodenext`) in a consumer project that installed the packed packages
(tests/test_typescript_package.py), then run with Node. The snippets marked `typescript-sdk` run
in the consumer of tests/test_typescript_sdk.py (Tencent's Node SDK installed), the SDK pointed
at the loopback server of tests/cos_server.py (`COS_DOMAIN`)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .readme_snippets import snippets
from .conftest import ROOT, require_tool
from .test_typescript_package import Consumer, consumer, tsc_config
from .test_typescript_sdk import cos_server_url, sdk_consumer

__all__ = ["consumer", "cos_server_url", "sdk_consumer"]  # the fixtures, shared with their test files


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


def test_the_readme_has_a_typescript_sdk_snippet() -> None:
    assert len(snippets("typescript-sdk")) >= 1


@pytest.mark.slow
@pytest.mark.parametrize("index", range(len(snippets("typescript-sdk"))))
def test_readme_typescript_sdk_snippet(sdk_consumer: Path, cos_server_url: str, index: int) -> None:
    """Compiled with `tsc --strict --exactOptionalPropertyTypes` (nodenext), run against the loopback server."""
    tsc = require_tool("tsc", ROOT / "node_modules" / ".bin" / "tsc")
    node = require_tool("node")
    source = sdk_consumer / f"readme_sdk{index}.ts"
    source.write_text(snippets("typescript-sdk")[index], encoding="utf-8")
    config = tsc_config(sdk_consumer, f"tsconfig.readme_sdk{index}.json", [source.name])
    options = json.loads(config.read_text(encoding="utf-8"))
    options["compilerOptions"] |= {"noEmit": False, "types": ["node"]}
    config.write_text(json.dumps(options), encoding="utf-8")
    build = subprocess.run([tsc, "-p", str(config)], cwd=sdk_consumer, capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stdout + build.stderr
    env = {**os.environ, "COS_DOMAIN": urlsplit(cos_server_url).netloc}
    run = subprocess.run([node, f"readme_sdk{index}.js"], cwd=sdk_consumer, capture_output=True, text=True, timeout=120, env=env)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("SlowDown (HTTP 503): The access frequency should be slowed down [server message: Please reduce your request rate.;")
    assert lines[1:] == ["SlowDown [ 'http_5xx' ] server true", "403 NjE0ZTRiYTBfOTFiNDg0Ml8xOTk5 Access Denied."]
