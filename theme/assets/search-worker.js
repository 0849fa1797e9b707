// Search page's engine: runs Pagefind and keeps the current search's results, so the page receives only the few cards
// it shows. search.js starts this file as a module worker, which keeps off the page's main thread Pagefind's result
// list (one object per matching digest: thousands on a large archive), the fragments' page text and the choice of
// passage; a browser without module workers imports this file instead and calls `engine` on the page itself.
let pagefind;
let results = [];
let current = 0;

// Thrown (as its message) when a newer search has replaced the one a call asked about; the page ignores that call.
const superseded = "superseded";

// The passage to show: the body section (a heading with an id, and the text up to the next) with the most weight of
// matched words, so a word found in the prose shows its sentence rather than the title the card already shows; the
// page's own excerpt when the match is only in the title or summary.
function passageOf(data) {
  const weight = (section) =>
    (section.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0) || (section.locations ?? []).length;
  let best = null;
  let bestWeight = 0;
  for (const section of data.sub_results ?? []) {
    if (!section.anchor) continue;
    const sectionWeight = weight(section);
    if (sectionWeight > bestWeight) {
      best = section;
      bestWeight = sectionWeight;
    }
  }
  return best ? best.excerpt : data.excerpt;
}

// What one result card shows, and nothing more: the fragment's page text stays here.
function cardOf(data) {
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    date: data.meta.date ?? data.meta.published ?? "",
    published: data.meta.published ?? "",
    themes: data.meta.themes ?? "",
    // Pagefind HTML-escapes the excerpt and adds only <mark> around matched words.
    excerpt: passageOf(data),
  };
}

// Each filter's values in the order the page lists them (years newest first, other names alphabetically), each with
// its count: { theme: [["Labour", 12], …], … }. Sorted here because a browser's first locale-aware comparison loads its
// collation data, a long pause that would otherwise fall on the page.
function filterLists(available, counts) {
  const collator = new Intl.Collator();
  const lists = {};
  for (const [name, values] of Object.entries(available)) {
    const sorted = Object.keys(values).sort(name === "year" ? (a, b) => collator.compare(b, a) : collator.compare);
    lists[name] = sorted.map((value) => [value, counts?.[name]?.[value] ?? 0]);
  }
  return lists;
}

export const engine = {
  async init(bundle) {
    pagefind = await import(bundle + "pagefind.js");
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
  },

  // Every filter's values, each with the number of digests that have it.
  async filters() {
    const available = await pagefind.filters();
    return filterLists(available, available);
  },

  // Search number `id` (later numbers replace earlier ones): the result count, each filter's values with their counts
  // among the results, and the first `count` cards.
  async search(id, query, filters, sort, count) {
    current = id;
    // The filter index and the query's index chunks load side by side; the counts need the filters loaded first.
    const [available] = await Promise.all([pagefind.filters(), pagefind.preload(query, { filters, sort })]);
    if (id !== current) throw new Error(superseded);
    const search = await pagefind.search(query, { filters, sort });
    if (id !== current || !search) throw new Error(superseded);
    results = search.results;
    return { total: results.length, filters: filterLists(available, search.filters), cards: await this.cards(id, 0, count) };
  },

  // Cards `start` to `start + count` of search `id`.
  async cards(id, start, count) {
    if (id !== current) throw new Error(superseded);
    const data = await Promise.all(results.slice(start, start + count).map((r) => r.data()));
    if (id !== current) throw new Error(superseded);
    return data.map(cardOf);
  },
};

if (typeof WorkerGlobalScope !== "undefined" && self instanceof WorkerGlobalScope) {
  self.addEventListener("message", async ({ data: { call, method, args } }) => {
    try {
      self.postMessage({ call, result: await engine[method](...args) });
    } catch (error) {
      self.postMessage({ call, error: String(error?.message ?? error) });
    }
  });
}
