"""Issue 23: TypeScript and Go carry every row's texts in every locale (a code on two rows of a
bilingual page: each row's Chinese text, not only the first row's), read back by Node and Go."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT, require_tool

EN = (
    "### Download errors\n\n| Error Code | HTTP Status | Description | Action |\n| --- | --- | --- | --- |\n"
    "| -1 | 403 | Forbidden here. | Ask. |\n| -1 | 500 | Broken there. | Retry. |\n| -2 | 400 | Bad. | - |\n"
)
ZH = (
    "### 下载错误\n\n| 错误码 | HTTP Status | 说明 | 处理措施 |\n| --- | --- | --- | --- |\n"
    "| -1 | 403 | 这里禁止。 | 询问。 |\n| -1 | 500 | 那里坏了。 | 重试。 |\n| -2 | 400 | 错误。 | - |\n"
)
# What each row says in Chinese, from the page above: (description, action) per row of -1.
WANT = [["这里禁止。", "询问。"], ["那里坏了。", "重试。"]]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    proj = tmp_path_factory.mktemp("variant-locales")
    (proj / "src").mkdir()
    (proj / "src" / "p.en.md").write_text(EN, encoding="utf-8")
    (proj / "src" / "p.zh.md").write_text(ZH, encoding="utf-8")
    (proj / "pyproject.toml").write_text(
        '[tool.errcodegen]\n[[tool.errcodegen.sets]]\nname = "vt"\npages = { en = "src/p.en.md", zh = "src/p.zh.md" }\n'
        'targets = ["go", "typescript"]\n', encoding="utf-8")  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "errcodegen", "generate"], cwd=proj, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})  # fmt: skip
    assert done.returncode == 0, done.stderr
    return proj / "generated"


def test_node_reads_each_row_in_each_locale(generated: Path) -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("no node")
    script = (
        "import { lookup, localize } from './vt.js';\n"
        "const [info] = lookup(-1);\n"
        "console.log(JSON.stringify(info.variants.map((v) => { const t = localize(v, 'zh'); return [t.description, t.action]; })));\n"
        "console.log(JSON.stringify(localize(info.variants[1], 'en')));\n"
    )
    (generated / "typescript" / "vt" / "probe.mjs").write_text(script, encoding="utf-8")
    done = subprocess.run([node, "probe.mjs"], cwd=generated / "typescript" / "vt", capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert json.loads(lines[0]) == WANT
    assert json.loads(lines[1]) == {"description": "Broken there.", "action": "Retry."}


def test_go_reads_each_row_in_each_locale(generated: Path) -> None:
    go = require_tool("go")
    module = generated / "go" / "vt"
    (module / "rows_test.go").write_text(
        'package vterrors\n\nimport (\n\t"encoding/json"\n\t"fmt"\n\t"testing"\n)\n\n'
        "func TestRows(t *testing.T) {\n\tvar out [][]string\n"
        "\tfor _, v := range Lookup(-1)[0].Variants {\n\t\tout = append(out, []string{v.DescriptionIn(\"zh\"), v.ActionIn(\"zh\")})\n\t}\n"
        "\tb, _ := json.Marshal(out)\n\tfmt.Println(\"ROWS\", string(b))\n}\n",
        encoding="utf-8",
    )
    env = {**os.environ, "GOTOOLCHAIN": "local", "GOFLAGS": "-mod=mod", "GOPROXY": "off", "GOWORK": "off"}
    done = subprocess.run([go, "test", "-count=1", "-run", "TestRows", "-v", "."], cwd=module, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("ROWS ")]
    assert json.loads(line[5:]) == WANT
    gofmt = subprocess.run([str(Path(go).parent / "gofmt"), "-l", "vterrors.go"], cwd=module, capture_output=True, text=True)
    assert gofmt.stdout == "" and gofmt.returncode == 0
