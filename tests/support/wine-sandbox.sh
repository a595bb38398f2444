#!/bin/bash
# The sandbox the Windows tests start under Wine: the Linux educonnect-sandbox named by
# EDUCONNECT_LINUX_SANDBOX, with the Windows paths of its arguments made Linux ones.
# Wine starts a Linux program for a Windows one but can neither wait for it nor stop it, so this
# wrapper keeps the sandbox tied to what the Windows side controls: it stops the sandbox when the
# Windows process that started it ends, or when its connection file is removed (SandboxLauncher
# removes it when it stops the server).
here=$(dirname "$0")
arguments=()
connection=""
while [ $# -gt 0 ]; do
  case "$1" in
    --stop-on-stdin-eof) shift ;;  # standard input does not follow the Windows process here
    --connection-file) connection=$("$here/wine-unix.sh" /bin/echo "$2"); arguments+=("$1" "$2"); shift 2 ;;
    *) arguments+=("$1"); shift ;;
  esac
done
# Its output (READY, then one line per request) is kept beside its data, where the Windows side
# reads it (testsupport's Sandbox::log).
output=/dev/null
for ((i = 0; i < ${#arguments[@]}; i++)); do
  if [ "${arguments[i]}" = --data-dir ]; then
    data=$("$here/wine-unix.sh" /bin/echo "${arguments[i + 1]}")
    mkdir -p "$data" && output=$data/sandbox-output.log
  fi
done
parent=$PPID
"$here/wine-unix.sh" "${EDUCONNECT_LINUX_SANDBOX:?the Linux sandbox to run}" "${arguments[@]}" >>"$output" 2>&1 &
child=$!
trap 'kill $child 2>/dev/null' EXIT
seen=0
while kill -0 "$parent" 2>/dev/null && kill -0 "$child" 2>/dev/null; do
  if [ -n "$connection" ]; then
    if [ -s "$connection" ]; then seen=1; elif [ "$seen" = 1 ]; then break; fi
  fi
  sleep 0.2
done
