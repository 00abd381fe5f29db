"""The docs target: its pages read as text (fast), and used in a real browser (slow): Debian's
Chromium driven by playwright-core (tests/docs_browser.js, one browser launch for every
scenario). The browser test saves tests/screenshots/docs-en.png and docs-zh.png for review.
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

from errcodegen.content import text
from errcodegen.model import Category, Document, Entry, Link, Note
from errcodegen.pipeline import read_named
from errcodegen.render import Renderer
from errcodegen.targets import docs
from errcodegen.targets.registry import view_of

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
    files = docs.render(view_of(hostile_document()), {})
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


def _node() -> str | None:
    return shutil.which("node")


@pytest.mark.slow
def test_the_pages_in_a_real_browser(tmp_path: Path) -> None:
    node = _node()
    if not CHROMIUM.exists() or node is None or not (ROOT / "node_modules" / "playwright-core").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("CI needs /usr/bin/chromium, node and node_modules/playwright-core (.ci/run installs them)")
        pytest.skip("no /usr/bin/chromium, node or playwright-core")
    hostile = tmp_path / "hostile.html"
    hostile.write_text(text(docs.render(view_of(hostile_document()), {})["docs/hostile.html"]), encoding="utf-8")
    hostile_index = tmp_path / "index.html"
    other = replace(hostile_document(), set_name="other")
    hostile_index.write_text(text(docs.TARGET.render_across([view_of(hostile_document()), view_of(other)], Renderer((docs.TARGET,)))["docs/index.html"]), encoding="utf-8")
    source = tmp_path / "big.md"
    source.write_text(synthetic_page(10_000), encoding="utf-8")
    big = tmp_path / "big.html"
    big.write_text(text(docs.render(view_of(replace(read_named(str(source)), set_name="big")), {})["docs/big.html"]), encoding="utf-8")
    SCREENSHOTS.mkdir(exist_ok=True)
    config = {
        "real": str(GENERATED / "ci-error-codes.html"),
        "job": str(GENERATED / "ci-media-processing-error-codes.html"),
        "cos": str(GENERATED / "cos-error-codes.html"),
        "index": str(GENERATED / "index.html"),
        "hostileIndex": str(hostile_index),
        "hostile": str(hostile),
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
    for mode in ("bypassCSP", "withCSP"):
        got = seen["hostile"][mode]
        assert got["sentinel"] is None, f"{mode}: an upstream text ran as script"
        assert got["scripts"] == 2 and got["images"] == 0 and got["handlers"] == []
        assert all(h.startswith(("#", "https://", "set-x-")) for h in got["hrefs"]), got["hrefs"]
        for hostile_text in HOSTILE[:4]:
            assert hostile_text in got["text"], f"{mode}: {hostile_text!r} is shown literally"
        assert BAD_URLS[0] in got["text"]
        assert got["filtered"] == 2  # `</script>` is searchable text like any other (two rows hold it)

    assert seen["bigRows"] == 10_000
    # Each keystroke changes at most the 100 rows shown before it and the 100 shown after it;
    # its time is printed below, not asserted (a loaded machine would fail any limit).
    assert 0 < max(seen["bigRowChanges"]) <= 200, seen["bigRowChanges"]
    # At most 100 rows are shown at once until "Show every match"; a link reaches any row.
    assert seen["bigVisibleAfterImage"] == min(100, seen["bigMatchesAfterImage"]) > 0
    assert seen["bigVisibleAfterMore"] == seen["bigMatchesAfterImage"] > 100
    assert seen["bigDeepLink"] >= 1
    print(json.dumps({k: seen[k] for k in ("version", "bigLoadMs", "bigTimings", "bigKeyTimings", "bigRowChanges")}))
