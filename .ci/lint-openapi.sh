#!/usr/bin/env bash
# Lints an OpenAPI document against the Dutch API Design Rules (Spectral ruleset).
#
#   .ci/lint-openapi.sh [file-or-url]
#
# Default document: portal-web/src/main/resources/openapi/openapi.json; a URL such as
# http://localhost:8080/api/v1/openapi.json lints the published one.
# Ruleset: $ADR_LINTER when set, else ../shared/adr/linter.yaml beside the repository.
# Fails (exit 1) on any rule of severity error; warnings are printed but pass.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
doc=${1:-$root/portal-web/src/main/resources/openapi/openapi.json}
ruleset=${ADR_LINTER:-$here/../../shared/adr/linter.yaml}

if [ ! -f "$ruleset" ]; then
  echo "lint-openapi: ruleset not found at $ruleset; set ADR_LINTER to the API Design Rules linter.yaml" >&2
  exit 2
fi
case "$doc" in
  http://*|https://*) ;;
  *) [ -f "$doc" ] || { echo "lint-openapi: no such file: $doc" >&2; exit 2; } ;;
esac

exec npx --yes @stoplight/spectral-cli@6 lint -r "$ruleset" --fail-severity=error "$doc"
