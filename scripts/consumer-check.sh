#!/usr/bin/env bash
# Installs the packed library into throwaway apps outside the repository, as a user would, and proves that it
# type-checks, synthesizes, passes azguard and refuses the same mistake on:
#   cdktf        - cdktf, constructs and @cdktf/provider-azurerm at the newest versions the peer ranges allow
#   oldest       - the oldest versions the peer ranges allow
#   cdk-terrain  - CDK Terrain (cdktn, @cdktn/provider-azurerm) with the app's code importing the fork's packages,
#                  and npm aliases pointing the library's cdktf and @cdktf/provider-azurerm at the fork
# The apps' code is test/consumer/*.ts. Needs the npm registry; no terraform.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
oracle="${ORACLE_DIR:-$repo/../shared/oracle}"
work="$(mktemp -d "${TMPDIR:-/tmp}/azguard-consumer.XXXXXX")"
[[ -n "${KEEP_CONSUMER_APPS:-}" ]] || trap 'rm -rf "$work"' EXIT
# what the apps write to the temporary directory (their synth output) stays in the work directory too
mkdir -p "$work/tmp"
export TMPDIR="$work/tmp"
say() { printf '== consumer: %s\n' "$*"; }
fail() { printf 'consumer check failed: %s\n' "$*" >&2; exit 1; }

cd "$repo"
npm pack --silent --pack-destination "$work" >/dev/null
tarball="$(ls "$work"/*.tgz)"
peer() { node -p "require('./package.json').peerDependencies['$1']"; }
# newest (or oldest) release of a package in a range, prereleases left out
pick() { # pick newest|oldest PACKAGE RANGE
  npm view "$2@$3" version --json | node -e '
    const all = [].concat(JSON.parse(require("fs").readFileSync(0, "utf8"))).filter((v) => !v.includes("-"));
    const key = (v) => v.split(".").map((n) => n.padStart(6, "0")).join(".");
    all.sort((a, b) => key(a).localeCompare(key(b)));
    if (all.length === 0) process.exit(1);
    console.log(process.argv[1] === "newest" ? all[all.length - 1] : all[0]);' "$1"
}
cdktf_range="$(peer cdktf)"; provider_range="$(peer @cdktf/provider-azurerm)"; constructs_range="$(peer constructs)"
typescript="$(node -p "require('./package.json').devDependencies.typescript")"
types_node="$(node -p "require('./package.json').devDependencies['@types/node']")"
fast_check="$(node -p "require('./package.json').devDependencies['fast-check']")"

# app NAME DEPENDENCIES_JSON [OVERRIDES_JSON]: writes the app, installs it, type-checks it
app() {
  local dir="$work/$1"
  mkdir -p "$dir"
  cp "$repo"/test/consumer/{main.ts,invalid.ts,property.ts,tsconfig.json,tsconfig.property.json,cdktf.json} "$dir/"
  node -e '
    const [name, deps, overrides] = process.argv.slice(1);
    const pkg = { name, version: "0.0.0", private: true, dependencies: JSON.parse(deps) };
    if (overrides) pkg.overrides = JSON.parse(overrides);
    require("fs").writeFileSync(process.argv[4] + "/package.json", JSON.stringify(pkg, null, 2));' "consumer-$1" "$2" "${3:-}" "$dir"
  (cd "$dir" && npm install --no-audit --no-fund --loglevel=error >"$dir/install.log" 2>&1) || { cat "$dir/install.log" >&2; fail "$1: npm install"; }
  (cd "$dir" && npx tsc -p .) || fail "$1: the app does not type-check against the packed library"
  # fast-check 4's own types resolve under node16 or bundler module resolution only (or with skipLibCheck)
  (cd "$dir" && npx tsc -p tsconfig.property.json) || fail "$1: the property test does not type-check against the packed library"
}

# run NAME: synthesizes with the cdktf CLI, checks with azguard, records the refusal of the invalid configuration
run() {
  local dir="$work/$1"
  (cd "$dir" && "$repo/node_modules/.bin/cdktf" synth --output cdktf.out >"$dir/synth.log" 2>&1) || { cat "$dir/synth.log" >&2; fail "$1: cdktf synth"; }
  (cd "$dir" && npx azguard check cdktf.out) || fail "$1: azguard check found errors in the synthesized app"
  (cd "$dir" && node dist/invalid.js >"$dir/invalid.json") || fail "$1: the invalid configuration crashed"
  (cd "$dir" && node dist/property.js | grep -q '"vm":{"numRuns":50.*"nsg":{"numRuns":50') || fail "$1: the properties over the arbitraries did not run their 50 cases each"
  node -e '
    const r = require(process.argv[1]);
    if (!r.refused || r.ruleIds.length === 0) { console.error("not refused"); process.exit(1); }
    if (r.overrideRuleIds.join() !== "[WIN-HOTPATCH-IMAGE-PATCH-MODE],[WIN-HOTPATCH-PATCH-MODE]") { console.error(`the Aspect refused the override with ${r.overrideRuleIds.join() || "nothing"}`); process.exit(1); }
    const n = require(process.argv[2]).provider.azapi.length;
    if (n !== 1) { console.error(`${n} azapi provider blocks`); process.exit(1); }
    const cache = Object.keys(require.cache).length;
    require(require.resolve("azure-guardrails-cdktf/rules", { paths: [process.argv[3]] }));
    const loaded = Object.keys(require.cache).slice(cache).filter((k) => /node_modules\/(cdktf|cdktn|constructs|@cdktf\/provider|@cdktn)\//.test(k));
    if (loaded.length > 0) { console.error(`azure-guardrails-cdktf/rules loads ${loaded[0]}`); process.exit(1); }
    console.log(`refused with ${r.ruleIds.join(", ")}; the override refused at synth by the Aspect; one azapi provider block; ./rules loads no cdktf`);' \
    "$dir/invalid.json" "$dir/cdktf.out/stacks/platform/cdk.tf.json" "$dir" || fail "$1"
}

# same A B: both apps wrote the same Terraform, provider versions and local paths aside, and refused alike
same() {
  node -e '
    const fs = require("fs");
    const [a, b] = process.argv.slice(1);
    const tf = (d) => {
      const j = JSON.parse(fs.readFileSync(`${d}/cdktf.out/stacks/platform/cdk.tf.json`, "utf8"));
      delete j["//"];
      delete j.terraform.backend;
      for (const p of Object.values(j.terraform.required_providers)) if (p.source === "azurerm") delete p.version;
      return JSON.stringify(j);
    };
    const ids = (d) => JSON.stringify(JSON.parse(fs.readFileSync(`${d}/invalid.json`, "utf8")).ruleIds);
    if (tf(a) !== tf(b)) { console.error("the synthesized configurations differ"); process.exit(1); }
    if (ids(a) !== ids(b)) { console.error(`refused with ${ids(a)} and ${ids(b)}`); process.exit(1); }' "$work/$1" "$work/$2" || fail "$1 and $2 differ"
  say "$1 and $2: same resources, same refusal"
}

cdktf="$(pick newest cdktf "$cdktf_range")"; constructs="$(pick newest constructs "$constructs_range")"; provider="$(pick newest @cdktf/provider-azurerm "$provider_range")"
say "cdktf $cdktf, constructs $constructs, @cdktf/provider-azurerm $provider (newest allowed)"
app cdktf "{\"azure-guardrails-cdktf\":\"file:$tarball\",\"cdktf\":\"$cdktf\",\"constructs\":\"$constructs\",\"@cdktf/provider-azurerm\":\"$provider\",\"typescript\":\"$typescript\",\"@types/node\":\"$types_node\",\"fast-check\":\"$fast_check\"}"
run cdktf
say "conformance tools on the app's output"
ORACLE_DIR="$oracle" bash "$repo/scripts/oracle.sh" "$work/cdktf/cdktf.out"

cdktf="$(pick oldest cdktf "$cdktf_range")"; constructs="$(pick oldest constructs "$constructs_range")"; provider="$(pick oldest @cdktf/provider-azurerm "$provider_range")"
say "cdktf $cdktf, constructs $constructs, @cdktf/provider-azurerm $provider (oldest allowed)"
app oldest "{\"azure-guardrails-cdktf\":\"file:$tarball\",\"cdktf\":\"$cdktf\",\"constructs\":\"$constructs\",\"@cdktf/provider-azurerm\":\"$provider\",\"typescript\":\"$typescript\",\"@types/node\":\"$types_node\",\"fast-check\":\"$fast_check\"}"
run oldest
same cdktf oldest

cdktn="$(pick newest cdktn "$cdktf_range")"; provider="$(pick newest @cdktn/provider-azurerm "$provider_range")"
constructs="$(pick newest constructs "$(npm view "cdktn@$cdktn" peerDependencies.constructs)")"
say "CDK Terrain: cdktn $cdktn, constructs $constructs, @cdktn/provider-azurerm $provider, through npm aliases"
app cdk-terrain "{\"azure-guardrails-cdktf\":\"file:$tarball\",\"cdktn\":\"$cdktn\",\"@cdktn/provider-azurerm\":\"$provider\",\"constructs\":\"$constructs\",\"cdktf\":\"npm:cdktn@$cdktn\",\"@cdktf/provider-azurerm\":\"npm:@cdktn/provider-azurerm@$provider\",\"typescript\":\"$typescript\",\"@types/node\":\"$types_node\",\"fast-check\":\"$fast_check\"}" '{"cdktn":"$cdktn"}'
# the app imports the fork's own packages, as a CDK Terrain app does
sed -i "s#from 'cdktf'#from 'cdktn'#; s#from '@cdktf/provider-azurerm/#from '@cdktn/provider-azurerm/#" "$work/cdk-terrain/main.ts" "$work/cdk-terrain/invalid.ts" "$work/cdk-terrain/property.ts"
grep -q "from 'cdktn'" "$work/cdk-terrain/main.ts" || fail "cdk-terrain: the app still imports cdktf"
(cd "$work/cdk-terrain" && npx tsc -p . && npx tsc -p tsconfig.property.json) || fail "cdk-terrain: the app does not type-check against the packed library"
run cdk-terrain
same cdktf cdk-terrain
say "passed"
