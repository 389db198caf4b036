#!/usr/bin/env bash
# Benchmark: 100 communes each importing the seed 001 plan (3,600 task lifecycles) on PostgreSQL,
# then one commune's summary and the city roll-up. Needs PostgreSQL (CCHC_TEST_PG_URL/USER/PASSWORD,
# default 127.0.0.1:5432 user postgres). Prints the figures; -Dcommunes=N to change the size.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=CityRollupBenchmark -Dsurefire.excludedGroups= "$@" | grep '^benchmark:'
