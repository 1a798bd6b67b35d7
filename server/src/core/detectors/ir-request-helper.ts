import { helperSiteCalls } from '../helper-calls';
import type { IrDetector } from '../ir/context';

/**
 * Calls of a project function or method in Go, Java or C# that sends the endpoint it is given
 * (`c.do("GET", "/profiles/"+id)`, `this.request(HttpMethod.POST, "lists", body)`): reported
 * here, with the helper's request completed by this call's arguments.
 */
export const irRequestHelper: IrDetector = {
  id: 'ir-request-helper',
  languages: ['go', 'java', 'csharp'],
  title: 'Requests sent through project helpers in Go, Java and C#',
  docs: 'go-java-csharp-helpers',
  visit(site, ctx) {
    const through = site.sends.filter((s) => s.helper);
    if (!through.length) return undefined;
    const s = through[0];
    return helperSiteCalls(through.map((d) => d.facts), { detector: irRequestHelper.id, range: s.at, nameRange: s.nameAt, deferred: ctx.deferred, enclosing: () => site.fn.key });
  },
};
