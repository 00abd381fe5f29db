"""The PHP page's snippets (docs/languages/php.md), run as a team would: a consumer project in a
temporary folder that installs the generated packages with Composer (path repositories,
offline), each snippet one script run with assertions on (`zend.assertions=1`)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT, require_tool
from .readme_snippets import snippets
from .test_php import composer


def test_the_php_page_has_php_snippets() -> None:
    found = snippets("php")
    assert found and all(s.startswith("<?php\nrequire 'vendor/autoload.php';\n") for s in found), found


@pytest.mark.slow
def test_every_php_snippet_runs(tmp_path: Path) -> None:
    php = require_tool("php")
    consumer = tmp_path / "consumer"
    consumer.mkdir()
    folders = sorted(p for p in (ROOT / "generated" / "php").iterdir() if p.is_dir())
    require = {json.loads((p / "composer.json").read_text(encoding="utf-8"))["name"]: "*" for p in folders}
    repositories = [{"type": "path", "url": str(p), "options": {"symlink": False}} for p in folders]
    manifest = {"name": "example/consumer", "require": require, "repositories": repositories, "minimum-stability": "dev"}
    (consumer / "composer.json").write_text(json.dumps(manifest), encoding="utf-8")
    installed = composer(consumer, "install", "--no-progress")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    for n, source in enumerate(snippets("php")):
        (consumer / f"snippet{n}.php").write_text(source, encoding="utf-8")
        run = subprocess.run([php, "-d", "zend.assertions=1", "-d", "assert.exception=1", f"snippet{n}.php"],
                             cwd=consumer, capture_output=True, text=True, timeout=120)  # fmt: skip
        assert run.returncode == 0 and not run.stderr, f"snippet {n} failed:\n{source}\n{run.stdout}{run.stderr}"
        assert run.stdout == ("签名校验失败。\n" if "->text('zh')" in source else ""), f"snippet {n}:\n{run.stdout}"
