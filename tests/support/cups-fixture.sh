#!/usr/bin/env bash
# CTest fixture for the print tests: a real CUPS scheduler with cups-pdf queues.
#   start: runs cupsd if it is not running, adds EduConnectTestPDF (prints to ~/PDF) and
#          EduConnectTestRejecting (a queue that refuses jobs).
#   stop:  removes the two queues, and stops cupsd if start started it: the machine is left as
#          it was found (a scheduler left running would also be seen, and refuse lpadmin, by
#          tests run later in a chroot on the same machine).
# Needs root (CI runs as root); elsewhere it uses sudo without prompting.
set -eu
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo -n"; fi
ppd=/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd
marker=/run/cups/educonnect-fixture-started

running() { lpstat -r 2>/dev/null | grep -q "is running"; }
# lpadmin warns that PPD drivers are deprecated on every call: keep its other messages.
admin() { $sudo lpadmin "$@" 2> >(grep -v "deprecated" >&2); }

case "${1:-}" in
start)
  # CUPS runs its filters as the unprivileged user lp, who must be able to reach them. A build
  # root made with mktemp (as some throw-away CI roots are) has a 0700 "/", and every job then
  # fails in its filters while CUPS reports it done.
  if ! $sudo runuser -u lp -- test -x /usr/lib/cups/filter/pdftopdf 2>/dev/null; then
    echo "cups-fixture: user lp cannot reach the CUPS filters; letting others traverse /" >&2
    $sudo chmod o+x /
  fi
  if ! running; then
    $sudo mkdir -p /run/cups
    $sudo /usr/sbin/cupsd
    for _ in $(seq 1 200); do running && break; sleep 0.05; done
    running || { echo "cups-fixture: cupsd did not start" >&2; exit 1; }
    $sudo touch "$marker"
  fi
  # The cups-pdf driver with a duplex option, like the secretariat's printer, so duplex choices
  # can be tested (cups-pdf itself ignores them).
  duplexppd=$(mktemp --suffix=.ppd)
  cat "$ppd" - >"$duplexppd" <<'PPD'
*OpenUI *Duplex/2-Sided Printing: PickOne
*OrderDependency: 10 AnySetup *Duplex
*DefaultDuplex: None
*Duplex None/Off: "<</Duplex false>>setpagedevice"
*Duplex DuplexNoTumble/Long Edge: "<</Duplex true/Tumble false>>setpagedevice"
*Duplex DuplexTumble/Short Edge: "<</Duplex true/Tumble true>>setpagedevice"
*CloseUI: *Duplex
PPD
  chmod a+r "$duplexppd"
  admin -p EduConnectTestPDF -E -v cups-pdf:/ -P "$duplexppd"
  rm -f "$duplexppd"
  admin -p EduConnectTestRejecting -E -v cups-pdf:/ -P "$ppd"
  $sudo cupsreject EduConnectTestRejecting
  lpstat -p EduConnectTestPDF >/dev/null
  ;;
stop)
  $sudo lpadmin -x EduConnectTestPDF 2>/dev/null || true
  $sudo lpadmin -x EduConnectTestRejecting 2>/dev/null || true
  if [ -f "$marker" ]; then
    $sudo rm -f "$marker"
    $sudo pkill -x cupsd 2>/dev/null || true
  fi
  ;;
*)
  echo "usage: $0 start|stop" >&2
  exit 2
  ;;
esac
