// pa11y with its default runner (HTML_CodeSniffer, WCAG 2 AA) over pages of the built site, in the light
// and the dark scheme, on the Chromium given in CHROMIUM_PATH. Reads {"urls": [...], "schemes": ["light", "dark"]} as JSON on stdin;
// prints one JSON list: per page and scheme the scheme that was really active and pa11y's errors.
"use strict";

const pa11y = require("pa11y");
const puppeteer = require("puppeteer");

const SCHEMES = { light: "default", dark: "slate" };

async function main() {
  const { urls, schemes } = JSON.parse(require("fs").readFileSync(0, "utf8"));
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const results = [];
  try {
    for (const scheme of schemes) {
      const expected = SCHEMES[scheme];
      // A fresh profile per scheme: Material remembers the first scheme it showed in localStorage.
      const context = await browser.createBrowserContext();
      for (const url of urls) {
        const page = await context.newPage();
        await page.emulateMediaFeatures([{ name: "prefers-color-scheme", value: scheme }]);
        // Loaded here and handed over (ignoreUrl): pa11y itself would wait for half a second without
        // network traffic on every page; "load" is when the theme's scripts have set the scheme.
        await page.goto(url, { waitUntil: "load", timeout: 60000 });
        const outcome = await pa11y(url, { browser, page, ignoreUrl: true, standard: "WCAG2AA", timeout: 60000 });
        const active = await page.evaluate(() => document.body.getAttribute("data-md-color-scheme"));
        const errors = outcome.issues.filter((issue) => issue.type === "error");
        results.push({ url, scheme, expected, active, errors: errors.map(({ code, message, selector }) => ({ code, message, selector })) });
        await page.close();
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(2);
});
