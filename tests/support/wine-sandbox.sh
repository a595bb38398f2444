#!/usr/bin/env bash
# The sandbox the Windows tests start under Wine: the Linux educonnect-sandbox named by
# EDUCONNECT_LINUX_SANDBOX, with the Windows paths of its arguments made Linux ones.
exec "$(dirname "$0")/wine-unix.sh" "${EDUCONNECT_LINUX_SANDBOX:?the Linux sandbox to run}" "$@"
