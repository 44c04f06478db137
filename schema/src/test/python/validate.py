"""Validates zhibiao's exported schemas and documents with Python's jsonschema (issue 17).

Reads a manifest written by ExternalValidatorsTest:
  {"cases": [{"schema": "file.json", "draft": "7" | "2020-12", "documents": ["doc.json", ...]}]}
Prints one JSON object: {"schemas": {schema: [meta-schema errors]},
                         "documents": {"schema|doc": [instance pointers of errors]}}.
Run with /usr/bin/python3 (Debian's python3-jsonschema).
"""
import json
import os
import sys

import jsonschema
from jsonschema import Draft7Validator, Draft202012Validator


def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def main(manifest_path):
    base = os.path.dirname(manifest_path)
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)
    out = {"version": jsonschema.__version__, "schemas": {}, "documents": {}}
    for case in manifest["cases"]:
        with open(os.path.join(base, case["schema"]), encoding="utf-8") as f:
            schema = json.load(f)
        cls = Draft7Validator if case["draft"] == "7" else Draft202012Validator
        try:
            cls.check_schema(schema)
            out["schemas"][case["schema"]] = []
            validator = cls(schema)
        except Exception as e:  # a pattern re cannot compile, or a meta-schema error
            out["schemas"][case["schema"]] = [type(e).__name__ + ": " + str(e).splitlines()[0]]
            continue
        for doc in case["documents"]:
            with open(os.path.join(base, doc), encoding="utf-8") as f:
                instance = json.load(f)
            try:
                errors = [pointer(e.absolute_path) for e in validator.iter_errors(instance)]
            except Exception as e:  # e.g. re.error raised lazily when a pattern is first used
                errors = ["!" + type(e).__name__ + ": " + str(e).splitlines()[0]]
            out["documents"][case["schema"] + "|" + doc] = errors
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
