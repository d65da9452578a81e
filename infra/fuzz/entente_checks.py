"""The API's own rules, checked by Schemathesis on every response (infra/bin/schemathesis.sh)."""

import ast
import json
import threading

import schemathesis

# CPython 3.11 keeps the AST builder's recursion depth in state its threads share; two workers that
# make Hypothesis describe a lambda at once (it parses the lambda's source file) can fail with
# "SystemError: AST constructor recursion depth mismatch", an error of the tool that stops the
# operation it was generating for. One parse at a time.
_parse = ast.parse
_parsing = threading.Lock()


def _parse_one_at_a_time(*args, **kwargs):
    with _parsing:
        return _parse(*args, **kwargs)


ast.parse = _parse_one_at_a_time

# A refusal of what the client sent names what it refuses: a body field, a parameter, a header.
NAMING_STATUSES = {400, 413, 422}


@schemathesis.check
def names_the_field(ctx, response, case):
    """Every 400, 413 and 422 is a problem body whose `field` names the field or parameter."""
    if response.status_code not in NAMING_STATUSES:
        return None
    try:
        body = json.loads(response.content)
    except ValueError:
        raise AssertionError(f"{response.status_code} without a JSON problem body")
    field = body.get("field") if isinstance(body, dict) else None
    if not isinstance(field, str) or not field.strip():
        code = body.get("code") if isinstance(body, dict) else None
        detail = body.get("detail") if isinstance(body, dict) else body
        raise AssertionError(f"{response.status_code} {code} names no field: {detail}")
    return None
