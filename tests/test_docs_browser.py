"""The docs target: its pages read as text (fast), and used in a real browser (slow): Debian's
Chromium driven by playwright-core (tests/docs_browser.js, one browser launch for every
scenario). The browser test saves tests/screenshots/docs-en.png and docs-zh.png for review (and
docs-big.png: a 10 000-row page, its rows drawn by its script).
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from errcodegen.content import emit, lazily, text
from errcodegen.model import Category, Document, Entry, Link, Note
from errcodegen.pipeline import build_models, configure, read_named
from errcodegen.render import Renderer
from errcodegen.targets import docs
from errcodegen.targets.base import SET_KEY
from errcodegen.targets.registry import view_of

from .conftest import render

from .synth import page as synthetic_page

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated" / "docs"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
SENTINEL = "window.__pwned"

# Every way a text could try to become markup, a script or a link.
HOSTILE = (
    f'<img src=x onerror="{SENTINEL}=1">',
    f"</script><script>{SENTINEL}=2</script>",
    f'" onmouseover="{SENTINEL}=3" x="',
    f"' onfocus='{SENTINEL}=4' autofocus '",
    "<!-- a comment --> and <![CDATA[ x ]]>",
    "&lt;b&gt; an entity, \u2028 a line separator, \u202e bidi",
)
BAD_URLS = (f"javascript:{SENTINEL}=5", f"JaVaScRiPt:{SENTINEL}=6", f"data:text/html,<script>{SENTINEL}=7</script>", " javascript:x")


def hostile_document() -> Document:
    """A page whose every text is hostile, with links of every scheme and see-also references."""
    entries = tuple(
        Entry(
            code=-(n + 1),
            name=f"HOSTILE_{n}",
            upstream_name=None,
            description=text_,
            action=HOSTILE[(n + 1) % len(HOSTILE)],
            links=(Link(f"bad {n} {text_}", BAD_URLS[n % len(BAD_URLS)]), Link('good "link"', 'https://example.com/a?b=1&c="2"')),
            line=n + 3,
            # (a set name that cannot be a file name: the link goes to the cleaned one, set-x-<n>-codes)
            see_also=((f'set"<x>{n}', "c", f'Code"<{n}>'),),
        )
        for n, text_ in enumerate(HOSTILE)
    )
    category = Category("hostile", "HostileError", HOSTILE[0] + " heading", HOSTILE[1], entries, 1)
    note = Note("note", HOSTILE[2], (Link("note link", BAD_URLS[0]),), 2)
    return Document("hostile.md", "0" * 64, (category,), (note,), set_name="hostile")


def test_the_page_allows_exactly_its_own_script_and_style() -> None:
    page = (GENERATED / "ci-error-codes.html").read_text(encoding="utf-8")
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', page)
    assert csp, "the page has a Content-Security-Policy meta element"
    script = re.search(r"<script>(.*?)</script>", page, re.S)
    style = re.search(r"<style>(.*?)</style>", page, re.S)
    assert script and style

    def source(body: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"

    policy = csp.group(1).replace("&#39;", "'")
    assert f"script-src {source(script.group(1))};" in policy
    assert f"style-src {source(style.group(1))};" in policy
    assert policy.startswith("default-src 'none';")
    assert "unsafe" not in policy
    # No address outside the page: no src attribute, no stylesheet link, no absolute URL but links.
    assert not re.search(r"\ssrc=|<link\b|@import|url\(", page)


def test_hostile_text_is_shown_literally_and_never_becomes_markup() -> None:
    files = render(docs, view_of(hostile_document()), {})
    page = text(files["docs/hostile.html"])
    markdown = text(files["docs/hostile.md"])
    assert page.count("<script") == 2  # the JSON block and the page's own script
    assert page.count("</script>") == 2
    assert "<img" not in page and "onerror=\"" not in page and "<!-- a comment" not in page
    hrefs = re.findall(r'<a [^>]*href="([^"]*)"', page)
    assert hrefs and all(h.startswith(("#", "https://", "set-x-")) for h in hrefs), hrefs
    assert "javascript:" not in "".join(re.findall(r'href="([^"]*)"', page)).lower()
    assert "href=\"data:" not in page
    # The JSON block parses back to the texts, and holds no `<` that could end it.
    block = re.search(r'<script type="application/json" id="docs-data">(.*?)</script>', page, re.S)
    assert block and "<" not in block.group(1)
    data = json.loads(block.group(1))
    assert HOSTILE[0].lower() in data["rows"][0][2]
    # Markdown: no raw HTML but the row anchors, no link but http(s) and the other page's.
    body = re.sub(r"\]\(<[^<>\s]*>\)", "]()", markdown.split("\n", 1)[1])  # link destinations aside
    assert not re.search(r"(?<!\\)<(?!a id=\"code-|/a>|br>)", body), "every other `<` is escaped"
    assert set(re.findall(r"\]\(<([a-zA-Z]+):", markdown)) <= {"https"}
    assert "javascript:" not in "".join(re.findall(r"\]\(<([^>]*)>\)", markdown)).lower()


def test_identifiers_are_those_the_generated_code_declares() -> None:
    markdown = (GENERATED / "ci-error-codes.md").read_text(encoding="utf-8")
    row = next(line for line in markdown.splitlines() if 'id="code--46618"' in line)
    assert "`DownloadError.SIGNATURE_AUTHENTICATION_FAILS`" in row
    assert "`DownloadSignatureAuthenticationFails`" in row
    go = (ROOT / "generated" / "go" / "ci-error-codes" / "cierrors.go").read_text(encoding="utf-8")
    assert re.search(r"^\tDownloadSignatureAuthenticationFails DownloadError = -46618$", go, re.M)
    job = (GENERATED / "ci-media-processing-error-codes.md").read_text(encoding="utf-8")
    assert "(<ci-error-codes.md#code-1015>)" in job and "`ErrorCode.ACCESS_DENIED`" in job


@pytest.mark.parametrize("name", ["ci-error-codes", "ci-media-processing-error-codes"])
def test_every_markdown_row_is_one_line_of_its_table(name: str) -> None:
    lines = (GENERATED / f"{name}.md").read_text(encoding="utf-8").splitlines()
    model = json.loads((ROOT / "generated" / "json" / f"{name}.json").read_text(encoding="utf-8"))
    rows = [line for line in lines if line.startswith("| ") and not line.startswith(("| Code |", "| --- |"))]
    assert len(rows) == sum(len(c["entries"]) for c in model["categories"])
    for row in rows:
        assert row.endswith(" |") and len(re.findall(r"(?<!\\)\|", row)) == 5, row


def synthetic(tmp_path: Path, rows: int) -> Document:
    source = tmp_path / f"synthetic-{rows}.md"
    source.write_text(synthetic_page(rows), encoding="utf-8")
    return replace(read_named(str(source)), set_name="big")


def data_block(page: str) -> dict:
    block = re.search(r'<script type="application/json" id="docs-data">(.*?)</script>', page, re.S)
    assert block and "<" not in block.group(1)
    return json.loads(block.group(1))


def test_a_page_of_many_rows_holds_each_row_once_as_data(tmp_path: Path) -> None:
    doc = synthetic(tmp_path, docs.COMPACT_ROWS + 1)
    page = text(render(docs, doc, {})["docs/big.html"])
    codes = [str(e.code) for c in doc.categories for e in c.entries]
    assert len(codes) == docs.COMPACT_ROWS + 1
    assert "<li class=\"row" not in page and page.count("<ol class=\"rows\"></ol>") == len(doc.categories), "no row is HTML"
    data = data_block(page)
    assert data["compact"] == 1 and [r[0] for r in data["rows"]] == codes
    assert [n for n, _ in data["cats"]] == [len(c.entries) for c in doc.categories]
    # Without the script, the page says so and links to the markdown page, which has every row.
    assert re.search(r'<noscript><p class="none">.*<a href="big\.md">big\.md</a></p></noscript>', page, re.S)
    # The budget of issue 22: 40 MB for 100 000 rows, 400 bytes a row (the script and style aside).
    assert len(page.encode()) < 400 * len(codes) + 50_000
    # One row fewer: every row is HTML, searched through the same kind of data block.
    smaller = replace(doc, categories=(replace(doc.categories[0], entries=doc.categories[0].entries[:-1]), *doc.categories[1:]))
    small = text(render(docs, smaller, {})["docs/big.html"])
    assert small.count('<li class="row') == docs.COMPACT_ROWS and "<noscript>" not in small
    assert "compact" not in data_block(small) and len(data_block(small)["rows"]) == docs.COMPACT_ROWS


def test_the_large_page_is_written_in_pieces(tmp_path: Path) -> None:
    # Its data is streamed a few hundred rows at a time, never held whole (nor is the page).
    doc = synthetic(tmp_path, 4 * docs.COMPACT_ROWS)
    pieces: list[int] = []
    with lazily():
        emit(render(docs, doc, {}, lazy=True)["docs/big.html"], lambda piece: pieces.append(len(piece)))
    assert len(pieces) > 4 and max(pieces) < sum(pieces) / 4, pieces


def test_the_compact_data_spells_every_identifier_and_text(tmp_path: Path) -> None:
    # Decoded as the script decodes it (app.js.j2 `decode`), each row of the compact data gives the
    # identifiers, texts and flags the HTML layout gives, on a page with retired rows, HTTP
    # statuses, links, see-also and several locales (the real sets').
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(docs, "COMPACT_ROWS", 0)
        models = build_models(configure(ROOT / "pyproject.toml"))
        for doc in models:
            view = view_of(doc)
            data = data_block(text(render(docs, view, {SET_KEY: doc.set_name}, lazy=True)[f"docs/{docs.file_stem(doc.set_name)}.html"]))
            rows = iter(data["rows"])
            for section, (_, prefixes) in zip(docs.sections(view, doc.set_name), data["cats"]):
                for r in section.rows:
                    row = next(rows)
                    row += [None] * (11 - len(row))
                    parts, idents = [row[1]], []
                    for language, part in zip(data["languages"], row[4] or [None] * len(data["languages"])):
                        part = parts[part] if isinstance(part, int) else part
                        parts.append(part)
                        if part is not None:
                            idents.append((language, prefixes[len(parts) - 2] + part))
                    assert idents == list(r.identifiers), r.entry.code
                    assert "".join(row[0]) == str(r.entry.code) and row[1] == r.entry.name
                    assert bool((row[5] or 0) & 1) == r.entry.deprecated and bool((row[5] or 0) & 2) != r.first
                    assert row[6] == r.entry.http_status
                    assert [data["links"][k] for k in row[9] or []] == [[k.text, k.url, k.href] for k in r.links]
                    assert [tuple(x) for x in row[8] or []] == [(h, label) for h, _, label in r.see_also]


def _node() -> str | None:
    return shutil.which("node")


def compact_pages(folder: Path) -> dict[str, Path]:
    """The real sets' pages laid out as a large page is (rows as data, drawn by the script), in
    `folder`: {set's page stem: path}."""
    models = build_models(configure(ROOT / "pyproject.toml"))
    out = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(docs, "COMPACT_ROWS", 0)
        for doc in models:
            for rel, content in render(docs, view_of(doc), {SET_KEY: doc.set_name}, lazy=True).items():
                if rel.endswith(".html"):
                    out[Path(rel).stem] = folder / Path(rel).name
                    out[Path(rel).stem].write_text(text(content), encoding="utf-8")
    return out


def matches(doc: Document, query: str) -> int:
    """How many rows of `doc`'s page hold every word of `query` (the count the page must show)."""
    words = query.lower().split()
    return sum(
        all(w in "\n".join(docs.row_words(r)).lower() for w in words)
        for s in docs.sections(view_of(doc), "big")
        for r in s.rows
    )


@pytest.mark.slow
def test_the_pages_in_a_real_browser(tmp_path: Path) -> None:
    node = _node()
    if not CHROMIUM.exists() or node is None or not (ROOT / "node_modules" / "playwright-core").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("CI needs /usr/bin/chromium, node and node_modules/playwright-core (.ci/run installs them)")
        pytest.skip("no /usr/bin/chromium, node or playwright-core")
    hostile = tmp_path / "hostile.html"
    hostile.write_text(text(render(docs, view_of(hostile_document()), {})["docs/hostile.html"]), encoding="utf-8")
    hostile_index = tmp_path / "index.html"
    other = replace(hostile_document(), set_name="other")
    hostile_index.write_text(text(docs.TARGET.render_across([view_of(hostile_document()), view_of(other)], Renderer((docs.TARGET,)))["docs/index.html"]), encoding="utf-8")
    hostile_compact = tmp_path / "hostile-compact.html"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(docs, "COMPACT_ROWS", 0)
        hostile_compact.write_text(text(render(docs, view_of(hostile_document()), {})["docs/hostile.html"]), encoding="utf-8")
    (tmp_path / "compact").mkdir()
    compact = compact_pages(tmp_path / "compact")
    source = tmp_path / "big.md"
    source.write_text(synthetic_page(10_000), encoding="utf-8")
    big = tmp_path / "big.html"
    big_doc = replace(read_named(str(source)), set_name="big")
    big.write_text(text(render(docs, view_of(big_doc), {})["docs/big.html"]), encoding="utf-8")
    SCREENSHOTS.mkdir(exist_ok=True)
    config = {
        "real": str(GENERATED / "ci-error-codes.html"),
        "job": str(GENERATED / "ci-media-processing-error-codes.html"),
        "cos": str(GENERATED / "cos-error-codes.html"),
        "index": str(GENERATED / "index.html"),
        "hostileIndex": str(hostile_index),
        "hostile": str(hostile),
        "hostileCompact": str(hostile_compact),
        "compactPairs": [
            [name, str(GENERATED / f"{stem}.html"), str(compact[stem])]
            for name, stem in (("real", "ci-error-codes"), ("job", "ci-media-processing-error-codes"), ("cos", "cos-error-codes"), ("cosci", "cos-ci-error-codes"))
        ],
        "big": str(big),
        "screenshots": str(SCREENSHOTS),
        "chromium": str(CHROMIUM),
    }
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    run = subprocess.run(
        [node, str(ROOT / "tests" / "docs_browser.js"), str(tmp_path / "config.json")],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, run.stderr
    seen = json.loads(run.stdout)
    (tmp_path / "seen.json").write_text(json.dumps(seen, indent=1, ensure_ascii=False), encoding="utf-8")

    assert seen["errors"] == [], "the pages report no error (a refused script would)"
    assert seen["requests"] == [], "no request leaves the page"
    assert seen["scriptRan"] and seen["totalRows"] == seen["initiallyVisible"] > 100
    assert seen["search46618"] == ["-46618"]
    assert seen["slashFocus"] == "q"
    assert seen["categoryOnly"] == ["cat-file_preview"] and 0 < seen["categoryRows"] < seen["totalRows"]
    assert seen["categoryAndSearch"] == ["-3006"], "one of -3006's two rows: the file-preview one"
    assert seen["en"]["lang"] == "en" and seen["en"]["visibleZh"] == 0 and seen["en"]["visibleEn"] > 100
    assert seen["zh"]["lang"] == "zh" and seen["zh"]["visibleEn"] == 0 and seen["zh"]["visibleZh"] > 100
    # The product's name (configuration's `product`), then the heading in the chosen locale, then the set.
    assert seen["en"]["heading"].split() == ["Tencent", "Cloud", "Infinite", "Error", "codes", "ci-error-codes"]
    assert seen["zh"]["heading"].split() == ["Tencent", "Cloud", "Infinite", "错误码", "ci-error-codes"]
    assert (seen["en"]["option"], seen["zh"]["option"]) == ("Download errors", "下载时处理错误码")
    assert (seen["en"]["copyLabel"], seen["zh"]["copyLabel"]) == ('"Copy"', '"复制"')
    assert seen["afterReload"] == seen["zh"], "the chosen language survives a reload"
    assert "-46618" in seen["searchZh"] and all("签名" in t for t in seen["searchZhTexts"])
    assert sorted(seen["highlighted"]) == [["cat-download", "-3006"], ["cat-file_preview", "-3006"]]
    assert seen["highlightInView"]
    assert seen["clipboard"] == "SIGNATURE_AUTHENTICATION_FAILS"
    assert seen["tabOrder"][:3] == ["input#q", "select#cat", "select#lang"]
    assert seen["tabOrder"][3].startswith("a") and "a.perma" in seen["tabOrder"] and seen["focusOutline"] == "solid"
    assert seen["light"]["background"] == "rgb(255, 255, 255)" and seen["dark"]["background"] == "rgb(13, 17, 23)"
    assert seen["light"]["controls"] == "flex" and (seen["print"]["controls"], seen["print"]["copy"]) == ("none", "none")
    assert seen["print"]["background"] == "rgb(255, 255, 255)", "printed in black on white, even in dark mode"
    # the job page's InvalidArgument names CI's 1015 and COS's own InvalidArgument (the COS set)
    assert seen["jobHighlighted"] == 1
    assert seen["jobSeeAlso"] == ["ci-error-codes.html#code-1015", "cos-error-codes.html#code-InvalidArgument"]
    assert seen["jobSearch"].count("AccessDenied") == 2 and all("accessdenied" in c.lower() for c in seen["jobSearch"])

    # COS's long codes stay inside their column at 1280 and 375 px; multi-word queries.
    for width in ("1280", "375"):
        assert seen["cos"][width]["rows"] == 130 and seen["cos"][width]["overflowing"] == [], seen["cos"][width]
    assert len(seen["cos"]["1280"]["longest"]) >= 30
    assert seen["cos"]["search403"] == ["AccessDenied"], "403 rows that are AccessDenied"
    assert seen["cos"]["searchSlowDown"] == ["SlowDown"] == seen["cos"]["searchReversed"]
    assert seen["cos"]["searchNone"] == [], "every word must match"

    # The index: every set linked, one search across them (-46618 is CI's own and COS's copy of it).
    for width in ("1280", "375"):
        got = seen["index"][width]
        assert got["sets"] == ["ci-error-codes.html", "ci-media-processing-error-codes.html", "cos-error-codes.html", "cos-ci-error-codes.html"]
        assert got["empty"] == [], "nothing is listed before a query"
        assert [(h["code"], h["href"]) for h in got["errno"]] == [
            ("-46618", "ci-error-codes.html#code--46618"), ("-46618", "cos-ci-error-codes.html#code--46618")]
        assert [h["where"] for h in got["errno"]] == [
            "Tencent Cloud Infinite \u00b7 ci-error-codes", "Tencent Cloud Object Storage data processing \u00b7 cos-ci-error-codes"]
        assert [(h["code"], h["href"]) for h in got["slowDown"]] == [("SlowDown", "cos-error-codes.html#code-SlowDown")]
        assert got["deniedCount"] == got["deniedDrawn"] >= 3
        assert got["eCount"] > 200 and got["eDrawn"] == 200 and got["eSaysFirst"] and got["eAfterMore"] == got["eCount"]
    assert seen["index"]["1280"]["followed"] == {"url": "ci-error-codes.html#code--46618", "highlighted": 1}
    assert seen["index"]["1280"]["followedRequests"] == [], "following a result loads the set's page and nothing else"
    hostile_index_seen = seen["index"]["hostile"]
    assert hostile_index_seen["sentinel"] is None and hostile_index_seen["hits"] == 2 * len(HOSTILE)
    assert (hostile_index_seen["images"], hostile_index_seen["scripts"], hostile_index_seen["handlers"]) == (0, 2, [])
    assert all(t in hostile_index_seen["text"] for t in HOSTILE[:4]), "hostile texts are shown literally"

    assert seen["hostileErrors"] == [] and seen["hostileRequests"] == []
    for page, mode in [(p, m) for p in ("hostile", "hostileCompact") for m in ("bypassCSP", "withCSP")]:
        got = seen[page][mode]
        assert got["sentinel"] is None, f"{mode}: an upstream text ran as script"
        assert got["scripts"] == 2 and got["images"] == 0 and got["handlers"] == []
        assert all(h.startswith(("#", "https://", "set-x-")) for h in got["hrefs"]), got["hrefs"]
        for hostile_text in HOSTILE[:4]:
            assert hostile_text in got["text"], f"{mode}: {hostile_text!r} is shown literally"
        assert BAD_URLS[0] in got["text"]
        assert got["filtered"] == 2  # `</script>` is searchable text like any other (two rows hold it)

    # The real sets' pages, laid out as large pages are: once every match is shown, every row is
    # the one the HTML page holds (same markup, texts, links, copy buttons), and nothing else.
    for name, got in seen["compact"].items():
        assert got["differing"] == [], (name, got["differing"])
        assert got["drawn"] == min(100, got["total"]) and got["saysFirst"] == (got["total"] > 100), (name, got)
        assert got["rows"] == got["total"] > 0 and got["moreHidden"], (name, got)
    assert seen["compact"]["cos"]["total"] == 130
    assert "-46618" in seen["compact"]["real"]["zhSearch"]
    assert seen["compact"]["real"]["clipboard"] == "DownloadError::SignatureAuthenticationFails"  # its Rust identifier
    assert sorted(seen["compact"]["real"]["highlighted"]) == [["cat-download", "-3006"], ["cat-file_preview", "-3006"]]

    # The 10 000-row page holds its rows as data: the first 100 matches are drawn, the count is exact.
    assert seen["bigRows"] == 10_000 and seen["bigDrawn"] == 100
    for query, count in seen["bigCounts"]:
        assert count == matches(big_doc, query), query
    # Each keystroke draws or removes at most the 100 rows drawn before it and the 100 after it;
    # its time is printed below, not asserted (a loaded machine would fail any limit).
    assert 0 < max(seen["bigRowChanges"]) <= 200, seen["bigRowChanges"]
    assert seen["bigRowsAfter"] == [min(100, count) for _, count in seen["bigCounts"]]
    # "Show every match" draws them all; a link reaches any row, drawn in view.
    assert seen["bigMatchesAfterImage"] == matches(big_doc, "image") > 100
    assert seen["bigVisibleAfterImage"] == 100 and seen["bigSaysFirst"] == "100"
    assert seen["bigVisibleAfterMore"] == seen["bigMatchesAfterImage"]
    assert seen["bigDeepLink"] == ["-100099"] and seen["bigDeepLinkInView"]
    print(json.dumps({k: seen[k] for k in ("version", "bigLoadMs", "bigTimings", "bigKeyTimings", "bigMoreMs", "bigRowChanges")}))
