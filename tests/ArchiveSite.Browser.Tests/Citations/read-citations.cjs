// Reads every cite.bib, cite.ris and cite.json under a built site with citation-js (pinned in package.json) and prints
// what it understood as CSL-JSON: {"files": [{"path", "items"}], "problems": [...]}. BibTeX is parsed strictly (each
// entry must have the fields biblatex requires of its type); anything citation-js logs counts as a problem.
'use strict';
const fs = require('fs');
const path = require('path');

const problems = [];
for (const level of ['warn', 'error', 'log', 'info', 'debug']) {
  console[level] = (...args) => problems.push(`${level}: ${args.join(' ')}`);
}

const Cite = require('citation-js');
Cite.plugins.config.get('@bibtex').parse.strict = true;

const root = process.argv[2];
const files = [];
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (/^cite\.(bib|ris|json)$/.test(entry.name)) files.push(full);
  }
};
walk(root);

// The format is forced, not guessed: a file that is not what its name says must fail here.
const formats = { '.bib': '@biblatex/text', '.ris': '@ris/file', '.json': '@csl/list+object' };
const results = [];
for (const file of files) {
  const relative = path.relative(root, file).split(path.sep).join('/');
  const text = fs.readFileSync(file, 'utf8');
  try {
    const input = path.extname(file) === '.json' ? JSON.parse(text) : text;
    const items = Cite.parse.input.chain(input, { forceType: formats[path.extname(file)], generateGraph: false });
    results.push({ path: relative, items: items.map(({ _graph, ...item }) => item) });
  } catch (e) {
    problems.push(`${relative}: ${e && e.message ? e.message : e}`);
  }
}

process.stdout.write(JSON.stringify({ files: results, problems }));
