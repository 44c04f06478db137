// Renders a declaration with react-jsonschema-form (@rjsf/core, the ajv8 validator) from a
// template's exported schema, and reports what a person would see (issue 17):
//   node render.mjs MANIFEST.json   with {"cases": [{"schema", "draft": "7"|"2020-12", "document"}]}
//   → [{"schema", "document", "tables": n, "rows": {"0": n, ...}, "errors": [{"property", "name", "message"}]}]
// The HTML is rendered by react-dom/server and read back in jsdom, as a browser would hold it.
import fs from 'node:fs';
import path from 'node:path';
import React from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { JSDOM } from 'jsdom';
import Form from '@rjsf/core';
import { customizeValidator } from '@rjsf/validator-ajv8';
import Ajv2020 from 'ajv/dist/2020.js';
import localize from 'ajv-i18n';

const manifestFile = process.argv[2];
const base = path.dirname(manifestFile);
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const results = [];
for (const c of manifest.cases) {
  const schema = JSON.parse(fs.readFileSync(path.join(base, c.schema), 'utf8'));
  const formData = JSON.parse(fs.readFileSync(path.join(base, c.document), 'utf8'));
  results.push({ schema: c.schema, document: c.document, ...render(schema, c.draft, formData) });
}
process.stdout.write(JSON.stringify(results));

function render(schema, draft, formData) {
  // rjsf's validator, with the draft's ajv and Chinese ajv messages (ajv-i18n), as a Chinese site would set it up
  const options = { ajvOptionsOverrides: { allowUnionTypes: true } };
  if (draft !== '7') {
    options.AjvClass = Ajv2020.default ?? Ajv2020;
  }
  const validator = customizeValidator(options, localize.zh);

  /** The node a JSON pointer (`#/a/b`) names in the schema, or undefined. */
  function at(pointer) {
    let node = schema;
    for (const raw of pointer.replace(/^#\/?/, '').split('/').filter((p) => p.length)) {
      node = node?.[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
    }
    return node;
  }

  /** A form shows the schema's own Chinese words for a value: patternErrorMessage, errorMessage. */
  function transformErrors(errors) {
    return errors.map((error) => {
      const keyword = error.schemaPath?.replace(/\/[^/]*$/, '');
      const node = keyword === undefined ? undefined : at(keyword);
      const own = error.name === 'pattern' ? (node?.patternErrorMessage ?? node?.errorMessage) : node?.errorMessage;
      return own ? { ...error, message: own, stack: `${error.property} ${own}` } : error;
    }).filter((error) => error.name !== 'if'); // "must match then": the error inside `then` says which value
  }

  const html = renderToStaticMarkup(
    React.createElement(Form, { schema, formData, validator, transformErrors, liveValidate: false }),
  );
  const document = new JSDOM(html).window.document;
  const rows = {};
  let tables = 0;
  for (const fieldset of document.querySelectorAll('fieldset[id]')) {
    const row = /^root_tables_(\d+)_rows_(\d+)$/.exec(fieldset.id);
    if (row) {
      rows[row[1]] = (rows[row[1]] ?? 0) + 1;
    }
    if (/^root_tables_\d+$/.test(fieldset.id)) {
      tables++;
    }
  }
  const { errors } = validator.validateFormData(formData, schema, undefined, transformErrors);
  return ({
    tables,
    rows,
    fieldsets: document.querySelectorAll('fieldset').length,
    errors: errors.map((e) => ({ property: e.property, name: e.name, message: e.message })),
  });
}
