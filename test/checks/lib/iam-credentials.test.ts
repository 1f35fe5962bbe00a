import { describe, expect, it } from 'vitest';
import type { CredentialRow } from '../../../src/data/credential-report.js';
import {
  activeKeyCount,
  activeKeys,
  ageAtLeast,
  CredentialReportValueError,
  credentialUses,
  daysSince,
  isTrue,
  keysOlderThan,
  reportTime,
  rootUses,
  unusedCredentials,
} from '../../../src/checks/lib/iam-credentials.js';
import { rootRow, userRow } from '../../fixtures/iam.js';

const NOW = new Date('2026-11-01T12:00:00Z');
const row = (extra: Partial<CredentialRow>) => userRow('alice', extra);

describe('reportTime', () => {
  it('reads ISO 8601 times with offsets', () => {
    expect(reportTime(row({ password_last_used: '2026-10-30T08:15:00+00:00' }), 'password_last_used')?.toISOString()).toBe('2026-10-30T08:15:00.000Z');
  });

  it.each(['N/A', 'no_information', 'not_supported'])('reads %j as no time', (value) => {
    expect(reportTime(row({ password_last_used: value }), 'password_last_used')).toBeUndefined();
  });

  it('refuses a missing column (a report with fewer columns): unknown is not "never used"', () => {
    expect(() => reportTime(row({}), 'cert_1_last_rotated')).toThrow('the credential report has no column cert_1_last_rotated for alice');
  });

  it('refuses an empty value, which AWS never writes', () => {
    expect(() => reportTime(row({ password_last_used: '' }), 'password_last_used')).toThrow('the credential report leaves password_last_used empty for alice');
  });
});

describe('isTrue', () => {
  it('reads true and false in any case', () => {
    expect([isTrue(row({ mfa_active: 'true' }), 'mfa_active'), isTrue(row({ mfa_active: 'FALSE' }), 'mfa_active')]).toEqual([true, false]);
  });

  it('refuses a missing column or another value rather than reading it as false', () => {
    const { mfa_active: _dropped, ...withoutMfa } = row({});
    expect(() => isTrue(withoutMfa as CredentialRow, 'mfa_active')).toThrow(CredentialReportValueError);
    expect(() => isTrue(row({ access_key_1_active: 'N/A' }), 'access_key_1_active')).toThrow('is "n/a", not true or false');
  });

  it('refuses anything else', () => {
    expect(() => reportTime(row({ password_last_used: 'last week' }), 'password_last_used')).toThrow(CredentialReportValueError);
  });
});

describe('ages', () => {
  it('counts whole days and compares at the exact boundary', () => {
    const since = new Date('2026-08-03T12:00:00Z');
    expect(daysSince(since, NOW)).toBe(90);
    expect(ageAtLeast(since, NOW, 90)).toBe(true);
    expect(ageAtLeast(new Date('2026-08-03T12:00:01Z'), NOW, 90)).toBe(false);
  });
});

describe('access keys', () => {
  const keys = row({
    access_key_1_active: 'true',
    access_key_1_last_rotated: '2026-01-01T00:00:00+00:00',
    access_key_1_last_used_date: '2026-10-31T00:00:00+00:00',
    access_key_2_active: 'false',
    access_key_2_last_rotated: '2020-01-01T00:00:00+00:00',
  });

  it('lists only active keys', () => {
    expect(activeKeys(keys).map((k) => k.slot)).toEqual([1]);
    expect(activeKeyCount(keys)).toBe(1);
    expect(activeKeyCount(row({ access_key_1_active: 'true', access_key_2_active: 'true', access_key_2_last_rotated: 'garbage' }))).toBe(2);
  });

  it('finds active keys created N days ago or earlier, ignoring inactive ones', () => {
    expect(keysOlderThan(keys, 90, NOW).map((k) => k.slot)).toEqual([1]);
    expect(keysOlderThan(keys, 400, NOW)).toEqual([]);
  });

  it('refuses an active key without a creation time', () => {
    expect(() => keysOlderThan(row({ access_key_2_active: 'true' }), 90, NOW)).toThrow(CredentialReportValueError);
  });
});

describe('credential use', () => {
  it('measures a used password from its last use', () => {
    const uses = credentialUses(row({ password_enabled: 'true', password_last_used: '2026-10-01T00:00:00+00:00', password_last_changed: '2025-01-01T00:00:00+00:00' }));
    expect(uses).toEqual([{ credential: 'console password', lastUsed: new Date('2026-10-01T00:00:00Z'), idleSince: new Date('2026-10-01T00:00:00Z') }]);
  });

  it('measures a never-used password from its last change, else from the user creation', () => {
    const changed = credentialUses(row({ password_enabled: 'true', password_last_used: 'no_information', password_last_changed: '2026-10-20T00:00:00+00:00' }));
    expect(changed[0]!.idleSince.toISOString()).toBe('2026-10-20T00:00:00.000Z');
    const created = credentialUses(row({ password_enabled: 'true' }));
    expect(created[0]!.idleSince.toISOString()).toBe('2024-02-10T09:00:00.000Z');
  });

  it('measures a never-used key from its creation', () => {
    const uses = credentialUses(row({ access_key_2_active: 'true', access_key_2_last_rotated: '2026-09-01T00:00:00+00:00' }));
    expect(uses).toEqual([{ credential: 'access key 2', lastUsed: undefined, idleSince: new Date('2026-09-01T00:00:00Z') }]);
  });

  it('ignores a disabled password and inactive keys', () => {
    expect(credentialUses(row({ password_last_used: '2020-01-01T00:00:00+00:00', access_key_1_last_rotated: '2020-01-01T00:00:00+00:00' }))).toEqual([]);
  });

  it('returns the credentials idle for N days or more', () => {
    const r = row({
      password_enabled: 'true',
      password_last_used: '2026-09-17T12:00:00+00:00',
      access_key_1_active: 'true',
      access_key_1_last_rotated: '2026-10-25T00:00:00+00:00',
    });
    expect(unusedCredentials(r, 45, NOW).map((u) => u.credential)).toEqual(['console password']);
    expect(unusedCredentials(r, 46, NOW)).toEqual([]);
  });
});

describe('root', () => {
  const root = rootRow;

  it('lists root uses most recent first, inactive keys included', () => {
    const uses = rootUses(
      root({ password_last_used: '2026-01-01T00:00:00+00:00', access_key_2_active: 'false', access_key_2_last_used_date: '2026-06-01T00:00:00+00:00' }),
    );
    expect(uses.map((u) => u.credential)).toEqual(['root access key 2', 'root password']);
  });

});
