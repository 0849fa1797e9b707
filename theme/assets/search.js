// Search page: Pagefind's JS API driven by a plain GET form, so the query and filters live in the URL
// (?q=...&theme=...&sort=newest) and can be bookmarked, shared and restored with the back button. Pagefind runs in
// search-worker.js (a module worker, or on this page where there are none); this page gets the few cards it shows.
const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const selects = [...form.querySelectorAll("select[data-filter]")];
const sortSelect = document.getElementById("search-sort");
// The page's words, in the site's language (theme/i18n/, written into the form's data attributes by search.liquid).
const words = form.dataset;
const fill = (text, values) => text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
const pageSize = 20;
// Cards are put on the page a few at a time, each lot in a task and a frame of its own, so no one task lays out twenty.
const batchSize = 4;
let engine;
let sequence = 0;
let total = 0;
let filtersFilled = false;
// True while the current history entry came from typing: further typing updates that entry instead of adding one
// per pause, yet the back button still returns to the search before it.
let typedEntry = false;

// Hidden inside the results area, whose height is reserved: nothing on the page moves when it goes or results come.
document.getElementById("search-nojs").hidden = true;

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  for (const select of [...selects, sortSelect]) {
    const value = params.get(select.name) ?? "";
    if (value && ![...select.options].some((o) => o.value === value)) {
      select.add(new Option(value, value));
    }
    select.value = value;
  }
}

function urlOfForm() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set("q", input.value.trim());
  for (const select of [...selects, sortSelect]) {
    if (select.value) params.set(select.name, select.value);
  }
  const query = params.toString();
  return location.pathname + (query ? "?" + query : "");
}

// Puts each filter's values, as search-worker.js lists them ([value, count] in order), into its select.
function fillFilters(lists) {
  for (const select of selects) {
    const current = select.value;
    const options = (lists[select.dataset.filter] ?? []).map(([value, count]) => new Option(`${value} (${count})`, value));
    select.replaceChildren(select.options[0], ...options);
    select.value = current;
  }
  filtersFilled = true;
}

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

// One card, from what search-worker.js sends: url, title, date, published, themes and the excerpt's HTML.
function renderResult(card) {
  const item = document.createElement("li");
  const article = document.createElement("article");
  article.className = "card result";
  const heading = document.createElement("h2");
  const link = text("a", card.title);
  link.href = card.url;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  const date = text("time", card.date);
  if (card.published) date.dateTime = card.published;
  meta.append(date);
  if (card.themes) meta.append(" · ", text("span", words.themesLabel, "visually-hidden"), text("span", card.themes, "result-themes"));
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  // Pagefind HTML-escapes the excerpt and adds only <mark> around matched words.
  excerpt.innerHTML = card.excerpt;
  article.append(heading, meta, excerpt);
  item.append(article);
  return item;
}

// Resolves after the next frame has been drawn (or soon, where frames are not drawn, as in a hidden tab).
const nextFrame = () =>
  new Promise((done) => {
    requestAnimationFrame(() => setTimeout(done));
    setTimeout(done, 100);
  });

// Shows the next page of cards of search `mine` a batch at a time, each batch in a frame of its own; false when a newer
// search replaced it meanwhile. With `first` (the cards that came with the search) the page replaces the previous
// search's cards, which stay on screen until then.
async function showMore(mine, first = null) {
  const start = first ? 0 : list.children.length;
  const end = Math.min(start + pageSize, total);
  const batches = first ? [Promise.resolve(first)] : [];
  for (let at = start + (first?.length ?? 0); at < end; at += batchSize) {
    batches.push(engine("cards", mine, at, Math.min(batchSize, end - at)));
  }
  for (const [index, batch] of batches.entries()) {
    const cards = await batch.catch(ignoreSuperseded);
    if (!cards || mine !== sequence) return false;
    if (first || index > 0) await nextFrame();
    if (mine !== sequence) return false;
    if (first && index === 0) {
      list.replaceChildren(...cards.map(renderResult));
      document.getElementById("search-more")?.remove();
    } else {
      list.append(...cards.map(renderResult));
    }
  }
  document.getElementById("search-more")?.remove();
  if (list.children.length < total) {
    const more = text("button", words.more);
    more.type = "button";
    more.id = "search-more";
    more.className = "more";
    more.addEventListener("click", async () => {
      const focusIndex = list.children.length;
      if (await showMore(sequence)) list.children[focusIndex]?.querySelector("a")?.focus();
    });
    list.after(more);
  }
  return true;
}

// A call that a newer search made pointless (the engine says "superseded") gives nothing; other errors stand.
function ignoreSuperseded(error) {
  if (error?.message === "superseded") return null;
  throw error;
}

// Puts the form's state in the address bar: "push" adds a history entry, "replace" updates the current one.
function remember(history) {
  const url = urlOfForm();
  if (!history || url === location.pathname + location.search) return;
  if (history === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

async function run(history) {
  if (!engine) return;
  const mine = ++sequence;
  remember(history);
  const query = input.value.trim();
  const filters = {};
  for (const select of selects) {
    if (select.value) filters[select.dataset.filter] = select.value;
  }
  const sort = sortSelect.value === "newest" ? { date: "desc" } : sortSelect.value === "oldest" ? { date: "asc" } : undefined;
  if (!query && Object.keys(filters).length === 0 && !sort) {
    list.replaceChildren();
    document.getElementById("search-more")?.remove();
    status.textContent = "";
    document.title = `${words.title} · ${document.title.split(" · ").pop()}`;
    return;
  }
  status.textContent = words.searching;
  const search = await engine("search", mine, query || null, filters, sort, batchSize).catch(ignoreSuperseded);
  if (mine !== sequence || !search) return;
  total = search.total;
  // The filters first and the cards in the frames after, so no one task lays out both.
  fillFilters(search.filters);
  if (!(await showMore(mine, search.cards))) return;
  const count = search.total;
  const what = query ? fill(words.forQuery, { query }) : "";
  const found = words.pluralOne.split(" ").includes(String(count)) ? words.foundOne : words.foundOther;
  status.textContent = count === 0 ? fill(words.noneFound, { for: what }) : fill(found, { count, for: what });
  document.title = `${query || words.title} · ${document.title.split(" · ").pop()}`;
}

let typing;
input.addEventListener("input", () => {
  clearTimeout(typing);
  typing = setTimeout(() => {
    run(typedEntry ? "replace" : "push");
    typedEntry = true;
  }, 250);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typing);
  run(typedEntry ? "replace" : "push");
  typedEntry = false;
});
for (const select of [...selects, sortSelect]) {
  select.addEventListener("change", () => {
    typedEntry = false;
    run("push");
  });
}
window.addEventListener("popstate", () => {
  typedEntry = false;
  readUrl();
  run(null);
});

// Starts the engine (search-worker.js) and returns how to call it: (method, ...args) → a promise of its answer. In a
// module worker if the browser can start one, else on this page.
async function startEngine() {
  const url = form.dataset.engine;
  let worker;
  try {
    worker = new Worker(url, { type: "module" });
    const waiting = new Map();
    let calls = 0;
    worker.addEventListener("message", ({ data }) => {
      const answer = waiting.get(data.call);
      waiting.delete(data.call);
      if ("error" in data) answer?.reject(new Error(data.error));
      else answer?.resolve(data.result);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      for (const { reject } of waiting.values()) reject(new Error(event.message || "search worker failed"));
      waiting.clear();
    });
    const call = (method, ...args) =>
      new Promise((resolve, reject) => {
        waiting.set(++calls, { resolve, reject });
        worker.postMessage({ call: calls, method, args });
      });
    await call("init", form.dataset.bundle);
    return call;
  } catch (error) {
    console.warn("Search runs on the page: its worker did not start.", error);
    worker?.terminate();
    const { engine: local } = await import(url);
    await local.init(form.dataset.bundle);
    return (method, ...args) => local[method](...args);
  }
}

try {
  engine = await startEngine();
  readUrl();
  // The filters show every value with its count until a search fills them with the counts among its results; the
  // search in the address starts meanwhile.
  const everything = engine("filters");
  const searched = run(null);
  const available = await everything;
  if (!filtersFilled) fillFilters(available);
  await searched;
  form.dataset.ready = "true";
} catch (error) {
  status.textContent = words.failed;
  document.getElementById("search-nojs").hidden = false;
  console.error(error);
}
