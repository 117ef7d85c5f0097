#!/usr/bin/env bash
# Remakes the README screenshots from the real app in a real X window (Xvfb), light and dark.
# Needs: xvfb-run (Debian: xvfb xauth), fonts-wqy-microhei for the Chinese names.
set -euo pipefail
cd "$(dirname "$0")/.."
exe=${FACT_EXPLORER:-.venv/bin/fact-explorer}
mkdir -p docs
for theme in light dark; do
  settings=$(mktemp --suffix=.ini)
  QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
    "$exe" --quit-after-show --settings "$settings" --theme "$theme" --select F43 \
    --screenshot "docs/screenshot-$theme.png"
  rm -f "$settings"
  echo "docs/screenshot-$theme.png"
done
