import { describe, expect, test } from 'vitest';
import { formatCheckList, type JsonCheckListEntry } from '../../src/report/check-list.js';
import { displayWidth } from '../../src/report/text.js';
import { CHECK_META } from './fixture.js';

const table = (color = false, width?: number) => formatCheckList(CHECK_META, { format: 'table', color, ...(width ? { width } : {}) });

describe('table', () => {
  test.for([40, 80])('every line fits in %i columns', (width) => {
    for (const line of table(false, width).trimEnd().split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
  });

  test('lists every check with severity, service, id and title, grouped by pillar', () => {
    const out = table();
    expect(out).toContain('TRANSIT - Encryption in transit (2 checks)');
    expect(out).toMatch(/^high {6}elbv2 {7}elbv2-listener-uses-tls$/m);
    expect(out).toMatch(/^ {22}Load balancer listeners use HTTPS or TLS$/m);
    expect(out).toMatch(/^info {6}iam {9}iam-access-analyzer-enabled$/m);
    for (const m of CHECK_META) expect(out).toContain(m.id);
    expect(out.trimEnd().split('\n').at(-1)).toBe('9 checks');
    const headings = out.split('\n').filter((l) => /^[A-Z]+ - /.test(l)).map((l) => l.split(' ')[0]);
    expect(headings).toEqual(['TRANSIT', 'REST', 'PREVENTION', 'DETECTION', 'IAM']);
  });

  test('colour only when asked', () => {
    expect(table(false)).not.toMatch(/\u001b/);
    expect(table(true)).toMatch(/\u001b\[31mhigh/);
    expect(table(true).replace(/\u001b\[[0-9;]*m/g, '')).toBe(table(false));
  });
});

describe('json', () => {
  const text = formatCheckList(CHECK_META, { format: 'json', color: true });
  const entries = JSON.parse(text) as JsonCheckListEntry[];

  test('an array of every check, by pillar then id, with references; no colour', () => {
    expect(text).not.toMatch(/\u001b/);
    expect(text.endsWith(']\n')).toBe(true);
    expect(entries.map((e) => e.id)).toEqual([
      'elbv2-listener-uses-tls',
      's3-bucket-denies-insecure-transport',
      'kms-key-rotation-enabled',
      'rds-instance-storage-encrypted',
      'ec2-sg-no-ssh-from-internet',
      'cloudtrail-multi-region-enabled',
      'iam-access-analyzer-enabled',
      'iam-password-policy-reuse',
      'iam-root-mfa-enabled',
    ]);
    const rds = entries.find((e) => e.id === 'rds-instance-storage-encrypted')!;
    expect(rds).toMatchObject({ pillar: 'rest', service: 'rds', severity: 'medium', title: 'RDS DB instances encrypt their storage at rest' });
    expect(rds.references).toEqual({ cis: { v5: '2.2.1', v3: '2.3.1' }, securityHub: { ids: ['RDS.3'], standard: 'fsbp' }, docs: [] });
    expect(Object.keys(rds)).toEqual(['id', 'title', 'pillar', 'service', 'severity', 'resourceType', 'description', 'risk', 'remediation', 'references']);
  });
});
