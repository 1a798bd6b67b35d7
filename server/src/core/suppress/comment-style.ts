import path from 'node:path';
import { CONFIG_FILE_NAME } from '../config/schema';
import { languageOf } from '../engine/file-analyzer';
import { isEnvFile } from '../secrets/hardcoded-key';
import type { Language } from '../model';
import type { CommentStyle } from './directives';

/** How each language writes a comment: the only part of suppressions that differs by language. */
const STYLE: Record<Language, CommentStyle> = {
  typescript: 'c', javascript: 'c', go: 'c', java: 'c', csharp: 'c',
  php: 'php',
  python: 'hash', ruby: 'hash', shell: 'hash',
};

/** The comment style of a file that can carry directives (sources, klaviyo.keys.json, .env), else null. */
export function commentStyleOf(file: string): CommentStyle | null {
  if (path.basename(file) === CONFIG_FILE_NAME) return 'c';
  if (isEnvFile(file)) return 'hash';
  const language = languageOf(file);
  return language ? STYLE[language] : null;
}
