// What the language status item says for a server status. Pure, so it is unit-tested.
import type { StatusParams } from '../../server/src/lsp/protocol';

export type StatusSeverity = 'information' | 'warning' | 'error';

export interface StatusView {
  text: string;
  detail: string;
  busy: boolean;
  severity: StatusSeverity;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export function statusView(s: StatusParams): StatusView {
  if (s.state === 'scanning') {
    return { text: 'Klaviyo: scanning…', detail: s.message ?? 'Looking for Klaviyo API calls', busy: true, severity: 'information' };
  }
  if (s.state === 'error') {
    return { text: 'Klaviyo: error', detail: s.message ?? 'The scan failed; see the output', busy: false, severity: 'error' };
  }
  // Short: the hover has room for a few words beside its action, and a long detail pushes it out of sight.
  const calls = plural(s.calls, 'call');
  if (s.keys === 0) {
    return { text: 'Klaviyo: no keys', detail: s.message ?? `${calls} · no klaviyo.keys.json key`, busy: false, severity: 'information' };
  }
  const detail = s.message ?? (s.missing > 0 ? `${calls} · ${plural(s.missing, 'scope')} missing` : `${calls} · all scopes granted`);
  return { text: `Klaviyo: ${plural(s.keys, 'key')} · ${s.missing} missing`, detail, busy: false, severity: s.missing > 0 ? 'error' : 'information' };
}

export const STARTING_VIEW: StatusView = { text: 'Klaviyo: starting…', detail: 'Starting the language server', busy: true, severity: 'information' };
export const STOPPED_VIEW: StatusView = { text: 'Klaviyo: stopped', detail: 'The language server is not running; see the output', busy: false, severity: 'warning' };
