# shellcheck shell=bash
# The custom search attributes the case workflows upsert (keys in
# workflows/src/shared/case-search-attributes.ts), as NAME=TYPE: one list for every server the
# engines run, the CLI's dev server (temporal.sh) and Temporal's own server (infra/temporal-server/).
# A workflow task that upserts an unregistered one fails. Sourced after infra/lib/common.sh.
TEMPORAL_SEARCH_ATTRIBUTES=(
  EntenteCaseType=Keyword
  EntenteStage=Keyword
  EntenteTeam=Keyword
  EntenteAssignee=Keyword
  EntenteDueAt=Datetime
  EntenteBreached=Bool
)

# Registers each in namespace `default`, one name per call: the CLI (v1.5.1) registers only the
# first of several `--name`s. `create` is idempotent for a name already registered with the same
# type, so this runs on every `up`. $1 is the CLI, the rest its connection flags.
temporal_register_search_attributes() { # cli connection-flags...
  local cli=$1 entry
  shift
  for entry in "${TEMPORAL_SEARCH_ATTRIBUTES[@]}"; do
    timeout 30 "$cli" operator search-attribute create "$@" -n default --name "${entry%%=*}" --type "${entry#*=}" >/dev/null \
      || die "temporal: could not register the search attribute ${entry%%=*} (${entry#*=})"
  done
}
