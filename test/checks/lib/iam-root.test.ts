import { describe, expect, it } from 'vitest';
import { summaryValue } from '../../../src/checks/lib/iam-root.js';

describe('summaryValue', () => {
  it('reads 0 and 1, and gives no value for a missing flag', () => {
    expect(summaryValue({ AccountMFAEnabled: 1 }, 'AccountMFAEnabled')).toBe(true);
    expect(summaryValue({ AccountMFAEnabled: 0 }, 'AccountMFAEnabled')).toBe(false);
    expect(summaryValue({}, 'AccountAccessKeysPresent')).toBeUndefined();
  });

  it('reads a flag sent as numeric text, and nothing else', () => {
    expect(summaryValue({ AccountMFAEnabled: '1' as unknown as number }, 'AccountMFAEnabled')).toBe(true);
    expect(summaryValue({ AccountMFAEnabled: 'yes' as unknown as number }, 'AccountMFAEnabled')).toBeUndefined();
  });
});
