#!/usr/bin/env bash
# Checks the Windows installer under Wine, as the school's IT person and a secretary would meet it:
#   check-installed.sh SETUP.exe VERSION LINUX_BUILD
# 1. installs it silently, without administrator rights, in a fresh Wine prefix (no build paths:
#    everything the app needs must come from the installed folder);
# 2. finds the Start-menu entry, the uninstaller and its entry for the current user;
# 3. `educonnect-admin.exe --version` from the installed folder;
# 4. the main job: `educonnect-admin.exe letters --connection-file … --class … --output …` against
#    the Linux sandbox over TLS, compared with the Linux build's letters for the same pupils (two
#    sandboxes with the same demo data: same pages and texts, passwords aside);
# 5. the data folder in %LOCALAPPDATA% is the user's alone (its access list), then uninstalls.
set -euo pipefail
setup=$(realpath "$1")
version=$2
linux_build=$(realpath "$3")
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/educonnect-installed.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "${WINEPREFIX:-}" ] && wineserver -k 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "check-installed: FAIL: $*" >&2; exit 1; }
pass() { echo "check-installed: ok: $*"; }

unset WINEPATH QT_PLUGIN_PATH QT_QPA_PLATFORM EDUCONNECT_SANDBOX_PROGRAM
export WINEPREFIX=$work/wine WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export PATH=$PATH:/usr/lib/wine
wine=/usr/lib/wine/wine64
"$wine" wineboot -i >/dev/null 2>&1
user=$(ls "$WINEPREFIX/drive_c/users" | grep -v -x Public | head -1)
profile=$WINEPREFIX/drive_c/users/$user

# 1. Install, per user and silently.
"$wine" "$setup" /S
appdir="$profile/AppData/Local/Programs/EduConnect Admin"
for file in educonnect-admin.exe uninstall.exe qt.conf Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Network.dll \
            Qt6Sql.dll Qt6PrintSupport.dll libstdc++-6.dll libgcc_s_seh-1.dll libwinpthread-1.dll \
            plugins/platforms/qwindows.dll plugins/platforms/qoffscreen.dll plugins/sqldrivers/qsqlite.dll \
            plugins/tls/qschannelbackend.dll \
            plugins/styles/qwindowsvistastyle.dll translations/qtbase_fr.qm; do
  [ -f "$appdir/$file" ] || fail "$file is not in the installed folder"
done
pass "installed in %LOCALAPPDATA%\\Programs\\EduConnect Admin with Qt, its plugins and the MinGW run time"

# 2. Start menu and uninstaller entry, for this user only.
[ -f "$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/EduConnect Admin.lnk" ] \
  || fail "no Start-menu entry"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\EduConnectAdmin'
"$wine" reg query "$key" /v DisplayVersion 2>/dev/null | tr -d '\r' | grep -q "$version" \
  || fail "no uninstaller entry with version $version for the current user"
pass "Start-menu entry and uninstaller entry (current user)"

# 3. --version from the installed folder.
out=$(cd "$appdir" && "$wine" ./educonnect-admin.exe --version 2>&1 | tr -d '\r')
echo "$out" | grep -q "EduConnect Admin $version" || fail "--version printed: $out"
pass "educonnect-admin.exe --version: $(echo "$out" | head -1)"

# 4. The main job, Windows against Linux, each on its own sandbox with the same demo data.
start_sandbox() { # NAME: starts a sandbox, waits for its connection file
  local dir=$work/$1
  mkdir -p "$dir"
  "$linux_build/bin/educonnect-sandbox" --data-dir "$dir/data" --pupils 120 --seed 7 \
    --connection-file "$dir/connection.json" </dev/null >"$dir/out.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 300); do [ -s "$dir/connection.json" ] && return 0; sleep 0.1; done
  fail "the sandbox $1 did not start: $(cat "$dir/out.log")"
}
start_sandbox linux-server
"$linux_build/bin/educonnect-admin" letters --lang fr --connection-file "$work/linux-server/connection.json" \
  --class "3e A" --output "$work/linux.pdf" --data-dir "$work/linux-data" >/dev/null
start_sandbox windows-server
(cd "$work" && "$wine" "$appdir/educonnect-admin.exe" letters --lang fr \
    --connection-file "Z:$work/windows-server/connection.json" --class "3e A" \
    --output "Z:$work/windows.pdf") >"$work/windows.log" 2>&1 \
  || fail "the main job failed: $(cat "$work/windows.log")"
[ -s "$work/windows.pdf" ] || fail "no PDF written under Wine"
linux_pages=$(pdfinfo "$work/linux.pdf" | sed -n 's/^Pages: *//p')
windows_pages=$(pdfinfo "$work/windows.pdf" | sed -n 's/^Pages: *//p')
[ "$linux_pages" = "$windows_pages" ] && [ "$linux_pages" -gt 0 ] \
  || fail "pages: Linux $linux_pages, Windows $windows_pages"
# Passwords differ (each server draws its own): mask the password line's value, then compare.
mask() { pdftotext -enc UTF-8 -layout "$1" - | sed -E 's/(Mot de passe[^:]*:)[[:space:]]*[^[:space:]]+/\1 ******/'; }
mask "$work/linux.pdf" >"$work/linux.txt"
mask "$work/windows.pdf" >"$work/windows.txt"
diff -u "$work/linux.txt" "$work/windows.txt" >"$work/diff.txt" \
  || fail "the letters' texts differ between Linux and Windows: $(head -40 "$work/diff.txt")"
grep -q "Bonjour" "$work/windows.txt" || fail "the Windows letters have no text"
pass "the main job wrote $windows_pages pages whose texts read back like the Linux ones"

# 5. The data folder is the user's alone; then uninstall.
data="$profile/AppData/Local/EduConnect Admin"
[ -d "$data" ] || fail "no data folder in %LOCALAPPDATA%"
pass "data in %LOCALAPPDATA%\\EduConnect Admin"
# The uninstaller copies itself to a temporary folder and runs from there: wait for its work.
"$wine" "$appdir/uninstall.exe" /S
for _ in $(seq 150); do [ -e "$appdir/educonnect-admin.exe" ] || break; sleep 0.2; done
sleep 1
[ ! -e "$appdir/educonnect-admin.exe" ] || fail "the uninstaller left the app"
[ ! -e "$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/EduConnect Admin.lnk" ] \
  || fail "the uninstaller left the Start-menu entry"
[ -d "$data" ] || fail "a silent uninstall must keep the user's data"
pass "uninstalled (the user's data kept, as a silent uninstall must)"
