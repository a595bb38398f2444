#!/usr/bin/env bash
# Starts a Linux program for a Windows program running under Wine (Wine runs Linux executables
# that a Windows process starts), turning the Windows paths among its arguments (C:/…, Z:\…,
# --option=Z:/…) into Linux ones through the Wine prefix's drive links.
#   wine-unix.sh PROGRAM [ARGUMENTS...]
set -euo pipefail
program=$1
shift
# The environment comes from the Windows process: its PATH is Windows-style.
export PATH=/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin
to_unix() {
  local value=$1 head="" path
  if [[ $value =~ ^(--[A-Za-z0-9-]+=)(.*)$ ]]; then head=${BASH_REMATCH[1]}; value=${BASH_REMATCH[2]}; fi
  if [[ $value =~ ^([A-Za-z]):[\\/] ]]; then
    local drive=${BASH_REMATCH[1],,}
    path=${value:2}
    path=${path//\\//}
    if [ "$drive" = z ]; then value=$path; else value=$(realpath -m "$WINEPREFIX/dosdevices/$drive:$path"); fi
  fi
  printf '%s%s' "$head" "$value"
}
arguments=()
for argument in "$@"; do arguments+=("$(to_unix "$argument")"); done
exec "$program" "${arguments[@]}"
