#!/usr/bin/env bash
# Runs a program of the Windows build under Wine: the CMAKE_CROSSCOMPILING_EMULATOR that
# packaging/windows/build.sh gives that build, so CTest runs each Windows test this way.
#   wine-run.sh WINDOWS_PREFIX PROGRAM.exe [ARGUMENTS...]
# Qt's DLLs come from the Windows prefix (Qt built by build.sh), the MinGW run time from the cross
# compiler; plugins from the prefix. Temporary files go to a folder Linux programs can read too
# (Wine's Z: drive), so the Linux tools the tests call (sandbox, poppler) see the same paths.
set -euo pipefail
prefix=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
export WINEPREFIX=${EDUCONNECT_WINEPREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/educonnect-windows/wine}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES="mscoree,mshtml=${WINEDLLOVERRIDES:+;$WINEDLLOVERRIDES}"
wine=/usr/lib/wine/wine64
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  # First use: make the prefix once (concurrent tests wait for the first one).
  mkdir -p "$(dirname "$WINEPREFIX")"
  exec 9>"$WINEPREFIX.lock"
  flock 9
  [ -f "$WINEPREFIX/system.reg" ] || "$wine" wineboot -i >/dev/null 2>&1
  flock -u 9
fi
windows_path() { printf 'Z:%s' "${1//\//\\}"; }
runtime=$(dirname "$(realpath "$(x86_64-w64-mingw32-g++-posix -print-file-name=libstdc++-6.dll)")")
threads=$(dirname "$(realpath "$(x86_64-w64-mingw32-g++-posix -print-file-name=libwinpthread-1.dll)")")
export WINEPATH="$(windows_path "$prefix/bin");$(windows_path "$runtime");$(windows_path "$threads")"
export QT_PLUGIN_PATH=$(windows_path "$prefix/plugins")
# Without a console window, Qt on Windows sends messages to the debugger (OutputDebugString), and
# so does QtTest's plain-text log: keep messages on stderr, and have QtTest tests report in TAP
# (written to stdout as is), where CTest reads them.
export QT_FORCE_STDERR_LOGGING=1
# The offscreen platform on Windows reads fonts from one folder (Qt's own lib/fonts, empty) and,
# without the Windows UI font, falls back to the first family there: a folder of DejaVu Sans (the
# Linux tests' default font) and DejaVu Sans Mono only, so that layouts measure alike.
fonts=${TMPDIR:-/tmp}/educonnect-wine-fonts
if [ ! -e "$fonts/DejaVuSans.ttf" ]; then
  mkdir -p "$fonts"
  for f in /usr/share/fonts/truetype/dejavu/DejaVuSans*.ttf; do ln -sf "$f" "$fonts/"; done
fi
export QT_QPA_FONTDIR=${QT_QPA_FONTDIR:-$(windows_path "$fonts")}
# Wine does not pass the Unix environment's QT_* variables to Windows programs (so the tests'
# QT_QPA_PLATFORM=offscreen never arrived, and widgets tried real windows, with no display).
# Windows names are case-insensitive: passed as qt_*, Qt finds them all the same.
for name in $(compgen -e); do
  case "$name" in
    QT_*) export "qt_${name#QT_}=${!name}" ;;
  esac
done
case "$(basename "$1")" in
  tst_*.exe) set -- "$1" -o -,tap "${@:2}" ;;
esac
tmp=${TMPDIR:-/tmp}/educonnect-wine
mkdir -p "$tmp"
export TEMP=$(windows_path "$tmp") TMP=$(windows_path "$tmp")
# Linux programs the Windows tests start: the sandbox, and poppler to read PDFs back.
export EDUCONNECT_UNIX_RUNNER=$here/wine-unix.sh
exec "$wine" "$@"
