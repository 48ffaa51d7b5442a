#!/usr/bin/env bash
# The API and e2e suites again, every test host on a new database of a throwaway PostgreSQL
# cluster (scripts/pg-cluster.sh), as a county runs. Run after `npm test`, which builds the interface.
set -euo pipefail
cd "$(dirname "$0")/.."
DESK_TEST_POSTGRES="$(scripts/pg-cluster.sh start)"
export DESK_TEST_POSTGRES
echo "PostgreSQL: $DESK_TEST_POSTGRES"
npx vitest run
npx playwright test
