#!/usr/bin/env bash
# Browser tests of the console in CI: Debian's chromium and CJK fonts (installed when missing), a fresh build, then
# Playwright against `npm run demo` on free ports (started and stopped by the Playwright config), axe included.
# Artefacts: console/test-results/ (screenshots/*.png, results.json, traces of failures).
set -euo pipefail
cd "$(dirname "$0")/.."
# The tests run against `npm run demo`, which keeps to its own embedded database and in-process bus and refuses to
# start when pointed at a shared PostgreSQL or NATS.
unset DATABASE_URL NATS_URL
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium fonts-noto-cjk
fi
mkdir -p tmp
npm run console:typecheck
npm run console:build
# The default run samples: sign-in, the 待办 workbench, the liaison's 督办 journey with its field error and stale
# If-Match, and the API client's freshness; and two of the journeys of 政务公开, 政务信息, 人事财务, 机关事务, 外事 and 党建
# (each under 60 s, each passed twice in a row on a fresh demo), two a day in turn. BROWSER_FULL=1 adds
# every section's journeys (document-secretariat, duty-and-meetings), which take several minutes each on this machine.
if [ -n "${BROWSER_FULL:-}" ]; then
  npm run test:browser
else
  # Two of the six new sections' journeys a day, in turn (all six within three days); the line below names them.
  sections=(disclosure information personnel-finance facilities-and-vehicles foreign-affairs party-affairs)
  day=$(( 10#$(date -u +%j) ))
  today=("${sections[$(( (day * 2) % 6 ))]}" "${sections[$(( (day * 2 + 1) % 6 ))]}")
  echo "browser sample: api-client sign-in supervision workbench ${today[*]} (BROWSER_FULL=1: every spec)"
  npm run test:browser -- api-client sign-in supervision workbench "${today[@]}"
fi
