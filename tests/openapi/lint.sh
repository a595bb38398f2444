#!/usr/bin/env bash
# CTest openapi_lint: docs/api/openapi.yaml must stay valid OpenAPI. Runs the Redocly CLI pinned in
# this folder's package-lock.json, which packaging/linux/install-deps.sh installs with `npm ci`.
# usage: lint.sh [openapi.yaml]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
spec=${1:-$here/../../docs/api/openapi.yaml}
cli=$here/node_modules/@redocly/cli

if ! command -v node >/dev/null; then
  echo "openapi_lint: Node.js is missing; run packaging/linux/install-deps.sh" >&2
  exit 1
fi
# The version this folder pins, not whatever an older install left behind.
pinned=$(node -p "require('$here/package.json').dependencies['@redocly/cli']")
installed=$(node -p "try { require('$cli/package.json').version } catch (e) { 'none' }")
if [ "$installed" != "$pinned" ]; then
  echo "openapi_lint: Redocly CLI $pinned is needed, found $installed in $here/node_modules;" \
       "run packaging/linux/install-deps.sh" >&2
  exit 1
fi

# No usage telemetry and no update check: the test needs no network and reports nothing.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
exec node "$cli/bin/cli.js" lint --config "$here/redocly.yaml" --lint-config error --format stylish "$spec"
