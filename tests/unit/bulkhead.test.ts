import { describe, expect, it } from 'vitest';
import { bulkhead } from '@/lib/http/bulkhead.mjs';

describe('the search bulkhead', () => {
  it('runs a few at a time, the rest in the order they came, and refuses past its line', async () => {
    const gate = bulkhead({ concurrency: 1, queueLimit: 2 });
    const started: string[] = [];
    const run = (name: string) => gate.enter().then((admitted) => (admitted ? started.push(name) : started.push(`${name} refused`)));
    const first = run('first');
    const second = run('second');
    const third = run('third');
    await run('fourth');
    await first;
    expect(started).toEqual(['first', 'fourth refused']);
    expect([gate.active, gate.waiting]).toEqual([1, 2]);

    gate.leave();
    await second;
    expect(started).toEqual(['first', 'fourth refused', 'second']);
    gate.leave();
    await third;
    gate.leave();
    expect([gate.active, gate.waiting]).toEqual([0, 0]);
    // Free again: the next one starts at once.
    expect(await gate.enter()).toBe(true);
  });
});
