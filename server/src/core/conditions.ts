// Deciding a condition from what is known of its operands, for every language. A front end
// lowers its syntax (`path.startsWith('http')`, `path.startswith("http")`, `str_starts_with($p,
// 'http')`, `path.start_with?('http')`, `===`, `!`, `&&`, …) into a Cond; this decides it, or
// says it cannot. Helpers branch on their arguments: `url = path.startsWith('http') ? path :
// BASE + path` (a paging helper that takes the next link or a path), `match ($method) …`. With a
// call site's arguments bound the branch is known, and only that branch's request is sent.

/** A string operand: literal text and unknown holes (null), or null when it is not a string we know anything of. */
export type Operand = (string | null)[] | null;

export type Cond =
  | { op: 'eq' | 'ne'; left: Operand; right: Operand }
  | { op: 'startsWith' | 'endsWith' | 'includes'; subject: Operand; needle: Operand }
  /** A regular expression test; `anchored` patterns that match the subject's known head match it whole. */
  | { op: 'regex'; pattern: RegExp; subject: Operand }
  | { op: 'truthy'; value: Operand }
  | { op: 'not'; arg: Cond }
  | { op: 'and' | 'or'; left: Cond; right: Cond }
  | { op: 'unknown' };

export const UNDECIDED: Cond = { op: 'unknown' };

/** Operand from string pieces where a hole is any non-string piece. */
export function operand(parts: readonly unknown[] | null): Operand {
  return parts ? parts.map((p) => (typeof p === 'string' ? p : null)) : null;
}

function known(o: Operand): string | null {
  return o && o.every((p): p is string => p !== null) ? o.join('') : null;
}

/** The literal text before the first hole. */
function head(o: Operand): string {
  let s = '';
  for (const p of o ?? [null]) {
    if (p === null) break;
    s += p;
  }
  return s;
}

function tail(o: Operand): string {
  let s = '';
  for (const p of [...(o ?? [null])].reverse()) {
    if (p === null) break;
    s = p + s;
  }
  return s;
}

/** true or false when the operands decide it; null when they do not. */
export function decide(c: Cond): boolean | null {
  switch (c.op) {
    case 'unknown':
      return null;
    case 'not': {
      const v = decide(c.arg);
      return v === null ? null : !v;
    }
    case 'and': {
      const l = decide(c.left);
      const r = decide(c.right);
      if (l === false || r === false) return false;
      return l === true && r === true ? true : null;
    }
    case 'or': {
      const l = decide(c.left);
      const r = decide(c.right);
      if (l === true || r === true) return true;
      return l === false && r === false ? false : null;
    }
    case 'truthy': {
      if (!c.value) return null;
      return c.value.some((p) => p !== null && p !== '') ? true : known(c.value) === '' ? false : null;
    }
    case 'eq':
    case 'ne': {
      const eq = equal(c.left, c.right);
      return eq === null ? null : c.op === 'eq' ? eq : !eq;
    }
    case 'startsWith':
    case 'endsWith': {
      const needle = known(c.needle);
      if (needle === null || !c.subject) return null;
      const whole = known(c.subject);
      if (whole !== null) return c.op === 'startsWith' ? whole.startsWith(needle) : whole.endsWith(needle);
      const edge = c.op === 'startsWith' ? head(c.subject) : tail(c.subject);
      if (edge.length >= needle.length) return c.op === 'startsWith' ? edge.startsWith(needle) : edge.endsWith(needle);
      // A known edge shorter than the needle that already disagrees with it decides it too.
      return (c.op === 'startsWith' ? needle.startsWith(edge) : needle.endsWith(edge)) ? null : false;
    }
    case 'includes': {
      const needle = known(c.needle);
      if (needle === null || !c.subject) return null;
      if (c.subject.some((p) => p !== null && p.includes(needle))) return true;
      const whole = known(c.subject);
      return whole === null ? null : false;
    }
    case 'regex': {
      if (!c.subject) return null;
      const whole = known(c.subject);
      if (whole !== null) return c.pattern.test(whole);
      // `^https?://` matched by the known head matches the whole string; a miss on the head says nothing.
      const src = c.pattern.source;
      return src.startsWith('^') && !src.includes('$') && c.pattern.test(head(c.subject)) ? true : null;
    }
  }
}

function equal(a: Operand, b: Operand): boolean | null {
  const x = known(a);
  const y = known(b);
  if (x !== null && y !== null) return x === y;
  if (!a || !b) return null;
  // Known heads that differ make the strings differ whatever the holes hold.
  const ha = head(a);
  const hb = head(b);
  const n = Math.min(ha.length, hb.length);
  if (ha.slice(0, n) !== hb.slice(0, n)) return false;
  return null;
}

/**
 * Which branch of an undecided `cond ? a : b` to read: the one that says more of a string (a
 * helper's `path.startsWith('http') ? path : BASE + path` seen without its call site, or with an
 * argument we cannot read, is a request to BASE + path as far as scopes go). null when neither
 * branch is a string we know anything of, or both are literals (see literalChoices).
 */
export function tellingBranch<V>(a: V, b: V, partsOf: (v: V) => readonly unknown[] | null): V | null {
  const pa = partsOf(a);
  const pb = partsOf(b);
  if (!pa && !pb) return null;
  if (!pb) return a;
  if (!pa) return b;
  // Two literals (`exists ? 'PATCH' : 'GET'`) are two alternatives, not one more informative than the other.
  const literal = (ps: readonly unknown[]): boolean => ps.every((p) => typeof p === 'string');
  if (literal(pa) && literal(pb)) return null;
  const score = (ps: readonly unknown[]): number => ps.reduce<number>((n, p) => n + (typeof p === 'string' ? p.length : 0), 0);
  return score(pb) > score(pa) ? b : a;
}

const MAX_CHOICES = 8;

/**
 * The literals a value is one of, from each candidate's string pieces: a literal, a piece that is
 * already such a choice, or a path whose unknown part comes after its `?` (the query does not
 * pick the endpoint). null when any candidate is something else, or there are too many.
 */
export function choiceTexts(candidates: readonly (readonly unknown[] | null)[]): string[] | null {
  const all = new Set<string>();
  for (const ps of candidates) {
    if (!ps) return null;
    const only = ps.length === 1 && typeof ps[0] === 'object' ? (ps[0] as { alt?: readonly string[] }) : null;
    if (only?.alt) {
      only.alt.forEach((a) => all.add(a));
      continue;
    }
    const text = pathBeforeQuery(ps);
    if (text === null) return null;
    all.add(text);
  }
  return all.size === 0 || all.size > MAX_CHOICES ? null : [...all];
}

function pathBeforeQuery(ps: readonly unknown[]): string | null {
  let text = '';
  for (const p of ps) {
    if (typeof p !== 'string') return null;
    const q = p.indexOf('?');
    if (q >= 0 && ps.some((x) => typeof x !== 'string')) return text + p.slice(0, q);
    text += p;
  }
  return text;
}

/** `cond ? 'campaign-values-reports' : 'flow-values-reports'` left undecided: the literals either branch can give, or null. */
export function literalChoices(a: readonly unknown[] | null, b: readonly unknown[] | null): string[] | null {
  const all = choiceTexts([a, b]);
  return all && all.length > 1 ? all : null;
}

/**
 * Whether one arm of an if / else-if / else chain can run: none of the tests before it holds, and
 * its own test (none for an else) does not fail. Undecided tests keep the arm (an alternative).
 */
export function armFeasible(own: Cond | null, earlier: readonly Cond[]): boolean {
  if (earlier.some((c) => decide(c) === true)) return false;
  return own === null || decide(own) !== false;
}
