"""The API's own rules, checked by Schemathesis on every response (infra/bin/schemathesis.sh)."""

import json

import schemathesis

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
