// curl in shell scripts: methods from -X/--request, -d/--json (POST), -G (GET, data into the
// query), URLs from literals and variables (with ${VAR:-default}), headers for beta and the
// key's env var, functions wrapping curl with $1…, and text that only mentions a URL.

import type { Case } from './tree-harness';
import { runTreeTable } from './tree-harness';

const F = 'scripts/klaviyo-sync.sh';
const A = 'https://a.klaviyo.com';

const CASES: Case[] = [
  {
    name: 'curl -X POST with revision and Authorization headers; key from an env var',
    files: `#!/usr/bin/env bash
curl -X POST ${A}/api/profiles -H 'revision: 2024-10-15' -H "Authorization: Klaviyo-API-Key $KLAVIYO_PRIVATE_KEY" -d @profile.json`,
    expect: [{
      operation: 'create_profile', scopes: ['profiles:write'], kind: 'http', confidence: 'certain', keyEnv: 'KLAVIYO_PRIVATE_KEY', detector: 'sh-curl',
      range: `curl -X POST ${A}/api/profiles -H 'revision: 2024-10-15' -H "Authorization: Klaviyo-API-Key $KLAVIYO_PRIVATE_KEY" -d @profile.json`, nameText: 'curl', at: '2:1',
    }],
  },
  {
    name: 'curl --request PATCH "$BASE/profiles/$ID" with BASE assigned above',
    files: `BASE=${A}/api
curl --request PATCH "\${BASE}/profiles/$ID" --data "$BODY"`,
    expect: [{ operation: 'update_profile', scopes: ['profiles:write'], range: 'curl --request PATCH "${BASE}/profiles/$ID" --data "$BODY"', at: '2:1' }],
  },
  {
    name: "?include= in a quoted URL; the pipe is not part of the range",
    files: `curl -s '${A}/api/lists?include=tags' | jq '.data'`,
    expect: [{ operation: 'get_lists', scopes: ['lists:read', 'tags:read'], includeScopes: ['tags:read'], range: `curl -s '${A}/api/lists?include=tags'`, at: '1:1' }],
  },
  {
    name: '-d without -X means POST',
    files: `curl "${A}/api/events" -H 'Content-Type: application/json' -d '{"data": {}}'`,
    expect: [{ operation: 'create_event', scopes: ['events:write'], method: 'POST', range: `curl "${A}/api/events" -H 'Content-Type: application/json' -d '{"data": {}}'`, at: '1:1' }],
  },
  {
    name: '--json means POST',
    files: `curl --json @list.json ${A}/api/lists`,
    expect: [{ operation: 'create_list', range: `curl --json @list.json ${A}/api/lists`, at: '1:1' }],
  },
  {
    name: '-G with --data-urlencode include=… is a GET with include',
    files: `curl -G "${A}/api/segments" --data-urlencode 'include=tags' > segments.json`,
    expect: [{ operation: 'get_segments', scopes: ['segments:read', 'tags:read'], includeScopes: ['tags:read'], range: `curl -G "${A}/api/segments" --data-urlencode 'include=tags'`, at: '1:1' }],
  },
  {
    name: '${KLAVIYO_API:-https://…} default and a glued -XDELETE',
    files: `API="\${KLAVIYO_API:-${A}/api}"
curl -sS -XDELETE "$API/lists/$LIST_ID"`,
    expect: [{ operation: 'delete_list', scopes: ['lists:write'], range: 'curl -sS -XDELETE "$API/lists/$LIST_ID"', at: '2:1' }],
  },
  {
    name: 'revision ending in .pre selects the beta operation',
    files: `curl ${A}/api/campaigns -H "revision: 2026-07-15.pre"`,
    expect: [{ operation: 'get_campaigns_beta', beta: true, range: `curl ${A}/api/campaigns -H "revision: 2026-07-15.pre"`, at: '1:1' }],
  },
  {
    name: 'URL without a scheme',
    files: `curl a.klaviyo.com/api/metrics -H "Authorization: Klaviyo-API-Key \${KEY}"`,
    expect: [{ operation: 'get_metrics', keyEnv: 'KEY', range: 'curl a.klaviyo.com/api/metrics -H "Authorization: Klaviyo-API-Key ${KEY}"', at: '1:1' }],
  },
  {
    name: 'key variable copied from the environment',
    files: `KEY="$KLAVIYO_FLOWS_KEY"
AUTH="Authorization: Klaviyo-API-Key $KEY"
curl -H "$AUTH" ${A}/api/flows`,
    expect: [{ operation: 'get_flows', keyEnv: 'KLAVIYO_FLOWS_KEY', range: `curl -H "$AUTH" ${A}/api/flows`, at: '3:1' }],
  },
  {
    name: 'a function wrapping curl with $1/$2: reported at each call',
    files: `klaviyo() {
  local method=$1
  curl -s -X"$method" "${A}/api$2" -H "Authorization: Klaviyo-API-Key $KLAVIYO_KEY"
}
klaviyo POST /profiles
klaviyo GET "/lists/$LIST"`,
    expect: [
      { operation: 'create_profile', keyEnv: 'KLAVIYO_KEY', range: 'klaviyo POST /profiles', nameText: 'klaviyo', at: '5:1' },
      { operation: 'get_list', range: 'klaviyo GET "/lists/$LIST"', at: '6:1' },
    ],
  },
  {
    name: 'a function whose $1 is only an id: reported once, at its curl',
    files: `get_profile() { curl "${A}/api/profiles/$1"; }
get_profile abc
get_profile def`,
    expect: [{ operation: 'get_profile', range: `curl "${A}/api/profiles/$1"`, at: '1:17' }],
  },
  {
    name: 'resource from an unknown variable → unresolved with candidates',
    files: `curl "${A}/api/$RESOURCE"`,
    expect: [{ operation: null, confidence: 'unresolved', candidatesInclude: ['get_lists', 'get_profiles'], range: `curl "${A}/api/$RESOURCE"`, at: '1:1' }],
  },
  {
    name: 'curl inside $( … )',
    files: `COUNT=$(curl -s "${A}/api/tags" | jq '.data | length')`,
    expect: [{ operation: 'get_tags', range: `curl -s "${A}/api/tags"`, at: '1:9' }],
  },
  {
    name: 'legacy /api/track → create_event',
    files: `curl "${A}/api/track" -d "data=$PAYLOAD"`,
    expect: [{ operation: null, kind: 'legacy', replacement: 'create_event', range: `curl "${A}/api/track" -d "data=$PAYLOAD"`, at: '1:1' }],
  },
  {
    name: '/client/ endpoint: kind client',
    files: `curl -X POST "${A}/client/subscriptions?company_id=$PUBLIC_KEY" --json @sub.json`,
    expect: [{ operation: 'create_client_subscription', kind: 'client', scopes: [], range: `curl -X POST "${A}/client/subscriptions?company_id=$PUBLIC_KEY" --json @sub.json`, at: '1:1' }],
  },
  {
    name: 'two URLs on one command line',
    files: `curl ${A}/api/accounts ${A}/api/images`,
    expect: [
      { operation: 'get_accounts', range: `curl ${A}/api/accounts ${A}/api/images`, at: '1:1' },
      { operation: 'get_images', range: `curl ${A}/api/accounts ${A}/api/images`, at: '1:1' },
    ],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'commented-out curl, echo and heredoc text',
    files: `# curl ${A}/api/events
echo "curl ${A}/api/lists"
cat <<EOF
curl -X POST ${A}/api/profiles
EOF`,
    expect: [],
  },
  {
    name: 'other hosts and Klaviyo static files',
    files: `# klaviyo
curl https://example.com/api/profiles
curl -O https://static.klaviyo.com/onsite/js/klaviyo.js`,
    expect: [],
  },
  {
    name: 'a URL from an unknown variable',
    files: `# klaviyo export
curl -s "$URL" -H "Authorization: Klaviyo-API-Key $KEY"`,
    expect: [],
  },
  {
    name: 'wget and other commands are not curl',
    files: `wget ${A}/api/lists
open ${A}/api/profiles`,
    expect: [],
  },
];

runTreeTable('sh-curl', CASES, F);
runTreeTable('sh-curl: negative', NEGATIVE, F);
