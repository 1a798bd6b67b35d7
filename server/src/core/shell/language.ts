import type { TreeLanguage } from '../engine/tree-languages';
import { analyzeShell } from './analyze';

/** Shell scripts (bash grammar): curl, and functions that wrap it. No SDK, so no revision. */
export const shellLanguage: TreeLanguage = {
  language: 'shell',
  grammar: 'bash',
  extensions: ['.sh', '.bash'],
  sdkRevision: () => null,
  analyze: analyzeShell,
};
