// Drives Debian's Chromium (no browser download: playwright-core with executablePath) through
// the generated docs pages and prints what it saw as one JSON object; tests/test_docs_browser.py
// asserts on it. Usage: node tests/docs_browser.js CONFIG.json, where CONFIG names the pages
// ({real, job, hostile, hostileCompact, big, compactPairs...}: absolute paths), the browser and the screenshot folder.
"use strict";
const fs = require("fs");
const path = require("path");
const { pathToFileURL } = require("url");
const { chromium } = require("playwright-core");

const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

function url(file, hash) {
  return pathToFileURL(file).href + (hash || "");
}

// Every request a page makes that is not the page file itself, and every error it reports.
function watch(context, pageFile, out) {
  const own = url(pageFile);
  context.on("request", (request) => {
    if (request.url().split("#")[0] !== own) {
      out.requests.push(request.url());
    }
  });
  return (page) => {
    page.on("pageerror", (error) => out.errors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error") {
        out.errors.push(message.text());
      }
    });
  };
}

// The rows a reader sees: codes of the rows that are rendered (not hidden, nor in a hidden section).
async function visibleCodes(page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("li.row"))
      .filter((row) => row.offsetParent !== null && row.offsetHeight > 0)
      .map((row) => row.querySelector(".perma").textContent));
}

// A large page's "Show every match": it draws the rest a frame at a time, until it says no more
// that only the first are shown.
async function showEvery(page) {
  await page.click("#more");
  await page.waitForFunction(() => document.getElementById("first").hidden, null, { timeout: 120000 });
}

async function search(page, text) {
  await page.fill("#q", text);
  return visibleCodes(page);
}

async function real(browser, config, out) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await context.route("**/*", (route) => {
    const target = route.request().url();
    if (target.startsWith("file:") && target.split("#")[0] === url(config.real)) {
      return route.continue();
    }
    out.requests.push(target);
    return route.abort();
  });
  const hook = watch(context, config.real, out);
  const page = await context.newPage();
  hook(page);
  await page.goto(url(config.real));
  out.scriptRan = await page.evaluate(() => document.getElementById("shown").textContent !== "");
  out.totalRows = await page.evaluate(() => document.querySelectorAll("li.row").length);
  out.initiallyVisible = (await visibleCodes(page)).length;
  await page.screenshot({ path: path.join(config.screenshots, "docs-en.png") });

  out.search46618 = await search(page, "-46618");
  // The category filter, alone and with a search.
  await page.fill("#q", "");
  await page.selectOption("#cat", "2");
  out.categoryOnly = await page.evaluate(() => Array.from(document.querySelectorAll("section.cat"))
    .filter((s) => s.offsetParent !== null).map((s) => s.id));
  out.categoryRows = (await visibleCodes(page)).length;
  out.categoryAndSearch = await search(page, "-3006");
  await page.selectOption("#cat", "");
  await page.fill("#q", "");
  // Keyboard: `/` from the page focuses the search box.
  await page.focus("body");
  await page.keyboard.press("/");
  out.slashFocus = await page.evaluate(() => document.activeElement && document.activeElement.id);
  await page.keyboard.press("Escape");

  // The language switch: every text of the page follows it, and it survives a reload.
  const texts = () => page.evaluate(() => {
    const shown = (selector) => Array.from(document.querySelectorAll(selector))
      .filter((e) => e.getClientRects().length > 0).length;
    const cat = document.getElementById("cat");
    return {
      lang: document.documentElement.lang,
      visibleEn: shown('.l[data-l="en"]'),
      visibleZh: shown('.l[data-l="zh"]'),
      heading: document.querySelector("h1").innerText,
      option: cat.options[1].textContent,
      copyLabel: getComputedStyle(document.querySelector("button.copy"), "::before").content,
    };
  });
  out.en = await texts();
  await page.selectOption("#lang", "zh");
  out.zh = await texts();
  out.searchZh = await search(page, "签名");
  out.searchZhTexts = await page.evaluate(() => Array.from(document.querySelectorAll("li.row"))
    .filter((row) => row.offsetParent !== null && row.offsetHeight > 0)
    .map((row) => Array.from(row.querySelectorAll('.l[data-l="zh"]')).map((e) => e.textContent).join(" ")));
  await page.fill("#q", "");
  await page.screenshot({ path: path.join(config.screenshots, "docs-zh.png") });
  await page.reload();
  out.afterReload = await texts();
  await page.selectOption("#lang", "en");

  // A permanent link: both categories' rows of -3006 are highlighted.
  await page.goto(url(config.real, "#code--3006"));
  out.highlighted = await page.evaluate(() => Array.from(document.querySelectorAll("li.row.hl"))
    .map((row) => [row.closest("section").id, row.querySelector(".perma").textContent]));
  out.highlightInView = await page.evaluate(() => {
    const box = document.querySelector("li.row.hl").getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });

  // The copy button of -46618's name.
  await page.goto(url(config.real));
  await page.evaluate(() => navigator.clipboard.writeText("nothing yet"));
  await page.click('#code--46618 button.copy[data-k="0"]');
  await page.waitForFunction(() => document.querySelector('#code--46618 button.copy[data-k="0"]')
    .classList.contains("done"), null, { timeout: 5000 });
  out.clipboard = await page.evaluate(() => navigator.clipboard.readText());
  // Keyboard only: Tab reaches the search box first, then the filters, then the rows' links.
  await page.goto(url(config.real));
  const order = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    order.push(await page.evaluate(() => {
      const e = document.activeElement;
      return `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}${e.className ? "." + e.className : ""}`;
    }));
  }
  out.tabOrder = order;
  out.focusOutline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  // Light and dark follow prefers-color-scheme; printing hides the controls and copy buttons.
  const look = () => page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    controls: getComputedStyle(document.querySelector(".controls")).display,
    copy: getComputedStyle(document.querySelector("button.copy")).display,
  }));
  await page.emulateMedia({ colorScheme: "light" });
  out.light = await look();
  await page.emulateMedia({ colorScheme: "dark" });
  out.dark = await look();
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  out.print = await look();
  await page.emulateMedia({ media: "screen", colorScheme: "light" });
  await context.close();
}

async function job(browser, config, out) {
  const context = await browser.newContext();
  const hook = watch(context, config.job, out);
  const page = await context.newPage();
  hook(page);
  await page.goto(url(config.job, "#code-InvalidArgument"));
  out.jobHighlighted = await page.evaluate(() => Array.from(document.querySelectorAll("li.row.hl")).length);
  out.jobSeeAlso = await page.evaluate(() => Array.from(document.querySelectorAll("#code-InvalidArgument .see a"))
    .map((a) => a.getAttribute("href")));
  out.jobSearch = await search(page, "accessdenied");
  await context.close();
}

// COS's page, whose codes are long words: no code runs past its column (at a desktop's and a
// phone's width), and a query of several words finds the rows that hold every one of them.
async function cos(browser, config, out) {
  out.cos = {};
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const hook = watch(context, config.cos, out);
    const page = await context.newPage();
    hook(page);
    await page.goto(url(config.cos));
    const seen = await page.evaluate(() => {
      const overflowing = [];
      let longest = null;
      for (const row of document.querySelectorAll("li.row")) {
        const code = row.querySelector(".code");
        const perma = row.querySelector(".perma");
        const body = row.querySelector(".body");
        const c = code.getBoundingClientRect();
        const p = perma.getBoundingClientRect();
        const b = body.getBoundingClientRect();
        const sideBySide = b.top < c.bottom && b.left >= c.left;  // the wide layout: two columns
        if (p.right > c.right + 0.5 || (sideBySide && p.right > b.left + 0.5) || perma.scrollWidth > perma.clientWidth + 1) {
          overflowing.push(perma.textContent);
        }
        if (longest === null || perma.textContent.length > longest.textContent.length) {
          longest = perma;
        }
      }
      return { rows: document.querySelectorAll("li.row").length, overflowing, longest: longest.textContent };
    });
    out.cos[width] = seen;
    const row = page.locator("li.row", { has: page.locator(".perma", { hasText: seen.longest }) }).first();
    await row.scrollIntoViewIfNeeded();
    await row.screenshot({ path: path.join(config.screenshots, `docs-long-code-${width}.png`) });
    if (width === 1280) {
      out.cos.search403 = await search(page, "403 AccessDenied");
      out.cos.searchSlowDown = await search(page, "SlowDown 503");
      out.cos.searchReversed = await search(page, "  503   slowdown ");
      out.cos.searchNone = await search(page, "SlowDown 404");
    }
    await context.close();
  }
}

// The index of every set: one search across all of them, links to each set's page, and a
// hostile set's texts drawn as text only.
async function index(browser, config, out) {
  out.index = {};
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const hook = watch(context, config.index, out);
    const page = await context.newPage();
    hook(page);
    await page.goto(url(config.index));
    const hits = () => page.evaluate(() => Array.from(document.querySelectorAll("#hits li")).map((li) => ({
      code: li.querySelector(".code").firstChild.textContent,
      where: li.querySelector(".where").textContent,
      href: li.querySelector("a").getAttribute("href"),
    })));
    const seen = {
      sets: await page.evaluate(() => Array.from(document.querySelectorAll(".sets a")).map((a) => a.getAttribute("href"))),
      empty: await hits(),
    };
    await page.fill("#q", "-46618");
    seen.errno = await hits();
    await page.fill("#q", "SlowDown 503");
    seen.slowDown = await hits();
    await page.fill("#q", "denied");
    seen.deniedCount = Number(await page.textContent("#matched"));
    seen.deniedDrawn = (await hits()).length;
    await page.fill("#q", "e");
    seen.eCount = Number(await page.textContent("#matched"));
    seen.eDrawn = (await hits()).length;
    seen.eSaysFirst = await page.isVisible("#first");
    await page.click("#more");
    seen.eAfterMore = (await hits()).length;
    await page.fill("#q", "-46618");
    await page.screenshot({ path: path.join(config.screenshots, `docs-index-${width}.png`) });
    if (width === 1280) {
      // Following a result is a navigation to the set's page, the one request it may cause.
      const before = out.requests.length;
      await Promise.all([page.waitForNavigation(), page.click("#hits li a")]);
      seen.followed = { url: page.url().split("/").pop(), highlighted: await page.evaluate(() => document.querySelectorAll("li.row.hl").length) };
      const caused = out.requests.splice(before);
      seen.followedRequests = caused.filter((r) => r.split("#")[0] !== url(path.join(path.dirname(config.index), "ci-error-codes.html")));
    }
    out.index[width] = seen;
    await context.close();
  }
  const context = await browser.newContext({ bypassCSP: true });
  await context.route("**/*", (route) => {
    const target = route.request().url();
    if (target.split("#")[0].split("?")[0] === url(config.hostileIndex)) {
      return route.continue();
    }
    out.hostileRequests.push(target);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => out.hostileErrors.push(String(error)));
  await page.goto(url(config.hostileIndex));
  await page.fill("#q", "hostile");
  for (const handle of await page.$$("#hits *")) {
    await handle.hover({ force: true, timeout: 1000 }).catch(() => {});
  }
  out.index.hostile = await page.evaluate(() => ({
    sentinel: typeof window.__pwned === "undefined" ? null : String(window.__pwned),
    hits: document.querySelectorAll("#hits li").length,
    images: document.images.length,
    scripts: document.scripts.length,
    handlers: Array.from(document.querySelectorAll("*"))
      .flatMap((e) => Array.from(e.attributes).filter((a) => a.name.startsWith("on")).map((a) => a.name)),
    text: document.body.innerText,
  }));
  await context.close();
}

async function hostile(browser, config, out, bypassCSP, file, key) {
  // With bypassCSP the escaping alone is tested: no policy stands between a hole and the sentinel.
  const context = await browser.newContext({ bypassCSP });
  await context.route("**/*", (route) => {
    const target = route.request().url();
    if (target.split("#")[0] === url(file)) {
      return route.continue();
    }
    out.hostileRequests.push(target);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => out.hostileErrors.push(String(error)));
  await page.goto(url(file));
  if (await page.$("#more") && await page.isVisible("#more")) {
    await showEvery(page); // a large page: draw every row first
  }
  // Give any injected handler its chance: hover and click every element of the page.
  const handles = await page.$$("body *");
  for (const handle of handles) {
    if (await handle.isVisible()) {
      await handle.hover({ force: true, timeout: 1000 }).catch(() => {});
    }
  }
  for (const link of await page.$$("a")) {
    const target = await link.getAttribute("href");
    if (target && !target.startsWith("#")) {
      continue; // an http(s) link would leave the page (and be aborted): its href is reported instead
    }
    await link.click({ timeout: 1000 }).catch(() => {});
  }
  const seen = await page.evaluate(() => ({
    sentinel: typeof window.__pwned === "undefined" ? null : String(window.__pwned),
    scripts: document.scripts.length,
    images: document.images.length,
    handlers: Array.from(document.querySelectorAll("*"))
      .flatMap((e) => Array.from(e.attributes).filter((a) => a.name.startsWith("on")).map((a) => a.name)),
    hrefs: Array.from(document.querySelectorAll("a[href]")).map((a) => a.getAttribute("href")),
    text: document.body.innerText,
    filtered: (() => {
      const q = document.getElementById("q");
      q.value = "</script>";
      q.dispatchEvent(new Event("input"));
      return Array.from(document.querySelectorAll("li.row")).filter((r) => r.offsetParent !== null && r.offsetHeight > 0).length;
    })(),
  }));
  out[key][bypassCSP ? "bypassCSP" : "withCSP"] = seen;
  await context.close();
}

// Every row of a page as the reader gets it, whitespace aside: a row drawn by the script of a
// large page must be the row a small page holds as HTML.
async function rowsAsDrawn(page) {
  return page.evaluate(() => {
    const shape = (node) => {
      if (node.nodeType === Node.TEXT_NODE) {
        const t = node.textContent.replace(/\s+/g, " ").trim();
        return t === "" ? null : t;
      }
      const attributes = Array.from(node.attributes).map((a) => `${a.name}=${a.value}`).sort();
      const children = Array.from(node.childNodes).map(shape).filter((c) => c !== null);
      return [node.tagName.toLowerCase(), attributes, children];
    };
    return Array.from(document.querySelectorAll("section.cat")).map((s) =>
      [s.id, Array.from(s.querySelectorAll("li.row")).map((row) => JSON.stringify(shape(row)))]);
  });
}

// The real sets' pages laid out as large pages are (their rows as data, drawn by the script):
// every row, once "Show every match" is pressed, is the small page's row.
async function compactPairs(browser, config, out) {
  out.compact = {};
  for (const [name, html, compact] of config.compactPairs) {
    const before = await browser.newContext();
    const small = await before.newPage();
    await small.goto(url(html));
    const expected = await rowsAsDrawn(small);
    await before.close();
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const hook = watch(context, compact, out);
    const page = await context.newPage();
    hook(page);
    await page.goto(url(compact));
    const seen = { total: Number(await page.textContent("#shown")), drawn: (await visibleCodes(page)).length };
    seen.saysFirst = await page.isVisible("#first");
    if (seen.saysFirst) {
      await showEvery(page);
    }
    const got = await rowsAsDrawn(page);
    seen.sections = got.length;
    seen.rows = got.reduce((n, s) => n + s[1].length, 0);
    seen.differing = [];
    expected.forEach((s, i) => {
      s[1].forEach((row, j) => {
        if (!got[i] || got[i][0] !== s[0] || got[i][1][j] !== row) {
          seen.differing.push({ expected: row, got: got[i] && got[i][1][j] });
        }
      });
    });
    seen.differing = seen.differing.slice(0, 3);
    seen.moreHidden = !(await page.isVisible("#more"));
    if (name === "real") {
      await page.selectOption("#lang", "zh");
      seen.zhSearch = await search(page, "签名");
      await page.goto(url(compact, "#code--3006"));
      seen.highlighted = await page.evaluate(() => Array.from(document.querySelectorAll("li.row.hl"))
        .map((row) => [row.closest("section").id, row.querySelector(".perma").textContent]));
      // The copy button of -46618's name (a drawn row's button, as a small page's).
      await page.fill("#q", "-46618");
      await page.evaluate(() => navigator.clipboard.writeText("nothing yet"));
      await page.click('#code--46618 button.copy[data-k="5"]');
      await page.waitForFunction(() => document.querySelector('#code--46618 button.copy[data-k="5"]')
        .classList.contains("done"), null, { timeout: 5000 });
      seen.clipboard = await page.evaluate(() => navigator.clipboard.readText());
    }
    out.compact[name] = seen;
    await context.close();
  }
}

async function big(browser, config, out) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("pageerror", (error) => out.errors.push(String(error)));
  const started = Date.now();
  await page.goto(url(config.big));
  out.bigLoadMs = Date.now() - started;
  out.bigRows = Number(await page.textContent("#shown"));
  await page.screenshot({ path: path.join(config.screenshots, "docs-big.png") });
  out.bigDrawn = await page.evaluate(() => document.querySelectorAll("li.row").length);
  // One keystroke: the input event's filtering plus the style and layout it causes.
  out.bigTimings = await page.evaluate(() => {
    const q = document.getElementById("q");
    const times = [];
    // What makes a keystroke cheap, counted rather than timed (a loaded machine times anything):
    // the rows it draws or removes, and the rows on the page after it.
    const observer = new MutationObserver(() => {});
    observer.observe(document.querySelector("main") || document.body, { childList: true, subtree: true });
    window.__rowChanges = [];
    window.__rowsAfter = [];
    window.__counts = [];
    const rowsIn = (nodes) => Array.from(nodes).filter((n) => n.nodeType === 1 && n.matches("li.row")).length;
    for (const text of ["s", "si", "sig", "sign", "signa", "signat", "signatu", "signatur", "signature",
      "signatur", "signatu", "", "-", "-1", "-10", "-100", "-1000", "-10001", "-1000", "-100", "-10", "-1", "-", ""]) {
      const start = performance.now();
      q.value = text;
      q.dispatchEvent(new Event("input"));
      void document.body.offsetHeight;
      times.push(performance.now() - start);
      window.__rowChanges.push(observer.takeRecords().reduce((n, r) => n + rowsIn(r.addedNodes) + rowsIn(r.removedNodes), 0));
      window.__rowsAfter.push(document.querySelectorAll("li.row").length);
      window.__counts.push([text, Number(document.getElementById("shown").textContent)]);
    }
    observer.disconnect();
    return times;
  });
  out.bigRowChanges = await page.evaluate(() => window.__rowChanges);
  out.bigRowsAfter = await page.evaluate(() => window.__rowsAfter);
  out.bigCounts = await page.evaluate(() => window.__counts);
  // The same through real key presses, timed around each press (input, filtering, layout, paint).
  await page.fill("#q", "");
  await page.focus("#q");
  const pressed = [];
  for (const key of "image") {
    const start = Date.now();
    await page.keyboard.press(key);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
    pressed.push(Date.now() - start);
  }
  out.bigKeyTimings = pressed;
  out.bigVisibleAfterImage = (await visibleCodes(page)).length;
  out.bigMatchesAfterImage = Number(await page.textContent("#shown"));
  out.bigSaysFirst = await page.textContent("#drawn");
  const start = Date.now();
  await showEvery(page);
  out.bigMoreMs = Date.now() - start;
  out.bigVisibleAfterMore = (await visibleCodes(page)).length;
  await page.goto(url(config.big, "#code--100099"));
  out.bigDeepLink = await page.evaluate(() => Array.from(document.querySelectorAll("li.row.hl"))
    .map((row) => row.querySelector(".perma").textContent));
  out.bigDeepLinkInView = await page.evaluate(() => {
    const box = document.querySelector("li.row.hl").getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
  await context.close();
}

async function main() {
  const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
  const out = { requests: [], errors: [], hostileRequests: [], hostileErrors: [], hostile: {}, hostileCompact: {} };
  // One launch for every scenario; Playwright gives the browser a fresh temporary profile
  // (its own --user-data-dir, removed on close), and each scenario a fresh context.
  const browser = await chromium.launch({ executablePath: config.chromium, args: ARGS, headless: true });
  try {
    out.version = browser.version();
    await real(browser, config, out);
    await job(browser, config, out);
    await cos(browser, config, out);
    await index(browser, config, out);
    await hostile(browser, config, out, true, config.hostile, "hostile");
    await hostile(browser, config, out, false, config.hostile, "hostile");
    await hostile(browser, config, out, true, config.hostileCompact, "hostileCompact");
    await hostile(browser, config, out, false, config.hostileCompact, "hostileCompact");
    await compactPairs(browser, config, out);
    await big(browser, config, out);
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(1);
});
