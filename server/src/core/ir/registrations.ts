import { own } from './library';
import type { Frame, IrEvaluator } from './evaluator';
import { forEachChild, stmtExprs, walkStmts } from './project';
import type { Expr, Fn } from './types';
import { lib, literal, UNKNOWN, type LibState, type Val } from './values';

// Library clients configured where they are registered for injection, not where they are used:
// `services.AddHttpClient("klaviyo", c => c.BaseAddress = new Uri(…))`, a typed client
// `AddHttpClient<IKlaviyo, KlaviyoClient>((sp, c) => …)`, `.ConfigureHttpClient(c => …)` chained
// on one. The registering functions (Program.cs, a DI extension) run once; each registration's
// lambda runs with a fresh client, in the frame it is written in, and what it sets is the state
// the client has where it is injected (a constructor parameter of that class) or fetched by name
// (`factory.CreateClient("klaviyo")`).

/** The table's registration data (see LibraryTable.registrations). */
export interface Registrations {
  calls: string[];
  configure: string[];
  tag: string;
  /** Methods of a factory (by tag) that return the client registered under their first argument. */
  fetch: Record<string, string[]>;
}

const REG = '$registration';

export class ClientRegistry {
  private byKey: Map<string, LibState> | null = null;

  constructor(private readonly ev: IrEvaluator, private readonly spec: Registrations) {}

  /** At a call of a registering or configuring method: records what its lambdas set; null for other calls. */
  onCall(e: Extract<Expr, { k: 'call' }>, name: string, recv: Val, fr: Frame): Val | null {
    let keys: string[];
    if (this.spec.calls.includes(name)) {
      const named = e.args.find((a) => !a.name && a.value.k !== 'fn');
      const text = named ? literal(this.ev.expr(named.value, fr)) : null;
      keys = [...(e.typeArgs ?? []).map((t) => t.replace(/<.*$/s, '').split('.').pop() as string), ...(text !== null ? [text] : [])];
    } else if (this.spec.configure.includes(name) && recv.kind === 'lib' && recv.tag === REG) keys = recv.st.regKeys ?? [];
    else return null;
    for (const a of e.args) {
      if (a.value.k !== 'fn' || !keys.length) continue;
      const fn = a.value.fn;
      const param = fn.params[fn.params.length >= 2 ? 1 : 0]?.name;
      if (!param) continue;
      const env = new Map(fr.env);
      env.set(param, lib(this.spec.tag, this.byKey?.get(keys[0]) ?? {}));
      this.ev.stmts(fn.body, { ...fr, env, returns: [], sends: null });
      const client = env.get(param);
      if (client?.kind === 'lib' && this.byKey) for (const k of keys) this.byKey.set(k, client.st);
    }
    return lib(REG, { regKeys: keys });
  }

  /** The state registered for the first of these keys that has one (a class, then its interfaces; or a client name). */
  lookup(keys: readonly string[]): LibState | null {
    if (!this.byKey) this.build();
    for (const k of keys) {
      const st = this.byKey?.get(k);
      if (st) return st;
    }
    return null;
  }

  /** A factory method that fetches a named client, at this call: the registered client or an unseen one. */
  fetched(tag: string, name: string, arg: Val | undefined): Val | null {
    if (!own(this.spec.fetch, tag)?.includes(name)) return null;
    const key = arg ? literal(arg) : '';
    const st = key !== null ? this.lookup([key]) : null;
    return st ? lib(this.spec.tag, st) : lib(this.spec.tag, { unseen: true });
  }

  private build(): void {
    this.byKey = new Map();
    const names = new Set([...this.spec.calls, ...this.spec.configure]);
    for (const m of this.ev.project.modules) {
      for (const fn of [...m.functions, ...m.classes.flatMap((c) => c.methods)]) {
        if (!registers(fn, names)) continue;
        const self: Val | undefined = fn.owner ? { kind: 'inst', cls: fn.owner } : undefined;
        this.ev.run(fn, fn.params.map(() => UNKNOWN), self, 2, []);
      }
    }
  }
}

function registers(fn: Fn, names: Set<string>): boolean {
  let hit = false;
  const visit = (e: Expr): void => {
    if (hit) return;
    if (e.k === 'call' && e.callee.k === 'member' && names.has(e.callee.name)) hit = true;
    else if (e.k === 'fn') walkStmts(e.fn.body, (s) => stmtExprs(s).forEach(visit)); // `ConfigureServices(services => …)`
    else forEachChild(e, visit);
  };
  walkStmts(fn.body, (s) => stmtExprs(s).forEach(visit));
  return hit;
}
