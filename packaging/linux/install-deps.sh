#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build EduConnect Admin and run its tests.
# Idempotent: installs only what is missing. Uses sudo when not run as root.
set -euo pipefail

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
  cups printer-driver-cups-pdf                    # print tests (a cups-pdf queue, started by CTest)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: every package is already installed."
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
