// node bench/search-bytes.mjs ORIGIN WORD SITE_PATH [SEARCH_PAGE]
// Prints what a browser downloads to answer a one-word query, from Playwright's network events (fresh cache).
//   SITE_PATH    the site's base path, e.g. /repo/ (ours) or /archive/ (Hugo's); its pagefind/ bundle is used.
//   SEARCH_PAGE  optional: a page whose own script runs the search (ours: search/?q=WORD), waited on until the
//                results show. Without it the bare Pagefind JS API runs from the site's home page: init, search,
//                and data() for the first 20 results, which is what a results page shows.
// Playwright comes from the Microsoft.Playwright NuGet package's bundled driver (build tests/ArchiveSite.Browser.Tests).
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const [origin, word, sitePath, searchPage] = process.argv.slice(2);
const driver = process.env.PLAYWRIGHT_PACKAGE;
const { chromium } = require(driver);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const context = await browser.newContext();
const files = [];
context.on("requestfinished", async (request) => {
  const sizes = await request.sizes();
  // A worker's script reports no body size (Chromium's network events for it carry none): its body's length instead.
  let body = sizes.responseBodySize;
  if (body === 0) body = (await (await request.response())?.body().catch(() => null))?.length ?? 0;
  files.push({ url: request.url(), bytes: body + sizes.responseHeadersSize });
});
const page = await context.newPage();
let results;
if (searchPage) {
  await page.goto(origin + sitePath + searchPage);
  await page.waitForFunction(() => /found/.test(document.getElementById("search-status")?.textContent ?? ""), null, { timeout: 60000 });
  results = await page.evaluate(() => document.getElementById("search-status").textContent);
} else {
  await page.goto(origin + sitePath);
  results = await page.evaluate(async ([bundle, query]) => {
    const pagefind = await import(bundle + "pagefind.js");
    await pagefind.init();
    const search = await pagefind.search(query);
    await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    return `${search.results.length} results`;
  }, [sitePath + "pagefind/", word]);
}
await page.waitForLoadState("networkidle");
await browser.close();

const total = (filter) => files.filter(filter).reduce((sum, f) => sum + f.bytes, 0);
const search = (f) => f.url.includes("/pagefind/");
console.log(JSON.stringify({
  results,
  requests: files.length,
  search_requests: files.filter(search).length,
  search_bytes: total(search),
  all_bytes: total(() => true),
  by_kind: Object.entries(files.filter(search).reduce((kinds, f) => {
    const name = new URL(f.url).pathname.split("/pagefind/")[1];
    const kind = name.includes("/") ? name.split("/")[0] : name.replace(/\.[0-9a-f_]+\.pf_meta$/, ".pf_meta").replace(/^pagefind\.en_[^.]+/, "pagefind.en");
    kinds[kind] = (kinds[kind] ?? 0) + f.bytes;
    return kinds;
  }, {})).map(([k, v]) => `${k}=${v}`).join(" "),
}));
