// Search page: Pagefind's JS API driven by a plain GET form, so the query and filters live in the URL
// (?q=...&theme=...&sort=newest) and can be bookmarked, shared and restored with the back button.
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
let pagefind;
let sequence = 0;
let shown = [];
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

function fillFilters(available, counts) {
  for (const select of selects) {
    const name = select.dataset.filter;
    const values = Object.keys(available[name] ?? {});
    values.sort(name === "year" ? (a, b) => b.localeCompare(a) : (a, b) => a.localeCompare(b));
    const current = select.value;
    const first = select.options[0];
    select.replaceChildren(first);
    for (const value of values) {
      const count = counts?.[name]?.[value] ?? 0;
      select.add(new Option(`${value} (${count})`, value));
    }
    select.value = current;
  }
}

function text(tag, content, className) {
  const element = document.createElement(tag);
  element.textContent = content;
  if (className) element.className = className;
  return element;
}

function renderResult(data) {
  const item = document.createElement("li");
  const article = document.createElement("article");
  article.className = "card result";
  const heading = document.createElement("h2");
  const link = text("a", data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const meta = document.createElement("p");
  meta.className = "meta";
  const date = text("time", data.meta.date ?? data.meta.published ?? "");
  if (data.meta.published) date.dateTime = data.meta.published;
  meta.append(date);
  if (data.meta.themes) meta.append(" · ", text("span", words.themesLabel, "visually-hidden"), text("span", data.meta.themes, "result-themes"));
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  // Pagefind HTML-escapes the excerpt and adds only <mark> around matched words.
  excerpt.innerHTML = passageOf(data);
  article.append(heading, meta, excerpt);
  item.append(article);
  return item;
}

// The passage to show: the body section (a heading with an id, and the text up to the next) with the most weight of
// matched words, so a word found in the prose shows its sentence rather than the title the card already shows; the
// page's own excerpt when the match is only in the title or summary.
function passageOf(data) {
  const weight = (section) =>
    (section.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0) || (section.locations ?? []).length;
  let best = null;
  for (const section of data.sub_results ?? []) {
    if (section.anchor && weight(section) > (best ? weight(best) : 0)) best = section;
  }
  return best ? best.excerpt : data.excerpt;
}

async function showMore() {
  const start = list.children.length;
  const next = shown.slice(start, start + pageSize);
  const data = await Promise.all(next.map((r) => r.data()));
  list.append(...data.map(renderResult));
  document.getElementById("search-more")?.remove();
  if (list.children.length < shown.length) {
    const more = text("button", words.more);
    more.type = "button";
    more.id = "search-more";
    more.className = "more";
    more.addEventListener("click", async () => {
      const focusIndex = list.children.length;
      await showMore();
      list.children[focusIndex]?.querySelector("a")?.focus();
    });
    list.after(more);
  }
}

// Puts the form's state in the address bar: "push" adds a history entry, "replace" updates the current one.
function remember(history) {
  const url = urlOfForm();
  if (!history || url === location.pathname + location.search) return;
  if (history === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
}

async function run(history) {
  if (!pagefind) return;
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
  const search = await pagefind.search(query || null, { filters, sort });
  if (mine !== sequence || !search) return;
  shown = search.results;
  list.replaceChildren();
  document.getElementById("search-more")?.remove();
  fillFilters(await pagefind.filters(), search.filters);
  await showMore();
  if (mine !== sequence) return;
  const count = search.results.length;
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

try {
  pagefind = await import(form.dataset.bundle + "pagefind.js");
  await pagefind.options({ excerptLength: 24 });
  await pagefind.init();
  readUrl();
  const available = await pagefind.filters();
  fillFilters(available, available);
  readUrl();
  await run(null);
  form.dataset.ready = "true";
} catch (error) {
  status.textContent = words.failed;
  document.getElementById("search-nojs").hidden = false;
  console.error(error);
}
