#!/usr/bin/env bash
# Runs inside `dbus-run-session`: turns the accessibility bus on, starts the app under Xvfb,
# and lets tests/atspi/screen_reader.py read and use it as a screen reader would.
# Usage: dbus-run-session -- bash tests/atspi/run.sh APP_BINARY
set -euo pipefail
app="$1"
here="$(cd "$(dirname "$0")" && pwd)"
gdbus call --session --dest org.a11y.Bus --object-path /org/a11y/bus \
  --method org.freedesktop.DBus.Properties.Set org.a11y.Status IsEnabled '<true>' >/dev/null
export LIBGL_ALWAYS_SOFTWARE=1
# In a process group of its own, so that the app, Xvfb and xvfb-run all end together.
setsid xvfb-run -a -s "-screen 0 1600x900x24" "$app" --fresh --size 1400x850 &
runner=$!
status=0
/usr/bin/python3 "$here/screen_reader.py" || status=$?
kill -TERM -- "-$runner" 2>/dev/null || true
sleep 0.5
kill -KILL -- "-$runner" 2>/dev/null || true
wait "$runner" 2>/dev/null || true
exit "$status"
