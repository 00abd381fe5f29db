"""Locales: the Chinese page merged into the English model, and what a mismatch between them gives.

The per-target read-back of every locale is in test_python.py, test_typescript.py,
test_go.py and test_schema_json.py (`bilingual` variants); here: the merged texts themselves,
pages that do not line up (a row missing, a code on one page only), and the JSON model.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from errcodegen import pipeline
from errcodegen.config import Config, OutputSet
from errcodegen.model import Document
from errcodegen.targets import json_model, python as python_target

from .conftest import NAMES, ROOT, localized_vectors, python_path, render

EN = ROOT / "source_docs" / "ci-error-codes.en.md"
ZH = ROOT / "source_docs" / "ci-error-codes.zh.md"


def zh_texts(doc: Document) -> list[str]:
    """Every Chinese text of the model: entries', categories' and notes'."""
    out: list[str] = []
    for c in doc.categories:
        out += [t for text in c.translations for t in (text.description, text.action) if t is not None]
        for e in c.entries:
            out += [t for text in e.translations for t in (text.description, text.action) if t is not None]
    out += [text.description for n in doc.notes for text in n.translations]
    return out


def test_every_code_and_category_has_its_chinese_text(bilingual_doc: Document) -> None:
    assert all(e.text("zh") is not None for _, e in bilingual_doc.entries())
    assert all(c.text("zh") is not None for c in bilingual_doc.categories)
    assert [t.description for c in bilingual_doc.categories for t in c.translations] == [
        "下载时处理错误码", "持久化处理错误码", "文档预览错误码", "内容审核错误码", "媒体处理错误码",
    ]  # fmt: skip
    assert not [d for d in bilingual_doc.diagnostics if "has no zh" in d.message or "kept with its zh" in d.message]


def test_tabs_and_padding_are_not_part_of_the_text(bilingual_doc: Document) -> None:
    """The Chinese page pads its cells with spaces and TABs (e.g. the media-processing table):
    none of that is in a text."""
    assert "\t" in ZH.read_text(encoding="utf-8")
    texts = zh_texts(bilingual_doc)
    assert len(texts) > 150
    for text in texts:
        assert text and text == text.strip() and "\t" not in text and "  " not in text, repr(text)
    by_code = {(c.id, e.code): e.text("zh") for c, e in bilingual_doc.entries()}
    assert by_code["media_processing", 1015].description == "无效的参数"  # `|       \t无效的参数    |`
    assert by_code["download", -113].description == "该文档的类型不支持"  # `|  该文档的类型不支持  |`


def test_json_model_carries_the_chinese_page(bilingual_doc: Document) -> None:
    data = json.loads(render(json_model, bilingual_doc, {})["json/ci-error-codes.json"])
    assert data["locale"] == "en" and data["locales"] == ["en", "zh"]
    entries = [e for c in data["categories"] for e in c["entries"]]
    assert [e["translations"]["zh"] for e in entries] == [
        {"description": v["description"], "action": v["action"]} for v in localized_vectors(bilingual_doc, "zh")
    ]
    assert data["categories"][3]["translations"] == {"zh": {"title": "内容审核错误码", "fallback": "内部错误"}}


def test_generated_tree_is_bilingual() -> None:
    """The committed outputs are the bilingual model's (not only the JSON model)."""
    generated = ROOT / "generated"
    assert '"无效的请求；请求报文无法识别。"' in (generated / "python" / "ci-error-codes" / "ci_error_codes" / "__init__.py").read_text(encoding="utf-8")
    assert '"zh": { description: "无效的请求；请求报文无法识别。"' in (generated / "typescript" / "ci-error-codes" / "ciErrorCodes.ts").read_text(encoding="utf-8")
    assert 'Locale: "zh", Description: "无效的请求；请求报文无法识别。"' in (generated / "go" / "ci-error-codes" / "cierrors.go").read_text(encoding="utf-8")
    schema = json.loads((generated / "schema" / "ci-error-codes.schema.json").read_text(encoding="utf-8"))
    assert schema["x-locales"] == ["en", "zh"]


# ---------------------------------------------------------------------------------------
# Pages that do not line up


def line_of(text: str, prefix: str) -> int:
    return next(i for i, line in enumerate(text.split("\n"), 1) if line.startswith(prefix))


@pytest.fixture(scope="module")
def mismatched(tmp_path_factory: pytest.TempPathFactory) -> tuple[Config, Document, dict[str, int]]:
    """The real pages, the Chinese one without its -104 row and with a code the English page lacks."""
    root = tmp_path_factory.mktemp("mismatched")
    en_text = EN.read_text(encoding="utf-8")
    zh_lines = ZH.read_text(encoding="utf-8").split("\n")
    removed = line_of("\n".join(zh_lines), "| -104 ")
    del zh_lines[removed - 1]
    after = line_of("\n".join(zh_lines), "| -103 ")
    zh_lines.insert(after, "| -99999 | 仅见于中文页面的错误码。 | 请联系我们。 |")
    (root / "en.md").write_text(en_text, encoding="utf-8")
    (root / "zh.md").write_text("\n".join(zh_lines), encoding="utf-8")
    shutil.copy(NAMES, root / "names.toml")
    pages = (("en", root / "en.md"), ("zh", root / "zh.md"))
    cfg = Config(root=root, out=root / "out", sets=(OutputSet("ci-error-codes", "int", pages, root / "names.toml"),))
    lines = {
        "en -104": line_of(en_text, "| -104 "),
        "en download": line_of(en_text, "### Download errors"),
        "zh download": line_of("\n".join(zh_lines), "### 下载时处理错误码"),
        "zh -99999": after + 1,
    }
    return cfg, pipeline.build_models(cfg)[0], lines


def test_a_row_missing_from_the_chinese_page_is_a_warning_citing_both_files(mismatched) -> None:
    _, doc, lines = mismatched
    found = [d for d in doc.diagnostics if "-104" in d.message]
    assert [(d.file, d.line, d.severity) for d in found] == [("en.md", lines["en -104"], "warning")]
    assert re.search(rf"has no zh text in zh\.md \(category at line {lines['zh download']}\)", found[0].message)
    entry = next(e for c, e in doc.entries() if e.code == -104)
    assert entry.text("zh") is None and entry.description.startswith("Invalid APPID")


def test_a_code_only_on_the_chinese_page_is_kept_with_a_warning(mismatched) -> None:
    _, doc, lines = mismatched
    found = [d for d in doc.diagnostics if "-99999" in d.message]
    assert [(d.file, d.line, d.severity) for d in found] == [("zh.md", lines["zh -99999"], "warning")]
    assert f"en.md (line {lines['en download']}); kept with its zh text only" in found[0].message
    (category, entry), = [(c, e) for c, e in doc.entries() if e.code == -99999]
    assert category.id == "download"
    assert entry.description == entry.text("zh").description == "仅见于中文页面的错误码。"


def test_mismatched_pages_render_with_fallbacks(mismatched, tmp_path: Path) -> None:
    """Every target still renders and validates; Python gives the English text for the missing row
    and the Chinese text, in every locale, for the code only the Chinese page has."""
    cfg, doc, _ = mismatched
    files = pipeline.render_models(cfg, [doc])  # rendered and validated, as `generate` does
    assert "python/ci-error-codes/ci_error_codes/__init__.py" in files
    for rel, text in render(python_target, doc, {}).items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    script = (
        "import json, ci_error_codes as m\n"
        "pick = lambda code: [x for x in m.lookup(code) if x.category.id == 'download'][0]\n"
        "print(json.dumps([list(pick(c).text(l)) for c in (-104, -99999) for l in ('en', 'zh')]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True,
        env={"PYTHONPATH": python_path(tmp_path / "python"), "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"},
    )
    english = next(e for _, e in doc.entries() if e.code == -104)
    assert json.loads(result.stdout) == [
        [english.description, english.action],
        [english.description, english.action],
        ["仅见于中文页面的错误码。", "请联系我们。"],
        ["仅见于中文页面的错误码。", "请联系我们。"],
    ]


def test_generate_reports_the_mismatch_and_succeeds(tmp_path: Path) -> None:
    """The command line prints both warnings (file:line:col) and writes the outputs."""
    from .test_cli import project, run

    proj = project(tmp_path)
    zh = proj / "source_docs" / "ci-error-codes.zh.md"
    zh_text = zh.read_text(encoding="utf-8")
    zh.write_text(zh_text.replace(next(l for l in zh_text.split("\n") if l.startswith("| -104 ")) + "\n", ""), encoding="utf-8")
    result = run(proj, "generate")
    assert result.returncode == 0, result.stderr
    line = line_of(EN.read_text(encoding="utf-8"), "| -104 ")
    assert f"source_docs/ci-error-codes.en.md:{line}:1: warning: code -104 of 'Download errors' has no zh text in source_docs/ci-error-codes.zh.md" in result.stderr
