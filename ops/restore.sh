#!/usr/bin/env bash
# Restores a backup made by ops/backup.sh into a NEW, empty database, in one transaction (all or nothing).
# It never writes over an existing database: restore next to the damaged one, check it, then point the app at
# it (CCHC_DB_URL) or rename the databases while the app is stopped.
#
#   ops/restore.sh FILE DATABASE             with PostgreSQL's usual variables (PGHOST, PGPORT, PGUSER, PGPASSWORD)
#   ops/restore.sh --compose FILE DATABASE   through docker-compose's postgres service
set -euo pipefail

compose=false
if [[ "${1:-}" == "--compose" ]]; then
  compose=true
  shift
fi
if [[ $# -ne 2 ]]; then
  echo "usage: ops/restore.sh [--compose] FILE DATABASE" >&2
  exit 2
fi
file="$1"
database="$2"
[[ -r "$file" ]] || { echo "cannot read $file" >&2; exit 2; }

if $compose; then
  docker compose exec -T postgres createdb -U cchcflow "$database"
  docker compose exec -T postgres pg_restore --no-owner --no-privileges --exit-on-error --single-transaction \
    -U cchcflow --dbname="$database" < "$file"
else
  createdb "$database"
  pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$database" "$file"
fi
echo "Restored $file into database $database. Start the app on it (CCHC_DB_URL=jdbc:postgresql://…/$database)."
