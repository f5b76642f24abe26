#!/usr/bin/env bash
# Backs up each app's schema on its own: one `pg_dump --format=custom --schema=<schema>` file per schema, so one
# service can be restored (or moved) without touching the others.
#   deploy/backup/backup-schemas.sh <database url> <folder> [schema …]
# Default: every app's schema, found as the schemas holding a `migrations` table (each app migrates its own).
# The URL of the administrator (or of a role that can read every schema); the password from PGPASSWORD or
# ~/.pgpass, never on the command line. Writes <folder>/<schema>.dump and <folder>/SHA256SUMS.
# pg_dump must be as new as the server (PostgreSQL 16 deployed: pg_dump 16).
set -euo pipefail
url=${1:?usage: backup-schemas.sh <database url> <folder> [schema …]}
out=${2:?usage: backup-schemas.sh <database url> <folder> [schema …]}
shift 2
schemas=("$@")
if [ ${#schemas[@]} -eq 0 ]; then
  mapfile -t schemas < <(psql -XAtq "$url" -v ON_ERROR_STOP=1 -c "SELECT table_schema FROM information_schema.tables WHERE table_name = 'migrations' AND table_schema NOT IN ('public', 'information_schema') ORDER BY 1")
fi
mkdir -p "$out"
chmod 700 "$out"   # the dumps hold personal data (encrypted fields stay encrypted: keep FIELD_ENCRYPTION_KEY apart)
for schema in "${schemas[@]}"; do
  if [ "$(psql -XAtq "$url" -v ON_ERROR_STOP=1 -c "SELECT count(*) FROM pg_namespace WHERE nspname = '$schema'")" != 1 ]; then
    echo "backup: no schema $schema, skipped" >&2
    continue
  fi
  pg_dump --format=custom --schema="$schema" --file="$out/$schema.dump" "$url"
  echo "backup: $schema → $out/$schema.dump ($(du -h "$out/$schema.dump" | cut -f1))"
done
(cd "$out" && sha256sum -- *.dump > SHA256SUMS)
