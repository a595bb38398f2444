#!/bin/bash
# Starts a Linux program for a Windows program running under Wine (Wine runs Linux executables
# that a Windows process starts), turning the Windows paths among its arguments (C:/…, Z:\…,
# --option=Z:/…) into Linux ones through the Wine prefix's drive links.
#   wine-unix.sh [--result DIR] PROGRAM [ARGUMENTS...]
# Wine cannot wait for a Linux child nor read its output through the Windows pipes: with
# --result, the program's output goes to DIR/stdout and DIR/stderr, and DIR/exit appears last
# with its exit code, for the Windows side to wait for.
set -euo pipefail
result=""
if [ "${1:-}" = --result ]; then result=$2; shift 2; fi
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
if [ -z "$result" ]; then
  exec "$program" "${arguments[@]}"
fi
result=$(to_unix "$result")
code=0
"$program" "${arguments[@]}" >"$result/stdout" 2>"$result/stderr" </dev/null || code=$?
echo "$code" >"$result/exit.tmp"
mv "$result/exit.tmp" "$result/exit"
