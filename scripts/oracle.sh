#!/usr/bin/env bash
# Runs the offline conformance tools (schema-check, tf-validate, arm-body-check) on synthesized stacks.
# The tools live in the shared oracle folder beside the repository (override with ORACLE_DIR).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
oracle="${ORACLE_DIR:-$here/../shared/oracle}"
target="${1:-cdktf.out}"
if [[ ! -x "$oracle/schema-check" ]]; then
  echo "oracle: conformance tools not found at $oracle (set ORACLE_DIR)" >&2
  exit 2
fi
status=0
for tool in schema-check arm-body-check tf-validate; do
  echo "== $tool $target"
  "$oracle/$tool" "$target" || status=1
done
exit $status
