#!/usr/bin/env bash
# Benchmark (README "Benchmark"): a city-year of the product beside the bare Camunda reference of
# ../shared/baseline, phase by phase in one JVM, each on a fresh PostgreSQL database (perf_product, perf_bare,
# perf_bare_auth; dropped and recreated). Prints every phase and a table of ratios, then the flat-cost probe.
# Needs PostgreSQL (CCHC_TEST_PG_URL/USER/PASSWORD, default 127.0.0.1:5432 user postgres).
# Parameters: -Dcommunes=N (3; 36 lifecycles each), -Dyears=N (1; each later year's plan imported when it starts),
# -Dcountry=N (3300) and -DcountryYears=N (5): the history the country roll-up reads, -Dscales=10,30 (open-work
# multiples for the flat-cost probe), -Dwarmup=2 (communes imported and bare lifecycles run before timing),
# -Dflat=false, -Dbare=false, -Dthreads=2, -DdbPrefix=perf_. Offline: add -o.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q test -Dtest=CityYearBenchmark -Dsurefire.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep -E '^benchmark:' | sed 's/^benchmark: //'
