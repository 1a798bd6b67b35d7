import { helperSiteCalls } from '../helper-calls';
import type { IrDetector } from '../ir/context';

/**
 * Declarative clients in Java and C# (ir/declarative.ts): an OpenFeign `@FeignClient`
 * interface, a Spring HTTP interface (`@GetExchange`), Retrofit (`@GET("lists")`) or Refit
 * (`[Post("/events")]`). Each method is one request, reported at its mapping annotation; the
 * base URL comes from the client annotation (placeholders read from application.yml) or, when
 * it is set where the client is built, stays unseen.
 */
export const irDeclarativeClient: IrDetector = {
  id: 'ir-declarative-client',
  languages: ['java', 'csharp'],
  title: 'Declarative HTTP clients (Feign, Spring HTTP interfaces, Retrofit, Refit)',
  docs: 'declarative-clients',
  visit(site, ctx) {
    const declared = site.sends.filter((s) => s.declared);
    if (!declared.length) return undefined;
    const s = declared[0];
    return helperSiteCalls(declared.map((d) => d.facts), { detector: irDeclarativeClient.id, range: s.at, nameRange: s.nameAt, deferred: ctx.deferred, enclosing: () => site.fn.key });
  },
};
