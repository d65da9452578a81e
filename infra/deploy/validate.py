"""Validates rendered Kubernetes manifests offline, refusing anything it cannot check.

Built-in kinds go to kubernetes-validate (its packaged schemas of one Kubernetes version, strict:
an unknown field is an error). The operators' custom resources have no built-in schema, and the
operators' CRDs are not packaged anywhere this machine reaches: each kind we use has a JSON schema
of its own in schemas/ (the fields we write, typed, unknown fields refused). A kind with neither is
an error, never a silent skip (kubernetes-validate alone only warns). A Helm chart's values file is
checked with --values SCHEMA=FILE.

    python validate.py --kubernetes-version 1.34.0 --schemas DIR [--values SCHEMA=FILE]... FILE...

Prints one line per resource, then a tally; exits 1 when anything failed, 2 on bad usage.
"""

import argparse
import json
import os
import sys

import jsonschema
import kubernetes_validate
import yaml
from kubernetes_validate.utils import SchemaNotFoundError, ValidationError


def documents(path):
    with (sys.stdin if path == "-" else open(path, encoding="utf-8")) as stream:
        return [doc for doc in yaml.safe_load_all(stream) if doc is not None]


def where(error):
    return ".".join(str(part) for part in error.absolute_path) or "(top)"


def custom_schema_file(schemas, resource):
    group_version = resource.get("apiVersion", "")
    return os.path.join(schemas, "%s_%s.json" % (group_version.replace("/", "_"), resource.get("kind", "")))


def load_schema(path):
    with open(path, encoding="utf-8") as stream:
        schema = json.load(stream)
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


def check_against(schema, instance):
    """The first error of the instance against the schema, as `path: message`, or None."""
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(instance), key=lambda e: list(e.absolute_path))
    return "%s: %s" % (where(errors[0]), errors[0].message) if errors else None


def validate_resource(resource, version, schemas):
    """(verdict, how) for one resource: verdict is 'ok' or an error message."""
    if not isinstance(resource, dict) or "kind" not in resource or "apiVersion" not in resource:
        return "not a Kubernetes object (no apiVersion or kind)", "-"
    try:
        checked = kubernetes_validate.validate(resource, version, strict=True)
        return "ok", "Kubernetes %s schema, strict" % checked
    except ValidationError as error:
        return "%s: %s" % (where(error), error.message), "Kubernetes %s schema, strict" % error.version
    except SchemaNotFoundError:
        pass
    path = custom_schema_file(schemas, resource)
    if not os.path.exists(path):
        return "no schema for %s %s: refused (add one to %s)" % (resource["apiVersion"], resource["kind"], schemas), "-"
    problem = check_against(load_schema(path), resource)
    return problem or "ok", os.path.basename(path)


def name_of(resource):
    metadata = resource.get("metadata") if isinstance(resource, dict) else None
    name = metadata.get("name") if isinstance(metadata, dict) else None
    return "%s/%s" % (resource.get("kind", "?") if isinstance(resource, dict) else "?", name or "?")


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kubernetes-version", required=True)
    parser.add_argument("--schemas", required=True, help="folder of the custom resources' JSON schemas")
    parser.add_argument("--values", action="append", default=[], metavar="SCHEMA=FILE", help="a Helm values file and its schema")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args(argv)
    if not args.files and not args.values:
        parser.error("nothing to validate")
    counts = {"built-in": 0, "custom": 0, "values": 0, "failed": 0}
    for path in args.files:
        resources = documents(path)
        if not resources:
            print("FAIL %s: no resource in it" % path)
            counts["failed"] += 1
        for resource in resources:
            verdict, how = validate_resource(resource, args.kubernetes_version, args.schemas)
            if verdict == "ok":
                counts["built-in" if how.startswith("Kubernetes") else "custom"] += 1
                print("ok   %s (%s)" % (name_of(resource), how))
            else:
                counts["failed"] += 1
                print("FAIL %s (%s): %s" % (name_of(resource), how, verdict))
    for pair in args.values:
        schema_path, _, values_path = pair.partition("=")
        if not values_path:
            parser.error("--values takes SCHEMA=FILE, got %r" % pair)
        values = documents(values_path)
        problem = check_against(load_schema(schema_path), values[0] if len(values) == 1 else values)
        counts["values" if problem is None else "failed"] += 1
        print("%s %s (%s)%s" % ("ok  " if problem is None else "FAIL", values_path, os.path.basename(schema_path), ": " + problem if problem else ""))
    print("validated: %(built-in)d built-in, %(custom)d custom resources, %(values)d values files; %(failed)d failed" % counts)
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
