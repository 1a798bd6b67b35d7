// Plain generated code per language (no Klaviyo): the bulk of a benchmark tree.

import { cap, chunks, int, snake, targetSize, type Rand } from './random';

export function tsPlain(r: Rand, id: string, imports: string[], js: boolean): string {
  const out: string[] = [`// ${id}: generated module (benchmark fixture).`];
  for (const imp of imports) out.push(`import { ${imp.split('|')[1]} } from './${imp.split('|')[0]}';`);
  const target = targetSize(r);
  const size = out.join('\n').length;
  const T = (t: string): string => (js ? '' : t);
  out.push(`export const ${id}Version = ${int(r, 1, 999)};`);
  const parts = chunks(r, size, target, 2, (k, a, b, v) => {
    switch (k % 4) {
      case 0:
        return js ? `/** A ${a} with its ${b}. */` : `export interface ${cap(a)}${cap(b)}${k} {\n  id: string;\n  ${a}Count: number;\n  ${b}Name?: string;\n  tags: string[];\n}`;
      case 1:
        return `export function ${v}${cap(a)}${k}(items${T(': number[]')}, factor${T(': number')})${T(': number')} {\n  let total = 0;\n  for (const x of items) {\n    if (x % ${int(r, 2, 9)} === 0) total += x * factor;\n    else total -= Math.floor(x / ${int(r, 2, 7)});\n  }\n  const label = \`${a}-\${total}-${b}\`;\n  return label.length > ${int(r, 5, 40)} ? total : total + ${int(r, 1, 99)};\n}`;
      case 2:
        return `export class ${cap(a)}${cap(v)}er${k} {\n  private readonly cache = new Map${T('<string, number>')}();\n  constructor(private readonly prefix${T(': string')} = '${b}') {}\n  get(key${T(': string')})${T(': number')} {\n    const hit = this.cache.get(this.prefix + key);\n    if (hit !== undefined) return hit;\n    const value = key.split('').reduce((n, c) => n + c.charCodeAt(0), ${int(r, 0, 100)});\n    this.cache.set(this.prefix + key, value);\n    return value;\n  }\n  clear()${T(': void')} {\n    this.cache.clear();\n  }\n}`;
      default:
        return `export const ${a}${cap(b)}Table${k} = {\n  name: '${a} ${b}',\n  limits: [${int(r, 1, 9)}, ${int(r, 10, 99)}, ${int(r, 100, 999)}],\n  enabled: ${r() < 0.5},\n  describe: (n${T(': number')}) => \`\${n} ${b} per ${a}\`,\n};`;
    }
  });
  for (const chunk of parts) out.push('', chunk);
  return out.join('\n') + '\n';
}

export function pyPlain(r: Rand, id: string, imports: string[]): string {
  const out: string[] = [`"""${id}: generated module (benchmark fixture)."""`, 'import math', 'from dataclasses import dataclass'];
  for (const imp of imports) out.push(`from .${imp.split('|')[0]} import ${imp.split('|')[1]}`);
  const target = targetSize(r);
  const size = out.join('\n').length;
  out.push('', `VERSION_${id.toUpperCase()} = ${int(r, 1, 999)}`);
  for (const chunk of chunks(r, size, target, 1, (k, a, b, v) =>
    k % 3 === 0
      ? `@dataclass\nclass ${cap(a)}${cap(b)}${k}:\n    name: str\n    count: int = ${int(r, 0, 9)}\n\n    def ${v}(self, items):\n        total = 0\n        for x in items:\n            if x % ${int(r, 2, 9)} == 0:\n                total += x * self.count\n            else:\n                total -= math.floor(x / ${int(r, 2, 7)})\n        return f"{self.name}-{total}"\n`
      : k % 3 === 1
        ? `def ${snake(v, a)}_${k}(rows, factor=${int(r, 1, 9)}):\n    """${cap(v)} the ${a} rows by ${b}."""\n    out = {}\n    for row in rows:\n        key = row.get("${b}", "none")\n        out[key] = out.get(key, 0) + row.get("${a}", 0) * factor\n    return sorted(out.items(), key=lambda kv: kv[1])\n`
        : `${a.toUpperCase()}_${b.toUpperCase()}_${k} = {\n    "name": "${a} ${b}",\n    "limits": [${int(r, 1, 9)}, ${int(r, 10, 99)}, ${int(r, 100, 999)}],\n    "enabled": ${r() < 0.5 ? 'True' : 'False'},\n}\n`))
    out.push('', chunk);
  return out.join('\n') + '\n';
}

export function phpPlain(r: Rand, id: string): string {
  const out: string[] = ['<?php', `// ${id}: generated class (benchmark fixture).`, '', `namespace Acme\\Bench;`, '', `final class ${cap(id)}`, '{'];
  const target = targetSize(r);
  const size = out.join('\n').length;
  for (const chunk of chunks(r, size, target, 1, (k, a, b, v) =>
    `    public function ${v}${cap(a)}${k}(array $items, int $factor = ${int(r, 1, 9)}): array\n    {\n        $out = [];\n        foreach ($items as $key => $item) {\n            if (($item['${b}'] ?? 0) % ${int(r, 2, 9)} === 0) {\n                $out[$key] = ($item['${a}'] ?? 0) * $factor;\n            } else {\n                $out[$key] = sprintf('%s-%d', '${a}', $factor);\n            }\n        }\n        return $out;\n    }\n`))
    out.push(chunk);
  out.push('}');
  return out.join('\n') + '\n';
}

export function rbPlain(r: Rand, id: string): string {
  const out: string[] = [`# ${id}: generated module (benchmark fixture).`, `module Bench`, `  class ${cap(id)}`];
  const target = targetSize(r);
  const size = out.join('\n').length;
  for (const chunk of chunks(r, size, target, 1, (k, a, b, v) =>
    `    def ${v}_${a}_${k}(items, factor = ${int(r, 1, 9)})\n      items.each_with_object({}) do |item, out|\n        key = item.fetch(:${b}, :none)\n        if (item[:${a}] || 0) % ${int(r, 2, 9)} == 0\n          out[key] = (out[key] || 0) + item[:${a}].to_i * factor\n        else\n          out[key] = "#{key}-#{factor}"\n        end\n      end\n    end\n`))
    out.push(chunk);
  out.push('  end', 'end');
  return out.join('\n') + '\n';
}

export function goPlain(r: Rand, id: string): string {
  const out: string[] = [`// Package ${id} is generated (benchmark fixture).`, `package ${id.toLowerCase()}`, '', 'import "fmt"'];
  const target = targetSize(r);
  const size = out.join('\n').length;
  for (const chunk of chunks(r, size, target, 1, (k, a, b, v) =>
    `func ${cap(v)}${cap(a)}${k}(items []int, factor int) string {\n\ttotal := 0\n\tfor _, x := range items {\n\t\tif x%${int(r, 2, 9)} == 0 {\n\t\t\ttotal += x * factor\n\t\t} else {\n\t\t\ttotal -= x / ${int(r, 2, 7)}\n\t\t}\n\t}\n\treturn fmt.Sprintf("${a}-%d-${b}", total)\n}\n`))
    out.push('', chunk);
  return out.join('\n') + '\n';
}

export function javaPlain(r: Rand, id: string): string {
  const out: string[] = [`// ${id}: generated class (benchmark fixture).`, 'package acme.bench;', '', `public final class ${cap(id)} {`];
  const target = targetSize(r);
  const size = out.join('\n').length;
  for (const chunk of chunks(r, size, target, 1, (k, a, b, v) =>
    `  public static String ${v}${cap(a)}${k}(int[] items, int factor) {\n    int total = 0;\n    for (int x : items) {\n      if (x % ${int(r, 2, 9)} == 0) total += x * factor;\n      else total -= x / ${int(r, 2, 7)};\n    }\n    return String.format("${a}-%d-${b}", total);\n  }\n`))
    out.push(chunk);
  out.push('}');
  return out.join('\n') + '\n';
}

export function csPlain(r: Rand, id: string): string {
  const out: string[] = [`// ${id}: generated class (benchmark fixture).`, 'namespace Acme.Bench;', '', `public static class ${cap(id)}`, '{'];
  const target = targetSize(r);
  const size = out.join('\n').length;
  for (const chunk of chunks(r, size, target, 1, (k, a, b, v) =>
    `    public static string ${cap(v)}${cap(a)}${k}(int[] items, int factor)\n    {\n        var total = 0;\n        foreach (var x in items)\n        {\n            if (x % ${int(r, 2, 9)} == 0) total += x * factor;\n            else total -= x / ${int(r, 2, 7)};\n        }\n        return $"${a}-{total}-${b}";\n    }\n`))
    out.push(chunk);
  out.push('}');
  return out.join('\n') + '\n';
}
