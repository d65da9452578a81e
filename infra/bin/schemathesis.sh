#!/usr/bin/env bash
# Runs Schemathesis (pinned, from PyPI) from a virtual environment cached outside the repository,
# created the first time: `bash infra/bin/schemathesis.sh run <schema> ...`. The API's own checks
# (infra/fuzz/entente_checks.py) are loaded as Schemathesis hooks.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VERSION=4.32.5
VENV=${ENTENTE_CACHE_DIR:-$HOME/.cache/entente}/schemathesis-$VERSION

install() {
  [ -f "$VENV/.installed" ] && return
  echo "schemathesis: installing $VERSION into $VENV" >&2
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$VERSION" >&2
  touch "$VENV/.installed"
}

if [ ! -f "$VENV/.installed" ]; then
  mkdir -p "$(dirname "$VENV")"
  # Two test runs at once install it once.
  (flock -w 900 9 && install) 9>"$VENV.lock"
fi

export PYTHONPATH=$ROOT/infra/fuzz${PYTHONPATH:+:$PYTHONPATH}
export SCHEMATHESIS_HOOKS=entente_checks
exec "$VENV/bin/schemathesis" "$@"
