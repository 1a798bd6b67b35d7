// The languages analyzed through tree-sitter grammars, registered in this one place.
import type { TreeLanguage } from '../engine/tree-languages';
import { csharpLanguage } from '../csharp/language';
import { goLanguage } from '../go/language';
import { javaLanguage } from '../java/language';
import { phpLanguage } from '../php/language';
import { pythonLanguage } from '../python/language';
import { rubyLanguage } from '../ruby/language';
import { shellLanguage } from '../shell/language';

export const TREE_LANGUAGES: readonly TreeLanguage[] = [phpLanguage, rubyLanguage, shellLanguage, pythonLanguage, goLanguage, javaLanguage, csharpLanguage];

export function treeLanguageOf(file: string): TreeLanguage | undefined {
  const lower = file.toLowerCase();
  return TREE_LANGUAGES.find((l) => l.extensions.some((e) => lower.endsWith(e)));
}
