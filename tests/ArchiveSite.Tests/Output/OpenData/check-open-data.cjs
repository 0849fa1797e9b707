// Checks a built site's data/ folder with real validators and prints one JSON report on stdout:
// the Data Package with Frictionless' own library (datapackage 1.x: descriptor against the tabular-data-package
// profile, then every CSV read and cast against its Table Schema, primary and foreign keys included), and
// digests.json and every {year}/digests.json against digests.schema.json with Ajv (JSON Schema 2020-12, formats checked).
// Usage: node check-open-data.cjs DATA_FOLDER   (run by OpenDataTests; modules from the repository's node_modules)
"use strict";
const fs = require("fs");
const path = require("path");
const { Package } = require("datapackage");
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

async function main(folder) {
  const report = { package: { valid: false, errors: [], resources: [] }, json: { valid: false, errors: [] } };

  const dataPackage = await Package.load(path.join(folder, "datapackage.json"), folder);
  report.package.valid = dataPackage.valid;
  report.package.errors = dataPackage.errors.map(String);
  report.package.profile = dataPackage.descriptor.profile;
  report.package.licenses = dataPackage.descriptor.licenses || [];
  for (const resource of dataPackage.resources) {
    const entry = {
      name: resource.name, path: resource.descriptor.path, tabular: resource.tabular, valid: resource.valid,
      errors: resource.errors.map(String), headers: null, fields: [], rows: 0,
    };
    try {
      entry.fields = resource.schema.fields.map((f) => f.name);
      const rows = await resource.read({ keyed: true, relations: true });
      entry.headers = resource.headers;
      entry.rows = rows.length;
    } catch (error) {
      const details = error.errors ? error.errors.map(String) : [];
      entry.errors.push(String(error.message || error), ...details);
    }
    report.package.resources.push(entry);
  }

  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const schema = JSON.parse(fs.readFileSync(path.join(folder, "digests.schema.json"), "utf8"));
  const validate = ajv.compile(schema);
  const digests = JSON.parse(fs.readFileSync(path.join(folder, "digests.json"), "utf8"));
  report.json.valid = validate(digests);
  report.json.errors = (validate.errors || []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);

  // Each year's file (data/{year}/digests.json) against the same schema.
  report.years = [];
  for (const name of fs.readdirSync(folder).filter((n) => /^[0-9]{4}$/.test(n)).sort()) {
    const file = path.join(folder, name, "digests.json");
    const data = JSON.parse(fs.readFileSync(file, "utf8"));
    const valid = validate(data);
    report.years.push({
      folder: name, valid, year: data.year, count: data.count, slugs: data.digests.map((d) => d.slug), dates: data.digests.map((d) => d.date),
      errors: (validate.errors || []).map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`),
    });
  }
  return report;
}

main(process.argv[2]).then(
  (report) => process.stdout.write(JSON.stringify(report) + "\n"),
  (error) => { process.stderr.write(String(error && error.stack || error) + "\n"); process.exit(2); });
