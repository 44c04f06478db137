// Validates zhibiao's exported schemas and documents with @hyperjump/json-schema (issue 17).
// Same manifest and output as validate.js (ajv) and ../python/validate.py:
//   node validate-hyperjump.mjs MANIFEST
//     →  {"version": v, "schemas": {schema: [errors]}, "documents": {"schema|doc": [pointers]}}
// Hyperjump is ESM only, hence .mjs beside the CommonJS ajv script.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  registerSchema, setMetaSchemaOutputFormat, unregisterSchema, validate,
} from '@hyperjump/json-schema/draft-2020-12';
import '@hyperjump/json-schema/draft-07';
import { BASIC } from '@hyperjump/json-schema/experimental';

const DIALECTS = {
  '7': 'http://json-schema.org/draft-07/schema',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

/** The package's own version; its `exports` map does not export package.json, so read the file. */
function version() {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const file = path.join(here, 'node_modules', '@hyperjump', 'json-schema', 'package.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')).version;
}

/** `#/tables/1/rows/3/target` → `/tables/1/rows/3/target`, the form the other validators print. */
function pointer(instanceLocation) {
  const hash = instanceLocation.indexOf('#');
  return decodeURIComponent(hash < 0 ? instanceLocation : instanceLocation.slice(hash + 1));
}

/**
 * For a failed `contains` hyperjump's BASIC output also lists why each item did not match it: that
 * is the search, not a fault of those items (ajv's script drops the same); the `contains` error
 * itself stays, at the array.
 */
function outsideContains(error) {
  return !/\/contains\//.test(error.absoluteKeywordLocation || '');
}

async function main(manifestPath) {
  setMetaSchemaOutputFormat(BASIC); // a schema the meta-schema rejects is reported with its locations
  const base = path.dirname(manifestPath);
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  const out = { version: version(), schemas: {}, documents: {} };
  for (const c of manifest.cases) {
    const schema = JSON.parse(fs.readFileSync(path.join(base, c.schema), 'utf8'));
    // both drafts of a schema carry the same $id, so each is registered alone and then removed
    const uri = schema.$id || 'https://zhibiao.invalid/' + encodeURIComponent(c.schema);
    let check;
    try {
      registerSchema(schema, uri, DIALECTS[c.draft]);
      check = await validate(uri); // meta-validates the schema and compiles it
      out.schemas[c.schema] = [];
    } catch (e) {
      const detail = e.output ? ' ' + JSON.stringify(e.output).slice(0, 500) : '';
      out.schemas[c.schema] = [String(e.message).split('\n')[0] + detail];
      unregister(uri);
      continue;
    }
    for (const doc of c.documents) {
      const instance = JSON.parse(fs.readFileSync(path.join(base, doc), 'utf8'));
      const result = check(instance, BASIC);
      out.documents[c.schema + '|' + doc] = result.valid ? []
        : (result.errors || []).filter(outsideContains).map((e) => pointer(e.instanceLocation));
    }
    unregister(uri);
  }
  process.stdout.write(JSON.stringify(out));
}

function unregister(uri) {
  try {
    unregisterSchema(uri);
  } catch (e) {
    // not registered: registerSchema itself failed
  }
}

main(process.argv[2]).catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + '\n');
  process.exit(1);
});
