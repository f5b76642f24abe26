#!/usr/bin/env bash
# Restores one schema from its backup (deploy/backup/backup-schemas.sh) into a database where that schema does not
# exist: a fresh database, or the same one after the damaged schema was renamed aside (never dropped:
#   ALTER SCHEMA supervision RENAME TO supervision_broken_20270101;).
#   deploy/backup/restore-schema.sh <database url> <folder>/<schema>.dump
# One transaction: all of it or nothing. Ownership is kept (the role gov_<schema> must exist: run
# deploy/k8s/postgres-roles.sql first on a new server). Stop the app (scale to 0) before, start it after: it
# finds its migrations table and applies only newer migrations.
set -euo pipefail
url=${1:?usage: restore-schema.sh <database url> <dump file>}
dump=${2:?usage: restore-schema.sh <database url> <dump file>}
sums="$(dirname "$dump")/SHA256SUMS"
if [ -f "$sums" ]; then (cd "$(dirname "$dump")" && grep " $(basename "$dump")\$" SHA256SUMS | sha256sum --check --quiet -); fi
pg_restore --exit-on-error --single-transaction --dbname="$url" "$dump"
echo "restore: $(basename "$dump" .dump) restored"
