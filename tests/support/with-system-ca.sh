#!/usr/bin/env bash
# Runs a command with a test CA in the operating system's trust store, the way
# update-ca-certificates puts one there (in /etc/ssl/certs: the bundle and a hashed link), without
# touching the machine's own store: inside a private mount namespace, a copy of /etc/ssl/certs
# holding the CA hides the real one, for this command only.
# usage: with-system-ca.sh COMMAND [ARG...]
# The command finds the CA, and a server certificate and key it signed for 127.0.0.1, in
# $EDUCONNECT_TRUSTED_CA_DIR (ca.pem, server.pem, server.key).
# Exit code 77 (CTest: skipped) when the machine cannot make a mount namespace (not root).
set -uo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "with-system-ca: needs root to make a private mount namespace; skipped" >&2
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
quiet() { "$@" >"$work/openssl.log" 2>&1 || { cat "$work/openssl.log" >&2; exit 1; }; }

quiet openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 \
  -keyout "$work/ca.key" -out "$work/ca.pem" -subj "/O=EduConnect tests/CN=Test Public Root CA"
quiet openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
  -keyout "$work/server.key" -out "$work/server.csr" -subj "/CN=127.0.0.1"
printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
  >"$work/ext.cnf"
quiet openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca.key" -CAcreateserial \
  -days 2 -extfile "$work/ext.cnf" -out "$work/server.pem"

mkdir "$work/certs"
cp -a /etc/ssl/certs/. "$work/certs/"
cat "$work/ca.pem" >>"$work/certs/ca-certificates.crt"
cp "$work/ca.pem" "$work/certs/educonnect-test-root.pem"
ln -s educonnect-test-root.pem "$work/certs/$(openssl x509 -hash -noout -in "$work/ca.pem").0"

# A mount namespace whose mounts never reach the machine's. In a chroot "/" is not a mount
# point, so unshare cannot make it private; there, going on is safe only if no mount on the
# machine propagates at all (no "shared:" peer group), which /proc/1/mountinfo tells.
if unshare --mount true 2>/dev/null; then
  namespace=(--mount)
elif [ -r /proc/1/mountinfo ] && ! grep -q "shared:" /proc/1/mountinfo; then
  namespace=(--mount --propagation unchanged)
else
  echo "with-system-ca: cannot make a private mount namespace here" >&2
  exit 1
fi

export EDUCONNECT_TRUSTED_CA_DIR="$work"
unshare "${namespace[@]}" -- sh -c 'mount --bind "$0" /etc/ssl/certs && exec "$@"' "$work/certs" "$@"
