'use strict';
// Validates zhibiao's exported schemas and documents with ajv in strict mode (issue 17).
// Same manifest and output as ../python/validate.py:
//   node validate.js MANIFEST  →  {"schemas": {schema: [errors]}, "documents": {"schema|doc": [pointers]}}
const fs = require('fs');
const path = require('path');
const Ajv7 = require('ajv').default;
const Ajv2020 = require('ajv/dist/2020').default;

/** The editor annotations zhibiao's schemas carry (yaml-language-server, VS Code); no validator reads them. */
const EDITOR_KEYWORDS = ['patternErrorMessage', 'errorMessage', 'markdownDescription'];

/**
 * Strict mode, with union types allowed: a number may be given as its digits (`year: "2024"`), as
 * the reader takes it, and `type: ["integer", "string"]` says so without a oneOf that forms would
 * draw as a choice.
 */
function ajvFor(draft) {
  const options = { strict: true, allowUnionTypes: true, allErrors: true };
  const ajv = draft === '7' ? new Ajv7(options) : new Ajv2020(options);
  for (const keyword of EDITOR_KEYWORDS) {
    ajv.addKeyword({ keyword, schemaType: 'string' });
  }
  return ajv;
}

function main(manifestPath) {
  const base = path.dirname(manifestPath);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const out = { version: require('ajv/package.json').version, schemas: {}, documents: {} };
  for (const c of manifest.cases) {
    const schema = JSON.parse(fs.readFileSync(path.join(base, c.schema), 'utf8'));
    let validate;
    try {
      validate = ajvFor(c.draft).compile(schema);
      out.schemas[c.schema] = [];
    } catch (e) {
      out.schemas[c.schema] = [String(e.message).split('\n')[0]];
      continue;
    }
    for (const doc of c.documents) {
      const instance = JSON.parse(fs.readFileSync(path.join(base, doc), 'utf8'));
      validate(instance);
      // with allErrors ajv also lists, for a failed `contains`, why each item did not match it: that is
      // the search, not a fault of those items; the `contains` error itself stays, at the array
      out.documents[c.schema + '|' + doc] = (validate.errors || [])
        .filter((e) => !/\/contains\//.test(e.schemaPath))
        .map((e) => e.instancePath);
    }
  }
  process.stdout.write(JSON.stringify(out));
}

main(process.argv[2]);
