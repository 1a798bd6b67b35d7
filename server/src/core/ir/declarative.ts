import type { Send } from './effects';
import { factsOf } from './effects';
import { own } from './library';
import type { IrProject } from './project';
import { placeholderValue } from './setting-values';
import type { Annotation, ClassDecl, Expr, Fn } from './types';
import { joinSegments, type LibState } from './values';

// Declarative clients: an interface whose methods are requests, written as annotations (OpenFeign
// `@FeignClient(url = "${klaviyo.url}")` + `@PostMapping("/events")`, Spring HTTP interfaces,
// Retrofit `@GET("lists")`, Refit `[Get("/lists")]`). There is no call expression: the request
// sits at the method's mapping annotation, which decides the operation (LABELLING.md).

export function declaredSends(project: IrProject, cls: ClassDecl, fn: Fn): Send[] {
  const { clients, methods } = project.table.declarative;
  if (!cls.isInterface || fn.body.length) return [];
  const mapping = fn.annotations.find((a) => own(methods, a.name) !== undefined && a.at && a.nameAt);
  if (!mapping?.at || !mapping.nameAt) return [];
  let base: string | null | undefined;
  let prefix: string | null | undefined;
  for (const a of cls.annotations) {
    const spec = own(clients, a.name);
    if (!spec) continue;
    if (spec.base) base ??= text(arg(a, spec.base));
    if (spec.prefix) prefix ??= text(arg(a, spec.prefix) ?? (a.name === 'RequestMapping' ? positional(a) : undefined));
  }
  let method = own(methods, mapping.name) as string;
  let path = text(arg(mapping, 'value') ?? arg(mapping, 'path') ?? positional(mapping));
  if (method === 'line') {
    const m = path ? /^\s*([A-Z]+)\s+(\S+)/.exec(path) : null;
    if (!m) return [];
    [method, path] = [m[1], m[2]];
  } else if (method === '*') {
    const v = arg(mapping, 'method');
    method = (v?.k === 'member' ? v.name : v?.k === 'list' && v.items[0]?.k === 'member' ? v.items[0].name : text(v)) ?? 'GET';
  }
  if (path === null || path === undefined) path = '';
  const st: LibState = {
    base: base ? placeholderValue(project, base) : undefined,
    url: joinSegments(prefix ? placeholderValue(project, prefix) : undefined, placeholderValue(project, path)),
    method: { kind: 'str', parts: [method.toUpperCase()] },
    include: [],
    unseen: !base,
  };
  return [{ at: mapping.at, nameAt: mapping.nameAt, facts: factsOf(st), declared: true }];
}

function arg(a: Annotation, name: string): Expr | undefined {
  return a.args.find((x) => x.name === name)?.value;
}

function positional(a: Annotation): Expr | undefined {
  return a.args.find((x) => !x.name)?.value;
}

/** A literal annotation value; `{"/a"}` (an array of one) is its element. */
function text(e: Expr | undefined): string | null | undefined {
  if (!e) return undefined;
  if (e.k === 'list') return e.items.length === 1 ? text(e.items[0]) : null;
  if (e.k === 'str' && e.parts.every((p) => typeof p === 'string')) return e.parts.join('');
  if (e.k === 'concat') {
    const parts = e.items.map(text);
    return parts.every((p) => typeof p === 'string') ? parts.join('') : null;
  }
  return null;
}
