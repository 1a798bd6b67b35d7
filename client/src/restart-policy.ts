// When the language server dies: restart it, unless it already crashed too often lately.
// Pure (no editor API), so the policy is unit-tested on its own; error-handler.ts applies it.

export interface RestartDecision {
  restart: boolean;
  /** Crashes inside the window, this one included. */
  crashes: number;
}

export class RestartPolicy {
  private crashTimes: number[] = [];

  /**
   * @param maxCrashes the crash that makes this many inside `windowMs` is not restarted.
   * @param windowMs how far back crashes count.
   */
  constructor(
    readonly maxCrashes = 4,
    readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  recordCrash(): RestartDecision {
    const t = this.now();
    this.crashTimes = this.crashTimes.filter((c) => t - c < this.windowMs);
    this.crashTimes.push(t);
    return { restart: this.crashTimes.length < this.maxCrashes, crashes: this.crashTimes.length };
  }

  /** After the user restarts the server by hand, earlier crashes no longer count. */
  reset(): void {
    this.crashTimes = [];
  }
}

/** What the user is told after a crash: restarted (a warning), or given up on (an error). */
export function crashNotice(d: RestartDecision, policy: Pick<RestartPolicy, 'maxCrashes' | 'windowMs'>): { level: 'warning' | 'error'; message: string } {
  const minutes = Math.round(policy.windowMs / 60_000);
  return d.restart
    ? { level: 'warning', message: `Klaviyo Scopes: the language server stopped unexpectedly and was restarted (${d.crashes} of ${policy.maxCrashes - 1} restarts allowed in ${minutes} minutes).` }
    : { level: 'error', message: `Klaviyo Scopes: the language server crashed ${d.crashes} times in ${minutes} minutes and will not be restarted.` };
}
