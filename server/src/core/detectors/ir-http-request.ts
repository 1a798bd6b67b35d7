import { helperSiteCalls } from '../helper-calls';
import type { IrDetector } from '../ir/context';

/**
 * Raw HTTP in Go, Java and C# (see each language's library table): `http.NewRequest` + `Do`,
 * resty, `java.net.http`, OkHttp, Spring `RestTemplate`/`WebClient`/`RestClient`, Apache
 * HttpClient, `HttpClient`/`HttpRequestMessage`, RestSharp, Flurl; URLs built with `+`,
 * `fmt.Sprintf`, `String.format`, interpolation, URL joins, constants, fields and base addresses.
 */
export const irHttpRequest: IrDetector = {
  id: 'ir-http-request',
  languages: ['go', 'java', 'csharp'],
  title: 'HTTP requests to the Klaviyo API in Go, Java and C#',
  docs: 'go-java-csharp',
  visit(site, ctx) {
    const direct = site.sends.filter((s) => !s.helper && !s.declared);
    if (!direct.length) return undefined;
    const s = direct[0];
    return helperSiteCalls(direct.map((d) => d.facts), { detector: irHttpRequest.id, range: s.at, nameRange: s.nameAt, deferred: ctx.deferred, enclosing: () => site.fn.key });
  },
};
