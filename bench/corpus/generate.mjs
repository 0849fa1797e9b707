#!/usr/bin/env node
// generate.mjs N DIR [--seed S]: writes a synthetic archive — site.yml, tags.yml, entities.yml and
// digests/YYYY/<slug>.md — of N digests in the digest format of the README, the same for the same N and seed.
//
// The corpus is shaped like a real archive at scale, so timings mean something: digests of about 4.6 KB (front
// matter plus two to four sections of prose, lists and quotes, with emphasis and links), one to four of sixteen
// themes with a long tail (a few themes hold most digests), one to three of sixty organisations, one source each,
// dates spread over 2016–2026, and some titles in accented Latin or with an emoji. The same digests/ folder
// builds with the Hugo site in ../hugo-site (Hugo reads the front matter as it is), so both tools are timed on
// identical content. Plain Node.js, no packages: a fresh clone can run it.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const usage = "usage: node bench/corpus/generate.mjs N DIR [--seed S]";

/** A small deterministic generator (mulberry32): the corpus must not depend on Node's Math.random. */
function randomSource(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const between = (low, high) => low + Math.floor(next() * (high - low + 1)); // inclusive
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, between, pick };
}

const themes = [
  ["artist-rights", "Artist rights"], ["corporate-accountability", "Corporate accountability"],
  ["labor", "Labour"], ["copyright", "Copyright"], ["privacy", "Privacy"], ["surveillance", "Surveillance"],
  ["bias", "Bias and discrimination"], ["transparency", "Transparency"], ["safety", "Safety"],
  ["regulation", "Regulation"], ["misinformation", "Misinformation"], ["deepfakes", "Deepfakes"],
  ["worker-exploitation", "Worker and tester exploitation"], ["environment", "Environmental impact"],
  ["education", "Education"], ["healthcare", "Healthcare"],
];

const organisations = [
  "OpenAI", "Anthropic", "Google", "DeepMind", "Meta", "Microsoft", "Amazon", "Apple", "Nvidia", "IBM",
  "Stability AI", "Midjourney", "Runway", "Hugging Face", "Mistral AI", "Cohere", "Character.AI", "Inflection",
  "xAI", "Perplexity", "Clearview AI", "Palantir", "Tesla", "TikTok", "ByteDance", "Baidu", "Alibaba", "Tencent",
  "Samsung", "Adobe", "Getty Images", "Shutterstock", "Reddit", "Stack Overflow", "The New York Times",
  "Associated Press", "European Commission", "European Parliament", "Council of Europe", "FTC",
  "US Copyright Office", "CNIL", "Garante", "ICO", "Ofcom", "UNESCO", "Scale AI", "Sama", "Appen",
  "Worldcoin", "Uber", "Deliveroo", "Rite Aid", "Zoom", "Spotify", "Universal Music Group", "SAG-AFTRA",
  "Writers Guild of America", "Authors Guild", "Electronic Frontier Foundation",
];

const outlets = [
  "Reuters", "Associated Press", "The Guardian", "BBC News", "Wired", "The Verge", "Ars Technica",
  "TechCrunch", "Le Monde", "Der Spiegel", "El País", "Rest of World", "MIT Technology Review", "Nature",
];

const vocabulary = (
  "model models data dataset training trained artists creators consent licence licensing policy leak leaked " +
  "protest company startup users court judge ruling appeal regulator regulation fine privacy complaint " +
  "compensation payment labour contractors testers access early video image voice clone chatbot assistant " +
  "algorithm audit bias report investigation researchers study lawsuit settlement copyright infringement " +
  "scraping opt-out watermark provenance disclosure safety evaluation release rollout moderation workers " +
  "contract union strike election campaign deepfake platform transparency accountability harm evidence " +
  "statement response critics community archive hearing inquiry guidance standards benchmark"
).split(" ");

const titleShapes = [
  (o, a, b) => `${o} sued over ${a} ${b}`,
  (o, a, b) => `Regulators open an inquiry into ${o}'s ${a} ${b}`,
  (o, a, b) => `${o} halts ${a} feature after ${b} complaints`,
  (o, a, b) => `What ${o} told ${a} testers about ${b}`,
  (o, a, b) => `Court weighs ${o}'s ${a} defence in ${b} case`,
  (o, a, b) => `Internal documents show how ${o} balanced ${a} and ${b}`,
  (o, a, b) => `Créateurs et éditeurs contestent the ${a} plans of ${o}`,
  (o, a, b) => `Workers organise against ${o} over ${a} and ${b}`,
  (o, a, b) => `The ${a} ${b} row with ${o}, explained 🧭`,
];

/** One sentence of 8–22 words from the vocabulary; some words emphasised or linked, as curators write. */
function sentence(rng, fewest = 8, most = 22) {
  const words = Array.from({ length: rng.between(fewest, most) }, () => rng.pick(vocabulary));
  if (rng.next() < 0.15) {
    const i = rng.between(0, words.length - 1);
    words[i] = `*${words[i]}*`;
  }
  if (rng.next() < 0.1) {
    const i = rng.between(0, words.length - 1);
    words[i] = `[${words[i]}](https://example.net/${words[i]})`;
  }
  const text = words.join(" ");
  return text[0].toUpperCase() + text.slice(1) + ".";
}

const paragraph = (rng) => Array.from({ length: rng.between(3, 6) }, () => sentence(rng)).join(" ");

/** Theme keys with a long tail: the n-th theme is drawn with weight 1/n. */
function theme(rng) {
  const total = themes.reduce((sum, _, i) => sum + 1 / (i + 1), 0);
  let draw = rng.next() * total;
  for (let i = 0; i < themes.length; i++) {
    draw -= 1 / (i + 1);
    if (draw < 0) return themes[i][0];
  }
  return themes[themes.length - 1][0];
}

const quoted = (text) => `"${text.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
const twoDigits = (n) => String(n).padStart(2, "0");

function digest(rng, index) {
  const year = rng.between(2016, 2026);
  const date = `${year}-${twoDigits(rng.between(1, year < 2026 ? 12 : 10))}-${twoDigits(rng.between(1, 28))}`;
  const organisation = rng.pick(organisations);
  const title = rng.pick(titleShapes)(organisation, rng.pick(vocabulary), rng.pick(vocabulary));
  const words = title.toLowerCase().replaceAll("'", "").split(/\s+/).filter((w) => /^[a-z0-9]+$/.test(w));
  const slug = [`d${String(index).padStart(6, "0")}`, ...words.slice(0, 5)].join("-");
  const tags = [...new Set(Array.from({ length: rng.between(1, 4) }, () => theme(rng)))];
  const named = new Set([organisation]);
  for (let extra = rng.between(0, 2); extra > 0; extra--) named.add(rng.pick(organisations));
  const summary = [sentence(rng, 8, 14), sentence(rng, 8, 14)].join(" ").slice(0, 390);

  const body = [];
  for (let section = rng.between(2, 4); section > 0; section--) {
    const heading = Array.from({ length: rng.between(2, 5) }, () => rng.pick(vocabulary)).join(" ");
    body.push(`## ${heading[0].toUpperCase()}${heading.slice(1)}`);
    for (let p = rng.between(1, 3); p > 0; p--) body.push(paragraph(rng));
    if (rng.next() < 0.5) {
      body.push(Array.from({ length: rng.between(2, 5) }, () => `- ${sentence(rng, 4, 10)}`).join("\n"));
    }
    if (rng.next() < 0.25) body.push(`> ${sentence(rng)}`);
  }

  const frontMatter = [
    "---",
    `title: ${quoted(title)}`,
    `date: ${date}`,
    `summary: ${quoted(summary)}`,
    `tags: [${tags.join(", ")}]`,
    `entities: [${[...named].sort().map(quoted).join(", ")}]`,
    "sources:",
    `  - outlet: ${quoted(rng.pick(outlets))}`,
    `    title: ${quoted(title)}`,
    `    published: ${date}`,
    `    url: https://news.example.org/${year}/${slug}`,
    "---",
    "",
  ];
  return { year, slug, text: frontMatter.join("\n") + body.join("\n\n") + "\n" };
}

function main(args) {
  let seed = 1;
  const at = args.indexOf("--seed");
  if (at >= 0) {
    seed = Number.parseInt(args[at + 1], 10);
    args.splice(at, 2);
  }
  const count = Number.parseInt(args[0], 10);
  if (args.length !== 2 || !Number.isInteger(count) || count < 0 || !Number.isInteger(seed)) {
    console.error(usage);
    process.exit(2);
  }
  const folder = args[1];
  const rng = randomSource(seed);
  mkdirSync(join(folder, "digests"), { recursive: true });
  writeFileSync(join(folder, "site.yml"), [
    `title: "Generated archive (${count} digests)"`,
    `description: "A synthetic archive for benchmarks."`,
    `base_url: "https://example.org/archive/"`,
    "language: en",
    "page_size: 50",
    "",
  ].join("\n"));
  writeFileSync(join(folder, "tags.yml"), themes
    .map(([key, title]) => `${key}:\n  title: ${quoted(title)}\n  description: ${quoted(`${title} and AI systems.`)}\n`)
    .join(""));
  writeFileSync(join(folder, "entities.yml"), organisations
    .map((name) => `${quoted(name)}:\n  description: ${quoted(`${name}, as named in generated digests.`)}\n`)
    .join(""));
  const years = new Set();
  for (let i = 0; i < count; i++) {
    const { year, slug, text } = digest(rng, i);
    if (!years.has(year)) {
      mkdirSync(join(folder, "digests", String(year)), { recursive: true });
      years.add(year);
    }
    writeFileSync(join(folder, "digests", String(year), `${slug}.md`), text);
  }
}

main(process.argv.slice(2));
