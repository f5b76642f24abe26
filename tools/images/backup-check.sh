#!/usr/bin/env bash
# Tests the per-schema backup: backs up every app schema of <database> with deploy/backup/backup-schemas.sh,
# restores each into a fresh database with deploy/backup/restore-schema.sh, and compares every table's row count
# and every schema's applied migrations. tools/images/smoke.sh runs it on the database its images filled.
#   tools/images/backup-check.sh <server url, e.g. postgres://postgres@127.0.0.1:5432> <database>
set -euo pipefail
cd "$(dirname "$0")/../.."
server=${1:?usage: backup-check.sh <server url> <database>}
source_db=${2:?usage: backup-check.sh <server url> <database>}
target_db=${source_db}_restored
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
PGOPTIONS=--client-min-messages=warning psql -Xq "$server/postgres" -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS $target_db" -c "CREATE DATABASE $target_db"
deploy/backup/backup-schemas.sh "$server/$source_db" "$dir"
for dump in "$dir"/*.dump; do deploy/backup/restore-schema.sh "$server/$target_db" "$dump"; done
counts() {
  psql -XAtq "$server/$1" -v ON_ERROR_STOP=1 <<'SQL'
SELECT format('SELECT %L || '' '' || count(*) FROM %I.%I', table_schema || '.' || table_name, table_schema, table_name)
FROM information_schema.tables
WHERE table_type = 'BASE TABLE' AND table_schema IN (SELECT table_schema FROM information_schema.tables WHERE table_name = 'migrations' AND table_schema <> 'public')
ORDER BY table_schema, table_name \gexec
SQL
}
counts "$source_db" > "$dir/source.txt"
counts "$target_db" > "$dir/restored.txt"
for schema in $(cut -d. -f1 "$dir/source.txt" | sort -u); do
  echo "$schema migrations $(psql -XAtq "$server/$source_db" -c "SELECT string_agg(name, ',' ORDER BY id) FROM $schema.migrations" | md5sum | cut -c1-8)" >> "$dir/source.txt"
  echo "$schema migrations $(psql -XAtq "$server/$target_db" -c "SELECT string_agg(name, ',' ORDER BY id) FROM $schema.migrations" | md5sum | cut -c1-8)" >> "$dir/restored.txt"
done
if ! diff -u "$dir/source.txt" "$dir/restored.txt"; then echo "[backup] FAILED: the restored database differs"; exit 1; fi
rows=$(awk '$2 != "migrations" {s += $2} END {print s}' "$dir/source.txt")
echo "[backup] $(ls "$dir"/*.dump | wc -l) schemas backed up one by one and restored into the fresh database $target_db: $(grep -vc ' migrations ' "$dir/source.txt") tables, $rows rows, migrations identical"
psql -Xq "$server/postgres" -c "DROP DATABASE $target_db"
