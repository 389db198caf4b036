#!/usr/bin/env bash
# Backs up the whole CCHC Flow database (plans, tasks, timers, e-mail outbox, issued reports, history) with
# pg_dump's custom format, then checks that the file can be read back.
#
#   ops/backup.sh [FILE]             pg_dump from PostgreSQL's usual variables: PGHOST, PGPORT, PGUSER,
#                                    PGPASSWORD, PGDATABASE (default database cchcflow)
#   ops/backup.sh --compose [FILE]   through docker-compose's postgres service (run next to docker-compose.yml)
#
# FILE defaults to backups/cchcflow-YYYYMMDD-HHMMSS.dump. The app may keep running: pg_dump reads one
# consistent snapshot. Keep copies off this machine as well (README "Operator guide", Backups).
set -euo pipefail

compose=false
if [[ "${1:-}" == "--compose" ]]; then
  compose=true
  shift
fi
file="${1:-backups/cchcflow-$(date +%Y%m%d-%H%M%S).dump}"
mkdir -p "$(dirname "$file")"

if $compose; then
  docker compose exec -T postgres pg_dump --format=custom --no-owner --no-privileges -U cchcflow cchcflow > "$file"
  docker compose exec -T postgres pg_restore --list < "$file" > /dev/null
else
  pg_dump --format=custom --no-owner --no-privileges --file="$file" "${PGDATABASE:-cchcflow}"
  pg_restore --list "$file" > /dev/null
fi
echo "Backup written and readable: $file ($(du -h "$file" | cut -f1))"
