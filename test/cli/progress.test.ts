import { describe, expect, it } from 'vitest';
import { planKey, progressPrinter } from '../../src/cli/progress.js';

describe('progress on stderr', () => {
  it('prints one line as each region and service completes', () => {
    const lines: string[] = [];
    const plan = new Map([
      [planKey('eu-west-1', 'ec2'), 2],
      [planKey('global', 'iam'), 1],
    ]);
    const progress = progressPrinter(plan, { write: (t) => lines.push(t) });
    progress({ checkId: 'a', service: 'ec2', region: 'eu-west-1', done: 1, total: 3 });
    expect(lines).toEqual([]);
    progress({ checkId: 'b', service: 'iam', region: 'global', done: 2, total: 3 });
    progress({ checkId: 'c', service: 'ec2', region: 'eu-west-1', done: 3, total: 3 });
    expect(lines.map((l) => l.trim().replace(/\s+/g, ' '))).toEqual(['[2/3] global iam done', '[3/3] eu-west-1 ec2 done']);
  });
});
