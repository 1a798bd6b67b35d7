import { tConcat, type TValue } from '../tree-sitter/values';
import { own } from './library';
import type { IrProject } from './project';
import type { Annotation, ClassDecl, Expr } from './types';
import type { Val } from './values';

// Values injected from configuration: `@Value("${klaviyo.base-url:https://…}")` on a field or a
// constructor parameter, and the fields of a class bound to a settings section (Spring's
// `@ConfigurationProperties(prefix = "klaviyo")`, .NET's `KlaviyoOptions` for section "Klaviyo").
// A key no file sets is a hole named for the key, so a key naming Klaviyo's URL counts as its base.

/** The value an injecting annotation gives, or null when none of them injects. */
export function injectedSetting(project: IrProject, annotations: readonly Annotation[]): Val | null {
  const a = annotations.find((x) => project.table.settingAnnotations.includes(x.name));
  const text = a ? literalText(a.args[0]?.value) : null;
  return text !== null && /\$\{/.test(text) ? placeholderValue(project, text) : null;
}

/** Text with `${key:default}` placeholders: each the setting's value, its default, or a hole named for the key. */
export function placeholderValue(project: IrProject, text: string): TValue {
  const parts: TValue[] = [];
  let last = 0;
  for (const m of text.matchAll(/\$\{([^:}]+)(?::([^}]*))?\}/g)) {
    if (m.index > last) parts.push({ kind: 'str', parts: [text.slice(last, m.index)] });
    last = m.index + m[0].length;
    parts.push(project.settings.get(m[1]) ?? (m[2] ? { kind: 'str', parts: [m[2]] } : { kind: 'unknown', name: m[1] }));
  }
  if (last < text.length) parts.push({ kind: 'str', parts: [text.slice(last)] });
  return parts.length === 1 ? parts[0] : tConcat(...parts);
}

/** A field of a class bound to a settings section: the section's key when a file sets it. */
export function boundSetting(project: IrProject, cls: ClassDecl, name: string): Val | null {
  const { table, settings } = project;
  const bound = cls.annotations.find((a) => table.settingClasses.includes(a.name));
  if (bound) {
    const prefix = literalText((bound.args.find((x) => x.name === 'prefix' || x.name === 'value') ?? bound.args.find((x) => !x.name))?.value);
    if (prefix === null) return null;
    return settings.get(`${prefix}.${name}`) ?? { kind: 'unknown', name: `${prefix}.${name}` };
  }
  const suffix = table.optionSuffixes.find((s) => cls.name.endsWith(s) && cls.name !== s);
  if (!suffix) return null;
  const declared = cls.fields.filter((f) => /^(Section|SectionName|ConfigSection|Key)$/.test(f.name)).map((f) => literalText(f.init));
  const sections = [...declared, cls.name, cls.name.slice(0, -suffix.length)].filter((x): x is string => !!x);
  for (const s of sections) {
    const v = settings.get(`${s}:${name}`);
    if (v) return v;
  }
  return null;
}

/** `IOptions<KlaviyoOptions>`: the wrapped class and the property that unwraps it. */
export function wrapped(project: IrProject, type: string | undefined): Val | null {
  const m = type ? /^([\w.]+)\s*<\s*([\w.]+)\s*>\??$/.exec(type.trim()) : null;
  const prop = m ? own(project.table.wrappers, m[1].split('.').pop() as string) : undefined;
  if (!m || !prop) return null;
  const cls = m[2].split('.').pop() as string;
  return project.classes.has(cls) ? { kind: 'inst', cls, unwrap: prop } : null;
}

function literalText(e: Expr | undefined): string | null {
  return e?.k === 'str' && e.parts.every((p) => typeof p === 'string') ? e.parts.join('') : null;
}
