#!/bin/bash
# The sandbox the Windows tests start under Wine: the Linux educonnect-sandbox named by
# EDUCONNECT_LINUX_SANDBOX, with the Windows paths of its arguments made Linux ones.
# Wine starts a Linux program for a Windows one but can neither wait for it nor stop it (and the
# program is not its child), so this wrapper holds the sandbox on a lease that the Windows side
# controls: the connection file. The sandbox stops when that file is removed or replaced
# (SandboxLauncher removes it when it stops the server; a restart writes a new one), when its
# folder goes, or after an hour at most.
here=$(dirname "$0")
arguments=()
connection=""
data=""
while [ $# -gt 0 ]; do
  case "$1" in
    --stop-on-stdin-eof) shift ;;  # standard input does not follow the Windows process here
    --connection-file) connection=$("$here/wine-unix.sh" /bin/echo "$2"); arguments+=("$1" "$2"); shift 2 ;;
    --data-dir) data=$("$here/wine-unix.sh" /bin/echo "$2"); arguments+=("$1" "$2"); shift 2 ;;
    *) arguments+=("$1"); shift ;;
  esac
done
# Its output (READY, then one line per request) is kept beside its data, where the Windows side
# reads it (testsupport's Sandbox::log); nothing holds the test's own output open.
output=/dev/null
if [ -n "$data" ]; then mkdir -p "$data" && output=$data/sandbox-output.log; fi
exec </dev/null >>"$output" 2>&1
"$here/wine-unix.sh" "${EDUCONNECT_LINUX_SANDBOX:?the Linux sandbox to run}" "${arguments[@]}" &
child=$!
trap 'kill $child 2>/dev/null' EXIT
lease=""
deadline=$((SECONDS + 3600))
while kill -0 "$child" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
  if [ -n "$connection" ]; then
    current=$(cat "$connection" 2>/dev/null || true)
    if [ -z "$lease" ]; then
      lease=$current
    elif [ "$current" != "$lease" ]; then
      break
    fi
  fi
  [ -z "$data" ] || [ -d "$data" ] || break
  sleep 0.2
done
