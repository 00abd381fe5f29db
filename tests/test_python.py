"""The generated Python package: imported by Python, checked by mypy --strict, stable under black."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
import sys
from pathlib import Path

import black
import pytest

from errcodegen.model import Document, Product
from errcodegen.targets import python as python_target

from .conftest import localized_categories, localized_vectors, vectors, render

DUMP = """
import json, sys
import ci_error_codes as m
out = {
    "all": sorted(n for n in dir(m) if not n.startswith("_")),
    "dunder_all": m.__all__,
    "entries": [
        {"category": member.category.id, "code": int(member), "name": member.name,
         "description": member.description, "action": member.action}
        for cls in m.CATEGORIES for member in cls
    ],
    "categories": [[list(c)[0].category.id, list(c)[0].category.title, list(c)[0].category.fallback] for c in m.CATEGORIES if len(c)],
    "lookup_3006": [[x.category.id, x.name] for x in m.lookup(-3006)],
    "lookup_unknown": list(m.lookup(123456789)),
    "headers": {v: [x.name for x in m.from_header(v)] for v in
                ["-46618", " -46618 ", "\\t-46618", "  -46618\\n", "-46618\\r\\n", "+1007", "abc", "", " ", "--1", "１２３", "-4661８", "9" * 40]},
    "header_bytes": [x.name for x in m.from_header(b" -46618 ")],
    "header_none": list(m.from_header(None)),
    "locales": list(m.LOCALES),
    "default_locale": m.DEFAULT_LOCALE,
    # Every member's and category's texts in every locale, and in locales the page has not.
    "texts": {loc: [list(member.text(loc)) for cls in m.CATEGORIES for member in cls] for loc in PROBES},
    "category_texts": {
        loc: [[list(c)[0].category.id, *list(c)[0].category.text(loc)] for c in m.CATEGORIES if len(c)] for loc in PROBES
    },
    "types": [type(next(iter(m.CATEGORIES[0])).text("zh")).__name__, type(next(iter(m.CATEGORIES[0])).category.text("zh")).__name__],
}
json.dump(out, sys.stdout)
"""
# Locales asked for: the page's, and some it does not have (they give the default locale's texts).
PROBES = ["en", "zh", "fr", "", "ZH", "zh-CN", "__class__", "get"]


# The product of the configured set `ci-error-codes` (pyproject.toml): the page parsed alone has
# the neutral default, whose root types would be `TencentException` and `TencentError`.
CI = Product("Tencent Cloud Infinite", "CI")


@pytest.fixture(scope="module")
def current_doc(current_doc: Document) -> Document:
    """The current page with the product words of its configured set (`CIException`, `CIError`)."""
    return replace(current_doc, product=CI)


def render_package(doc: Document, tmp: Path) -> Path:
    files = render(python_target, doc, {})
    for rel, text in files.items():
        path = tmp / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    # The project folder `python/<set>/`, which holds the package beside its pyproject.toml.
    (init,) = [rel for rel in files if rel.endswith("/__init__.py")]
    return tmp / init.rsplit("/", 2)[0]


def load(doc: Document, tmp: Path) -> dict:
    root = render_package(doc, tmp)
    result = subprocess.run(
        [sys.executable, "-c", f"PROBES = {PROBES!r}\n{DUMP}"], cwd=root, capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1", "PYTHONIOENCODING": "utf-8"},
    )
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def loaded(current_doc: Document, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return load(current_doc, tmp_path_factory.mktemp("py"))


@pytest.fixture(scope="module")
def bilingual(bilingual_doc: Document, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return load(bilingual_doc, tmp_path_factory.mktemp("py-bilingual"))


def test_reads_back_the_model(current_doc: Document, loaded: dict) -> None:
    assert loaded["entries"] == vectors(current_doc)
    assert [c[0] for c in loaded["categories"]] == [c.id for c in current_doc.categories]
    assert [c[1:] for c in loaded["categories"]] == [[c.title, c.fallback] for c in current_doc.categories]


def test_public_names_are_exactly_the_expected_ones(current_doc: Document, loaded: dict) -> None:
    expected = {"CATEGORIES", "CIError", "Category", "DEPRECATED", "from_header", "lookup"}
    expected |= {"CategoryText", "DEFAULT_LOCALE", "LOCALES", "LocalizedText", "Variant"}
    expected |= {c.name for c in current_doc.categories}
    expected |= {"CIException", "exception_for", "raise_for_header"}
    expected |= {"error_for", "from_cos_error", "keep_headers"}
    expected |= {c.name.removesuffix("Error") + "Exception" for c in current_doc.categories}
    assert set(loaded["dunder_all"]) == expected
    expected |= {"Any", "EnumMeta", "Final", "IntEnum", "NamedTuple", "annotations", "cast", "warnings"}  # imports
    expected |= {"Iterable", "Literal", "Protocol", "threading"}
    assert set(loaded["all"]) == expected


def test_lookup_spans_categories(loaded: dict) -> None:
    assert loaded["lookup_3006"] == [["download", "FILE_ENCRYPTED"], ["file_preview", "FILE_ENCRYPTED"]]
    assert loaded["lookup_unknown"] == []


def test_from_header(loaded: dict) -> None:
    headers = loaded["headers"]
    assert headers["-46618"] == headers[" -46618 "] == headers["\t-46618"] == ["SIGNATURE_AUTHENTICATION_FAILS"]
    assert headers["  -46618\n"] == headers["-46618\r\n"] == ["SIGNATURE_AUTHENTICATION_FAILS"]
    assert headers["+1007"] == ["INTERNAL_ERROR"]
    for bad in ["abc", "", " ", "--1", "１２３", "-4661８", "9" * 40]:
        assert headers[bad] == [], bad
    assert loaded["header_bytes"] == ["SIGNATURE_AUTHENTICATION_FAILS"]
    assert loaded["header_none"] == []


def test_single_locale_page(current_doc: Document, loaded: dict) -> None:
    """A page without translations: one locale, and every locale asked for gives its texts."""
    assert loaded["locales"] == ["en"] and loaded["default_locale"] == "en"
    assert loaded["types"] == ["LocalizedText", "CategoryText"]
    for locale, texts in loaded["texts"].items():
        assert texts == [[v["description"], v["action"]] for v in vectors(current_doc)], locale
    for locale, texts in loaded["category_texts"].items():
        assert texts == [[c.id, c.title, c.fallback] for c in current_doc.categories], locale


def test_reads_back_every_locale(bilingual_doc: Document, bilingual: dict) -> None:
    """`member.text(locale)` and `category.text(locale)` give the Chinese page's texts for zh,
    the English page's for en and for any locale the pages do not have."""
    assert bilingual["locales"] == ["en", "zh"] and bilingual["default_locale"] == "en"
    assert bilingual["entries"] == vectors(bilingual_doc)
    for locale, texts in bilingual["texts"].items():
        want = localized_vectors(bilingual_doc, "zh" if locale == "zh" else "en")
        assert texts == [[v["description"], v["action"]] for v in want], locale
    for locale, texts in bilingual["category_texts"].items():
        want = localized_categories(bilingual_doc, "zh" if locale == "zh" else "en")
        assert texts == [list(c) for c in want], locale
    # The Chinese texts are the Chinese page's: every code has one, and none is English.
    zh = bilingual["texts"]["zh"]
    assert all(e.text("zh") is not None for _, e in bilingual_doc.entries())
    assert zh[0] == ["无效的请求；请求报文无法识别。", "请检查请求内容。"]
    assert all(z[0] != en[0] and "\t" not in z[0] for z, en in zip(zh, bilingual["texts"]["en"]))
    assert bilingual["category_texts"]["zh"][0] == ["download", "下载时处理错误码", None]


def partial_doc(doc: Document) -> Document:
    """`doc` where the second locale lacks texts: a code's, some actions, a category's, a fallback."""
    categories = []
    for i, c in enumerate(doc.categories):
        entries = []
        for j, e in enumerate(c.entries):
            if j % 3 == 1:
                e = replace(e, translations=())
            elif j % 3 == 2:
                e = replace(e, translations=tuple(replace(t, action=None) for t in e.translations))
            entries.append(e)
        texts = () if i == 0 else tuple(replace(t, action=None) for t in c.translations)
        categories.append(replace(c, entries=tuple(entries), translations=texts))
    return replace(doc, categories=tuple(categories))


def test_each_text_falls_back_on_its_own(bilingual_doc: Document, tmp_path: Path) -> None:
    """A code without a Chinese text gives the English texts; a Chinese row without an action, the
    English action; a category without a Chinese title or fallback, the English one."""
    doc = partial_doc(bilingual_doc)
    assert any(e.action and e.text("zh") and e.text("zh").action is None for _, e in doc.entries())
    assert any(c.fallback and c.text("zh") and c.text("zh").action is None for c in doc.categories)
    got = load(doc, tmp_path)
    assert got["texts"]["zh"] == [[v["description"], v["action"]] for v in localized_vectors(doc, "zh")]
    assert got["category_texts"]["zh"] == [list(c) for c in localized_categories(doc, "zh")]
    zh = dict(zip([v["code"] for v in vectors(doc)], got["texts"]["zh"]))
    english = {e.code: e for _, e in doc.entries()}
    assert zh[-104] == [english[-104].description, english[-104].action]  # no Chinese text for -104
    assert zh[-105] == [english[-105].text("zh").description, english[-105].action]  # no Chinese action


@pytest.mark.parametrize("variant", ["current", "bilingual"])
def test_black_leaves_it_unchanged(current_doc: Document, bilingual_doc: Document, variant: str) -> None:
    doc = current_doc if variant == "current" else bilingual_doc
    text = render(python_target, doc, {})["python/ci-error-codes/ci_error_codes/__init__.py"]
    assert black.format_str(text, mode=black.Mode()) == text


@pytest.mark.parametrize("variant", ["current", "bilingual"])
def test_mypy_strict_accepts_package_and_its_use(
    current_doc: Document, bilingual_doc: Document, variant: str, tmp_path: Path
) -> None:
    root = render_package(current_doc if variant == "current" else bilingual_doc, tmp_path)
    (root / "use.py").write_text(
        "from ci_error_codes import DownloadError, CIError, lookup, from_header\n"
        "from ci_error_codes import LOCALES, DEFAULT_LOCALE, LocalizedText, CategoryText\n"
        "code: CIError = DownloadError.INVALID_REQUEST\n"
        "text: str = code.description\n"
        "action: str | None = code.action\n"
        "found: tuple[CIError, ...] = lookup(-103) + from_header(' -103 ')\n"
        "number: int = code + 1\n"
        "zh: LocalizedText = code.text('zh')\n"
        "zh_text: str = zh.description\n"
        "zh_action: str | None = code.text(LOCALES[-1]).action\n"
        "title: CategoryText = code.category.text(DEFAULT_LOCALE)\n"
        "heading: str = title.title\n"
        "fallback: str | None = title.fallback\n"
        "locales: tuple[str, ...] = LOCALES\n"
        "from ci_error_codes import CIException, DownloadException, exception_for, raise_for_header\n"
        "try:\n"
        "    raise_for_header(b' -46618\\n')\n"
        "except DownloadException as exc:\n"
        "    raised: int | str = exc.code\n"
        "    members: tuple[CIError, ...] = exc.errors\n"
        "    meaning: str = exc.description\n"
        "cls: type[CIException] = exception_for(-3006)\n"
        "error: CIException = cls(-3006)\n"
        "from typing import Literal\n"
        "from ci_error_codes import error_for, from_cos_error, keep_headers\n"
        "made: CIException = error_for(status=403, headers={'X-ErrNo': '-46618'}, message='Access Denied.')\n"
        "made = error_for(headers=[('x-errno', b'abc')], request_id='r', trace_id='t', cause=ValueError())\n"
        "made = error_for(code=-3006, status=400)\n"
        "status: int | None = made.status\n"
        "texts: list[str | None] = [made.server_message, made.request_id, made.trace_id]\n"
        "fault: Literal['client', 'server'] = made.fault\n"
        "retry: bool = made.retryable\n"
        "made.request_id = 'settable'\n"
        "try:\n"
        "    raise ValueError('an SDK error')\n"
        "except ValueError as err:\n"
        "    made = from_cos_error(err, headers={'x-cos-request-id': 'r'})\n"
        "keep_headers(object(), timeout=3)\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "ci_error_codes", "use.py"],
        cwd=root, capture_output=True, text=True, env={"MYPYPATH": str(root), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout


UPSTREAM_PAGES = sorted((Path(__file__).resolve().parent / "upstream_pages").glob("*.md"))


def _black_unchanged(doc: Document) -> None:
    from errcodegen.naming import assign_names
    from errcodegen.pipeline import render_all
    from errcodegen.targets.registry import type_names

    named = assign_names(doc, types=type_names())
    files = render_all(named, enabled=("python",))
    modules = [text for path, text in files.items() if path.endswith(".py")]
    assert modules
    for text in modules:
        assert black.format_str(text, mode=black.Mode()) == text


@pytest.mark.parametrize("page", UPSTREAM_PAGES, ids=lambda p: p.name)
def test_black_leaves_every_upstream_page_s_module_unchanged(page: Path) -> None:
    """The built-in templates are black's style by construction on every real page (the
    whiteboard page's codes of 41 to 44 characters make `NAME = "CODE"` lines longer than 88,
    which black splits: so does the template)."""
    from errcodegen.parse import read_page

    doc = read_page(page, page.name, kind="auto")
    if doc.kind not in ("int", "string"):  # COS's page: its symbolic tables and its integer ones
        for kind in ("string", "int"):
            _black_unchanged(read_page(page, page.name, kind=kind))
        return
    _black_unchanged(doc)


@pytest.mark.parametrize("width", [70, 78, 79, 80, 84, 85, 86, 90, 120])
def test_black_leaves_long_symbolic_codes_unchanged(tmp_path: Path, width: int) -> None:
    """Codes whose `NAME = "CODE"` line is about the line length: black splits it when the literal
    alone fits at an indent of 8, and leaves it long when it does not."""
    from errcodegen.parse import read_page

    rows = "\n".join(f"| {403 + i} | {'Code' + chr(65 + i) * (width - 4 - i)} | A long code of {width - i} characters. |" for i in range(4))
    page = tmp_path / "long.md"
    page.write_text(f"# Errors\n\n## Long\n\n| HTTP status | Error code | Description |\n| --- | --- | --- |\n{rows}\n", encoding="utf-8")
    _black_unchanged(read_page(page, "long.md", kind="string"))
