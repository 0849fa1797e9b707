#!/usr/bin/env node
// Readers at scale: runs Lighthouse (mobile profile, its default) over one page of each kind of a built site and
// prints the four scores per kind, with the largest HTML file of each kind in the whole site.
//
// usage: node bench/lighthouse.mjs SITE_FOLDER [--query WORDS] [--runs N] [--kind KIND] [--save DIR] [--wait MS] [--sizes-only]
//
// SITE_FOLDER is a build's output (build it with search to score /search/). It is served on 127.0.0.1 at the base
// path of its canonical URLs, gzip-compressed as GitHub Pages serves it; Chromium is Debian's (CHROME_PATH, default
// /usr/bin/chromium). With --runs N each page is scored N times and the median performance is printed. --kind KIND
// scores only that page kind (search, digest, ...); --save DIR writes each run's Lighthouse report there as
// KIND-RUN.json, for its diagnostics (long tasks, main-thread work, network requests). --wait MS makes Lighthouse
// wait that long for the network and main thread to go quiet before it stops recording (its default is about 1 s):
// on a slow or loaded machine the search page's query can still be running then, and its results would go unscored.
// Not a CI test: about 15 s per page on a small machine.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = args[at + 1];
  args.splice(at, 2);
  return value;
};
const query = option("--query", "training data");
const runs = Number(option("--runs", "1"));
const onlyKind = option("--kind", null);
const saveTo = option("--save", null);
const wait = Number(option("--wait", "0"));
const settle = wait ? { pauseAfterLoadMs: wait, networkQuietThresholdMs: wait, cpuQuietThresholdMs: wait } : {};
const sizesOnly = args.includes("--sizes-only");
if (sizesOnly) args.splice(args.indexOf("--sizes-only"), 1);
const site = args[0];
if (!site || !fs.existsSync(path.join(site, "index.html"))) {
  console.error("usage: node bench/lighthouse.mjs SITE_FOLDER [--query WORDS] [--runs N]  (a built site, with index.html)");
  process.exit(2);
}

// The page kind of every HTML file, read from <body class="kind-…">, and its size.
function htmlFiles(folder, prefix = "") {
  const found = [];
  for (const entry of fs.readdirSync(path.join(folder, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...htmlFiles(folder, relative));
    else if (entry.name.endsWith(".html")) found.push(relative);
  }
  return found;
}

const kinds = new Map(); // kind → { largest: { file, size }, pages: [file, …] }
for (const file of htmlFiles(site)) {
  const full = path.join(site, file);
  const head = fs.readFileSync(full, "utf8").slice(0, 20000);
  const kind = /<body class="kind-([^" ]+)/.exec(head)?.[1] ?? "(none)";
  const size = fs.statSync(full).size;
  const entry = kinds.get(kind) ?? { largest: { file, size: -1 }, pages: [] };
  if (size > entry.largest.size) entry.largest = { file, size };
  entry.pages.push(file);
  kinds.set(kind, entry);
}

function printSizes() {
  const pad = (value, width) => String(value).padEnd(width);
  console.log("Largest HTML file per page kind (whole site):");
  console.log(`${pad("kind", 12)}  ${pad("pages", 6)}  ${pad("largest", 9)}  file`);
  for (const kind of [...kinds.keys()].sort()) {
    const entry = kinds.get(kind);
    console.log(`${pad(kind, 12)}  ${pad(entry.pages.length, 6)}  ${pad(`${(entry.largest.size / 1024).toFixed(1)} KB`, 9)}  ${entry.largest.file}`);
  }
  const over = [...kinds.values()].filter((e) => e.largest.size > 150 * 1024);
  console.log(over.length ? `${over.length} kind(s) have a page over 150 KB.` : "Every page is under 150 KB.");
}

if (sizesOnly) {
  printSizes();
  process.exit(0);
}

// The base path, from the home page's canonical URL (https://example.org/archive/ → /archive/).
const home = fs.readFileSync(path.join(site, "index.html"), "utf8");
const basePath = new URL(/<link rel="canonical" href="([^"]+)"/.exec(home)?.[1] ?? "http://x/").pathname;

const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml", ".json": "application/json", ".xml": "application/xml", ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8", ".csv": "text/csv; charset=utf-8",
};
const server = http.createServer((request, response) => {
  const url = new URL(request.url, "http://127.0.0.1");
  let relative = decodeURIComponent(url.pathname);
  if (!relative.startsWith(basePath)) {
    // Outside the site (robots.txt at a domain root when the site is under a path): nothing there, as on GitHub Pages.
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    response.end("not found\n");
    return;
  }
  relative = relative.slice(basePath.length);
  let file = path.join(site, relative);
  if (!path.resolve(file).startsWith(path.resolve(site))) file = "\0";
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
  const found = fs.existsSync(file) && fs.statSync(file).isFile();
  const body = fs.readFileSync(found ? file : path.join(site, "404.html"));
  const type = types[path.extname(found ? file : ".html")] ?? "application/octet-stream";
  const headers = { "content-type": type, "cache-control": "max-age=600" };
  const compress = /gzip/.test(request.headers["accept-encoding"] ?? "") && !type.startsWith("application/octet-stream") && type !== "application/wasm";
  response.writeHead(found ? 200 : 404, compress ? { ...headers, "content-encoding": "gzip" } : headers);
  response.end(compress ? zlib.gzipSync(body) : body);
});
await new Promise((ready) => server.listen(0, "127.0.0.1", ready));
const origin = `http://127.0.0.1:${server.address().port}`;

// One page per kind: its first page in sorted order, except where a later page of a listing says more.
const urlOf = (file) => origin + basePath + file.replace(/(^|\/)index\.html$/, "$1");
const order = ["home", "digest", "tags", "tag", "entities", "entity", "archive", "year", "stories", "story", "corrections", "page", "search", "404"];
const chosen = [];
for (const kind of [...order, ...[...kinds.keys()].filter((k) => !order.includes(k)).sort()]) {
  const entry = kinds.get(kind);
  if (!entry || (onlyKind && kind !== onlyKind)) continue;
  let url = urlOf(kind === "year" || kind === "tag" ? entry.largest.file : entry.pages.sort()[0]);
  if (kind === "search") url += "?q=" + encodeURIComponent(query);
  chosen.push({ kind, url });
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
try {
  for (const { kind, url } of chosen) {
    const results = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", ...settle });
      results.push(result.lhr);
      if (saveTo) {
        fs.mkdirSync(saveTo, { recursive: true });
        fs.writeFileSync(path.join(saveTo, `${kind}-${run + 1}.json`), JSON.stringify(result.lhr));
      }
    }
    const lhr = results.sort((a, b) => a.categories.performance.score - b.categories.performance.score)[Math.floor(results.length / 2)];
    const score = (name) => Math.round((lhr.categories[name]?.score ?? 0) * 100);
    const audit = (name) => lhr.audits[name]?.numericValue;
    rows.push({
      kind,
      performance: runs > 1 ? median(results.map((r) => Math.round(r.categories.performance.score * 100))) : score("performance"),
      accessibility: score("accessibility"),
      "best-practices": score("best-practices"),
      seo: score("seo"),
      fcp: `${(audit("first-contentful-paint") / 1000).toFixed(1)} s`,
      lcp: `${(audit("largest-contentful-paint") / 1000).toFixed(1)} s`,
      cls: audit("cumulative-layout-shift").toFixed(3),
      tbt: `${Math.round(audit("total-blocking-time"))} ms`,
      page: url.slice(origin.length),
      // Every audit of the four categories that did not pass, so a score below 100 says why.
      failed: Object.values(lhr.categories).flatMap((c) => c.auditRefs)
        .filter((r) => r.weight > 0 && lhr.audits[r.id].score !== null && lhr.audits[r.id].score < 1)
        .map((r) => r.id).filter((id, i, all) => all.indexOf(id) === i).join(" "),
    });
  }
} finally {
  await chrome.kill();
  server.close();
}

const pad = (value, width) => String(value).padEnd(width);
const columns = ["kind", "performance", "accessibility", "best-practices", "seo", "fcp", "lcp", "cls", "tbt", "page", "failed"];
const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => String(r[c]).length)));
const version = JSON.parse(fs.readFileSync(new URL("../node_modules/lighthouse/package.json", import.meta.url), "utf8")).version;
console.log(`Lighthouse ${version} (mobile profile) over ${site}, served at ${origin}${basePath}${runs > 1 ? `, median of ${runs} runs` : ""}`);
console.log(columns.map((c, i) => pad(c, widths[i])).join("  "));
for (const row of rows) console.log(columns.map((c, i) => pad(row[c], widths[i])).join("  "));
console.log("");
printSizes();
