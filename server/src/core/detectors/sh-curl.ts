import { helperSiteCalls } from '../helper-calls';
import type { ShDetector } from '../shell/context';
import { curlFacts } from '../shell/curl';
import { argsOf, commandName } from '../shell/helpers';
import { enclosingFunction } from '../shell/words';

/**
 * curl in shell scripts: `curl -X POST https://a.klaviyo.com/api/profiles -H 'revision: …'`,
 * `--request PATCH "$BASE/profiles/$ID"`, `-d`/`--data`/`--json` (POST unless -X), `-G` with
 * `--data-urlencode include=…`, URLs from variables (`BASE=…; curl "$BASE/lists"`) and
 * `${VAR:-https://…}` defaults. A function wrapping curl with `$1`, `$2`… is reported at each
 * call (`klaviyo POST /profiles`) with the operation its arguments select.
 */
export const shCurl: ShDetector = {
  id: 'sh-curl',
  languages: ['shell'],
  title: 'curl requests to the Klaviyo API in shell scripts',
  docs: 'shell-curl',
  visit(node, ctx) {
    const name = commandName(node);
    const nameNode = node.childForFieldName('name');
    if (!name || !nameNode) return undefined;
    const span = { start: node.startIndex, end: node.endIndex };
    const nameRange = { start: nameNode.startIndex, end: nameNode.endIndex };
    const fn = ctx.helpers.functionOf(node);
    let facts;
    if (name === 'curl') facts = curlFacts(argsOf(node).map((a) => ctx.ev.word(a)));
    else if (fn && ctx.helpers.sitesOf(fn).length) {
      ctx.usedHelpers.add(ctx.ev.key(fn));
      facts = ctx.helpers.expand(node);
    } else return undefined;
    // Still depends on the enclosing function's `$1`…: reported at that function's calls.
    return helperSiteCalls(facts, {
      detector: shCurl.id, range: span, nameRange, deferred: ctx.deferred,
      enclosing: () => { const owner = enclosingFunction(node); return owner ? ctx.ev.key(owner) : null; },
    });
  },
};
