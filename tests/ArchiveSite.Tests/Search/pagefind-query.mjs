// node pagefind-query.mjs BUNDLE_FOLDER QUERY...
// Loads a Pagefind index (a site's pagefind/ folder) with its own pagefind.js, the one written with it, served from a
// loopback HTTP server as a browser would fetch it, and prints one JSON object: the filters with their counts, and for
// each QUERY (a word, or "word|filter=value" to filter, or "*|sort" for every page by date, newest first) the results
// in order with their URL, title, date, image and excerpt.
import http from "node:http";
import fs from "node:fs";
import path from "node:path";

const [bundle, ...queries] = process.argv.slice(2);
const server = http.createServer((request, response) => {
  const file = path.join(bundle, decodeURIComponent(new URL(request.url, "http://localhost").pathname).replace(/^\/pagefind\//, ""));
  fs.readFile(file, (error, bytes) => {
    response.statusCode = error ? 404 : 200;
    response.end(error ? "" : bytes);
  });
});
await new Promise((listening) => server.listen(0, "127.0.0.1", listening));
try {
  const pagefind = await import(path.resolve(bundle, "pagefind.js"));
  await pagefind.options({ basePath: `http://127.0.0.1:${server.address().port}/pagefind/`, baseUrl: "/" });
  await pagefind.init();
  const answers = { filters: await pagefind.filters(), queries: {} };
  for (const query of queries) {
    const [term, option] = query.split("|");
    const search = option === "sort"
      ? await pagefind.search(null, { sort: { date: "desc" } })
      : await pagefind.search(term, option ? { filters: Object.fromEntries([option.split("=")]) } : {});
    const results = await Promise.all(search.results.map((r) => r.data()));
    answers.queries[query] = results.map((r) => ({ url: r.url, title: r.meta.title, date: r.meta.date ?? null, image: r.meta.image ?? null, excerpt: r.excerpt }));
  }
  console.log(JSON.stringify(answers));
} finally {
  server.close();
}
