// The client's safety rules, editor-free: Generate Config writes only onto the text its proposal
// was computed from, and a dying server is restarted with a message at most 3 times in 3 minutes.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { planApply } from '../../client/src/apply-guard';
import { crashNotice, RestartPolicy } from '../../client/src/restart-policy';

describe('client: Generate Config applies only onto what it was computed from', () => {
  const text = '{\n  // keys\n  "keys": []\n}\n';
  it('replaces the file when it still holds the text the proposal came from', () => {
    assert.equal(planApply(text, text), 'replace');
  });
  it('refuses when the file changed meanwhile (an edit, a save from elsewhere, a line ending)', () => {
    for (const now of [text.replace('keys', 'Keys'), `${text}\n`, text.replace(/\n/g, '\r\n'), '']) assert.equal(planApply(text, now), 'refuse');
  });
  it('creates a new file only when there still is none', () => {
    assert.equal(planApply(null, undefined), 'create');
    assert.equal(planApply(null, '{}'), 'refuse', 'a file appeared meanwhile');
    assert.equal(planApply(text, undefined), 'refuse', 'the file was deleted meanwhile');
  });
});

describe('client: a dying server is restarted with a message, at most a few times', () => {
  it('restarts with a warning 3 times, then stops with an error naming the count', () => {
    let now = 0;
    const policy = new RestartPolicy(4, 180_000, () => now);
    const notices = [0, 1_000, 2_000, 3_000].map((t) => {
      now = t;
      return crashNotice(policy.recordCrash(), policy);
    });
    assert.deepEqual(notices.map((n) => n.level), ['warning', 'warning', 'warning', 'error']);
    assert.match(notices[0].message, /stopped unexpectedly and was restarted \(1 of 3 restarts allowed in 3 minutes\)/);
    assert.match(notices[3].message, /crashed 4 times in 3 minutes and will not be restarted/);
  });

  it('a server that crashes at once on every start is given up on after 4 crashes', () => {
    const policy = new RestartPolicy(4, 180_000, () => 0);
    let restarts = 0;
    while (policy.recordCrash().restart) restarts++;
    assert.equal(restarts, 3);
  });
});
