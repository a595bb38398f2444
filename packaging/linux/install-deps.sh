#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build EduConnect Admin and run its tests, then the
# pinned OpenAPI linter (tests/openapi). Idempotent: installs only what is missing, and needs no
# network when everything is present. Uses sudo for apt when not run as root.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)

packages=(
  # build
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-qpa-plugins
  qt6-httpserver-dev qt6-websockets-dev          # the sandbox server (find_package needs both)
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libssl-dev                                      # the sandbox generates its TLS certificates
  libqrencode-dev                                 # QR code of the activation URL on letters
  libcups2-dev                                    # print jobs go to CUPS directly (checked, no temp file)
  # run time
  fonts-dejavu-core                               # letter fonts (embedded in the PDFs)
  ca-certificates
  # tests: PDFs are read back as a reviewer would, and printed to a real CUPS queue
  poppler-utils
  zbar-tools                                      # decode the letters' QR codes
  python3                                         # read the CSV lists back (its csv module)
  cups printer-driver-cups-pdf                    # print tests (a cups-pdf queue, started by CTest)
  nodejs npm                                      # OpenAPI lint: Redocly CLI, pinned in tests/openapi
)

# Installed per dpkg. Node.js and npm also count when their commands exist: NodeSource's nodejs
# package bundles npm and conflicts with Debian's, so asking apt for npm would fail there.
installed() {
  case "$1" in
    nodejs) command -v node >/dev/null && return 0 ;;
    npm) command -v npm >/dev/null && return 0 ;;
  esac
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

missing=()
for p in "${packages[@]}"; do
  installed "$p" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: every package is already installed."
else
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "install-deps: installing ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Debian 12 ships Node.js 18; the pinned Redocly CLI needs 18.17 or later.
node_version=$(node -p 'process.versions.node')
if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 18 || (a === 18 && b >= 17) ? 0 : 1)'; then
  echo "install-deps: Node.js $node_version is too old for the OpenAPI lint (18.17 or later needed)" >&2
  exit 1
fi

# The OpenAPI linter, exactly as tests/openapi/package-lock.json pins it. `npm ci` wipes the tree and
# downloads it again, so it runs only when package.json or the lockfile changed since the last one
# succeeded (the stamp sits inside node_modules, which `npm ci` removes first).
lint_dir=$root/tests/openapi
stamp=$lint_dir/node_modules/.install-deps-stamp
want=$(cat "$lint_dir/package.json" "$lint_dir/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "install-deps: the OpenAPI linter is already installed."
else
  echo "install-deps: installing the OpenAPI linter (npm ci in tests/openapi, Node.js $node_version)"
  # Trust the machine's certificate store too (a company or school proxy's CA lives there), not
  # only the CAs bundled with Node.js.
  if [ -z "${NODE_EXTRA_CA_CERTS:-}" ] && [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    export NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
  fi
  (cd "$lint_dir" && npm ci --no-audit --no-fund --no-update-notifier --ignore-scripts)
  echo "$want" >"$stamp"
fi
