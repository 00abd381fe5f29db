// The large reference page in Debian's Chromium (playwright-core, no browser download): how long
// it takes to open, and what each keystroke of a search costs. Prints one JSON object; nothing
// here asserts (tests/docs_bench.py reports it beside the goals). Usage:
// node tests/docs_bench.js PAGE.html ANCHOR [CHROMIUM], ANCHOR the id of a row to link to (its last).
"use strict";
const { pathToFileURL } = require("url");
const { chromium } = require("playwright-core");

const ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

async function main() {
  const file = process.argv[2];
  const browser = await chromium.launch({ executablePath: process.argv[4] || "/usr/bin/chromium", args: ARGS, headless: true });
  const out = { errors: [] };
  try {
    out.version = browser.version();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on("pageerror", (error) => out.errors.push(String(error)));
    // Opening: from the navigation to the first frame after the load event (the page parsed,
    // its data read, the first rows drawn and laid out).
    const started = Date.now();
    await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 120000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
    out.loadMs = Date.now() - started;
    out.rows = Number(await page.textContent("#shown"));
    out.drawn = await page.evaluate(() => document.querySelectorAll("li.row").length);
    out.heapMB = await page.evaluate(() => (performance.memory ? Math.round(performance.memory.usedJSHeapSize / 1e6) : null));
    // Each keystroke inside the page: the input event (search, drawing) and the layout it causes.
    out.inPage = await page.evaluate(() => {
      const q = document.getElementById("q");
      const times = [];
      for (const text of ["signature", "-1000", "image upload"]) {
        for (const typed of Array.from(text).map((_, i) => text.slice(0, i + 1)).concat(
          Array.from(text).map((_, i) => text.slice(0, text.length - 1 - i)))) {
          const start = performance.now();
          q.value = typed;
          q.dispatchEvent(new Event("input"));
          void document.body.offsetHeight;
          times.push({ query: typed, ms: performance.now() - start });
        }
      }
      return times;
    });
    // Real key presses, each timed to the next frame (input, search, drawing, layout, paint),
    // through the driver (its round trips are in the figure).
    await page.focus("#q");
    out.keys = [];
    for (const text of ["signature", "\b\b\b\b\b\b\b\b\b", "-1000", "\b\b\b\b\b", "image upload", "\b\b\b\b\b\b\b\b\b\b\b\b"]) {
      for (const key of text) {
        const start = Date.now();
        await page.keyboard.press(key === "\b" ? "Backspace" : key === " " ? "Space" : key);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
        out.keys.push({ query: await page.inputValue("#q"), ms: Date.now() - start,
          matches: Number(await page.textContent("#shown")) });
      }
    }
    await page.fill("#q", "image");
    out.moreMatches = Number(await page.textContent("#shown"));
    let start = Date.now();
    if (await page.isVisible("#more")) {
      await page.click("#more"); // it draws the rest a frame at a time
      await page.waitForFunction(() => document.getElementById("first").hidden, null, { timeout: 600000 });
    }
    out.moreMs = Date.now() - start;
    out.moreDrawn = await page.evaluate(() => document.querySelectorAll("li.row").length);
    start = Date.now();
    await page.evaluate((anchor) => { window.location.hash = "#" + anchor; }, process.argv[3]);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done())));
    out.linkMs = Date.now() - start;
    out.linked = await page.evaluate(() => document.querySelectorAll("li.row.hl").length);
    await context.close();
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out) + "\n");
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(1);
});
