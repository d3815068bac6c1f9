#!/usr/bin/env python3
"""Validates .synoptic files against resources/schema/session.schema.json.

usage: check_session.py SCHEMA FILE...
Exits 1 with a message naming the file when one is invalid."""
import json, sys

def main():
    import jsonschema
    schema_path, files = sys.argv[1], sys.argv[2:]
    schema = json.load(open(schema_path, encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in files:
        session = json.load(open(path, encoding="utf-8"))
        try:
            jsonschema.validate(session, schema)
        except jsonschema.ValidationError as e:
            print(f"{path}: {e.message} at {list(e.absolute_path)}", file=sys.stderr)
            return 1
        n = len(session["articles"])
        assert sorted(session["columnOrder"]) == list(range(n)), f"{path}: columnOrder is not a permutation"
        print(f"{path}: ok ({n} articles)")
    return 0

if __name__ == "__main__":
    sys.exit(main())
