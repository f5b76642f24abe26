#!/usr/bin/env bash
# CI proof of the generators (issue 13): in a throw-away copy of the working tree (node_modules linked, nothing written
# back), generate a new sample service with a second module and fill in an existing shell, then run on the result:
# lint, typecheck, the deployment checks, and the generated specs of every tier plus the authorization matrix's
# route-coverage test. Fails if any step fails.
#
#   tools/nx-plugin/ci-check.sh                 (uses DATABASE_URL / NATS_URL when set, as the test tiers do)
#   KEEP=1 tools/nx-plugin/ci-check.sh          keeps the copy for a look
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/gov-generator-check.XXXXXX")"
[[ -n "${KEEP:-}" ]] || trap 'rm -rf "$tmp"' EXIT
step() { printf '\n=== generator check: %s (%ss)\n' "$1" "$SECONDS"; }

step "copy of the working tree in $tmp"
git -C "$root" ls-files -z --cached --others --exclude-standard | grep -zv '^node_modules$' | tar -C "$root" --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -C "$tmp" -xf -
ln -s "$(readlink -f "$root/node_modules")" "$tmp/node_modules"
cd "$tmp"
export GOV_TEST_TEMPLATE="${GOV_TEST_TEMPLATE:-gov_test_generator_check}"

step "generate"
npx nx g @gov/tools:service sample-section --title='示例科：生成器样例' --module=samples --moduleTitle=样例 --sections=zonghe --no-interactive
npx nx g @gov/tools:module sample-section notes --title=记事 --no-interactive
# Every shell is filled in since issues 15–20: a module added to a built service stands for that case.
npx nx g @gov/tools:module information sample-notes --title=样例记事 --no-interactive

# What the generators wrote or edited (the gateway's files by name: its other files are not theirs).
generated=(
  apps/sample-section libs/services/sample-section libs/contracts/sample-section
  libs/services/information/src/modules/sample-notes libs/contracts/information/src/sample-notes.ts
  libs/services/gateway/src/routes/sample-section libs/services/gateway/src/routes/information libs/services/gateway/src/routes/index.ts
  libs/services/gateway/src/database/migrations/*-sample-section-*-permissions.ts libs/services/gateway/src/database/migrations/*-information-sample-notes-permissions.ts
  libs/services/gateway/src/gateway.definition.ts libs/contracts/common/src/services.ts apps/platform/src/apps.ts apps/platform/test/authorization/policy.ts
  apps/platform/test/sample-section-*.e2e-spec.ts apps/platform/test/information-sample-notes.e2e-spec.ts
)

step "lint"
npx nx show projects >/dev/null
npx eslint --max-warnings=0 "${generated[@]}"

step "typecheck"
npx tsc -p tsconfig.json --noEmit

step "deployment files (new service's entries, NATS users and PostgreSQL roles)"
node --import ./tools/register.mjs tools/nats-config.ts --check
node tools/validate-deploy.mjs

step "unit"
node --experimental-vm-modules node_modules/jest/bin/jest.js --selectProjects=unit --testPathPatterns 'libs/services/sample-section/' 'libs/services/information/src/modules/sample-notes/'

step "authorization policy: every route (the generated ones included) has exactly one entry"
cat > apps/platform/test/generator-policy-check.ts <<'TS'
import { resolvePolicy } from './authorization/policy.js';
import { gatewayRoutes } from './gateway-routes.js';

const routes = [...gatewayRoutes().keys()];
const generated = routes.filter((route) => / \/api\/(sample-section\/|information\/sample-notes)/.test(route));
const { byRoute, ...problems } = resolvePolicy(routes);
const failed = Object.values(problems).some((list) => list.length) || byRoute.size !== routes.length || generated.length !== 15;
console.log(JSON.stringify({ routes: routes.length, generated, ...problems }, null, 2));
process.exit(failed ? 1 : 0);
TS
node --import ./tools/register.mjs apps/platform/test/generator-policy-check.ts

step "integration and end-to-end"
# The whole authorization matrix (every route × role, ~6 min) with FULL_MATRIX=1.
node --experimental-vm-modules node_modules/jest/bin/jest.js --selectProjects integration e2e \
  --testPathPatterns 'libs/services/sample-section/test/' 'libs/services/information/test/sample-notes' 'apps/platform/test/(sample-section|information-sample-notes)' ${FULL_MATRIX:+'apps/platform/test/authorization-matrix'}

step "passed"
