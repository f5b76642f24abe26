#!/usr/bin/env bash
# Smoke run of the built images, no Docker: builds them (tools/images/build.mjs), then starts duty-and-meetings,
# supervision and the gateway — IMAGES_ALL=1: all ten — each from its own image with `buildah run --network host`
# and the image's own CMD, as user 1000, against this machine's PostgreSQL and NATS. Waits for every
# /health/ready, then tools/images/smoke-drive.ts signs in through the gateway, makes one cross-service call and
# waits for one event; then tools/images/backup-check.sh backs the database up per schema and restores it into a
# fresh one. A fresh database (gov_images_smoke) and a NATS namespace of its own, fresh keys (npm run keys).
#   tools/images/smoke.sh            SMOKE_SKIP_BUILD=1: use the images already built
# Env: SMOKE_PG (postgres://postgres@127.0.0.1:5432), NATS_URL (nats://127.0.0.1:4222), GOV_IMAGES_DIR, STORAGE_DRIVER.
set -euo pipefail
export BUILDAH_ISOLATION=chroot
cd "$(dirname "$0")/../.."
store=${GOV_IMAGES_DIR:-/var/lib/gov-office-images}
B=(buildah --root "$store/storage" --runroot "$store/run" --storage-driver "${STORAGE_DRIVER:-overlay}")
pg=${SMOKE_PG:-postgres://postgres@127.0.0.1:5432}
nats=${NATS_URL:-nats://127.0.0.1:4222}
db=gov_images_smoke
namespace=smoke$$
version=$(node -p "require('./package.json').version")
if [ "${IMAGES_ALL:-}" = 1 ]; then
  mapfile -t apps < <(node --input-type=module -e "import { APPS } from './tools/apps.mjs'; console.log(APPS.join('\n'))")
else
  apps=(duty-and-meetings supervision gateway)
fi
started=$(date +%s)
[ "${SMOKE_SKIP_BUILD:-}" = 1 ] || node tools/images/build.mjs "${apps[@]}"
built=$(date +%s)

work=$(mktemp -d)
pids=()
containers=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do for _ in $(seq 1 100); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done; kill -KILL -- "-$pid" 2>/dev/null || true; done
  for c in "${containers[@]}"; do "${B[@]}" rm "$c" >/dev/null 2>&1 || true; done
  node --import ./tools/register.mjs tools/images/smoke-drive.ts --drop-streams "$namespace" "$nats" || true
  rm -rf "$work"
}
trap cleanup EXIT

PGOPTIONS=--client-min-messages=warning psql -q "$pg/postgres" -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
node tools/keys.mjs > "$work/keys.env"
key() { grep "^$1=" "$work/keys.env" | cut -d= -f2-; }
free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
http_port=$(free_port)

declare -A ops
for app in "${apps[@]}"; do
  suffix=$(echo "$app" | tr 'a-z-' 'A-Z_')
  ops[$app]=$(free_port)
  image=localhost/gov/$app:$version
  ctr=$("${B[@]}" from --pull-never --name "smoke-$app-$$" "$image")
  containers+=("$ctr")
  # The image's own command (CMD), not a hand-written one.
  mapfile -t cmd < <("${B[@]}" inspect --type image --format '{{range .OCIv1.Config.Cmd}}{{println .}}{{end}}' "$image" | sed '/^$/d')
  env=(-e "DATABASE_URL=$pg/$db" -e "NATS_URL=$nats" -e "BUS_NAMESPACE=$namespace" -e "OPS_PORT=${ops[$app]}" -e "INSTANCE_ID=smoke-$app"
       -e "CALLER_VERIFY_KEY=$(key CALLER_VERIFY_KEY)" -e "EVENT_VERIFY_KEYS=$(key EVENT_VERIFY_KEYS)" -e "EVENT_SIGNING_KEY=$(key "EVENT_SIGNING_KEY_$suffix")")
  case $app in
    gateway) env+=(-e "HTTP_PORT=$http_port" -e HTTP_HOST=127.0.0.1 -e "FIELD_ENCRYPTION_KEY=$(key FIELD_ENCRYPTION_KEY)"
                   -e "CALLER_SIGNING_KEY=$(key CALLER_SIGNING_KEY)" -e "JWT_SECRET=$(openssl rand -hex 32)") ;;
    duty-and-meetings|disclosure|document-secretariat|facilities-and-vehicles|foreign-affairs|party-affairs|personnel-finance) env+=(-e "FIELD_ENCRYPTION_KEY=$(key FIELD_ENCRYPTION_KEY)") ;;
  esac
  setsid "${B[@]}" run --network host --isolation chroot --user 1000:1000 "${env[@]}" "$ctr" -- "${cmd[@]}" > "$work/$app.log" 2>&1 &
  pids+=($!)
  # duty-and-meetings first (the others copy its reference data), as in compose and Kubernetes.
  t=$(date +%s)
  until curl -fsS "http://127.0.0.1:${ops[$app]}/health/ready" >/dev/null 2>&1; do
    if ! kill -0 "${pids[-1]}" 2>/dev/null || [ $(( $(date +%s) - t )) -gt 180 ]; then
      cat "$work/$app.log"; echo "[smoke] FAILED: $app did not become ready"; exit 1
    fi
    sleep 0.5
  done
  uid=$(ps -o uid= -p "$(pgrep -n -f 'register-dist.mjs main.mjs')" | tr -d ' ')
  echo "[smoke] $app ($image: ${cmd[*]}, uid $uid): ready on :${ops[$app]}/health/ready in $(( $(date +%s) - t )) s"
done

password=$(grep -E '^\s+sysadmin\s+\S+\s*$' "$work/gateway.log" | awk '{print $2}')
[ -n "$password" ] || { cat "$work/gateway.log"; echo "[smoke] FAILED: no generated administrator password"; exit 1; }
node --import ./tools/register.mjs tools/images/smoke-drive.ts "http://127.0.0.1:$http_port" sysadmin "$password" "$pg/$db"
# The per-schema backup of what the images wrote, restored into a fresh database and compared.
tools/images/backup-check.sh "$pg" "$db"
for app in "${apps[@]}"; do
  if grep -E '"level":(50|60)' "$work/$app.log" >/dev/null; then echo "[smoke] errors logged by $app:"; grep -E '"level":(50|60)' "$work/$app.log" | head -5; fi
done
echo "[smoke] passed: ${#apps[@]} images (${apps[*]}); build $(( built - started )) s, run $(( $(date +%s) - built )) s"
