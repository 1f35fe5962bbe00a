// Facts about the root user from GetAccountSummary: whether it has MFA, and whether it holds any
// credential at all (none, under centralized root access, makes "no MFA" the expected state).

import type { CheckContext } from '../define.js';
import type { Finding } from '../../model.js';
import { accountResource } from './iam-findings.js';

export type SummaryKey = 'AccountMFAEnabled' | 'AccountAccessKeysPresent';

/** A 0/1 flag of GetAccountSummary's SummaryMap; undefined when the answer has no number for it (a malformed answer, not "off"). */
export function summaryValue(summary: Record<string, number>, key: SummaryKey): boolean | undefined {
  const value: unknown = summary[key];
  const count = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  return count === undefined || Number.isNaN(count) ? undefined : count > 0;
}

/** The verdict on a summary flag, or an ERROR for the account when the answer lacks the flag. */
export function judgeSummaryFlag(ctx: CheckContext, summary: Record<string, number>, key: SummaryKey, verdict: (on: boolean) => Finding): Finding {
  const flag = summaryValue(summary, key);
  if (flag === undefined) {
    return ctx.undetermined(accountResource(ctx), `Could not evaluate the root user of account ${ctx.account.id}: iam:GetAccountSummary returned no ${key} value.`);
  }
  return verdict(flag);
}

/** The GetAccountSummary flags that say whether the root user holds a credential of each kind. */
const ROOT_CREDENTIAL_FLAGS = ['AccountPasswordPresent', 'AccountAccessKeysPresent', 'AccountSigningCertificatesPresent'] as const;

/**
 * The verdict of a root MFA check when GetAccountSummary says root has no MFA. A root user with no
 * password, no access key and no signing certificate has nothing for MFA to protect (centralized
 * root access deleted them, or they were never set): PASS with that reason. GetAccountSummary
 * answers this in every account, members included (CHECKS-3 section 0 item 5); the credential
 * report cannot (its root row says `not_supported` for the password). Otherwise FAIL with
 * `failure`, a sentence without its final full stop.
 */
export function judgeRootWithoutMfa(ctx: CheckContext, summary: Record<string, number>, failure: string): Finding {
  const resource = accountResource(ctx);
  const present = ROOT_CREDENTIAL_FLAGS.map((key) => [key, presenceOf(summary, key)] as const);
  const held = present.filter(([, value]) => value === true).map(([key]) => key);
  const unreported = present.filter(([, value]) => value === undefined).map(([key]) => key);
  if (held.length === 0 && unreported.length === 0) {
    return ctx.pass(
      resource,
      `The root user of account ${ctx.account.id} has no MFA, but it has no password, no access key and no signing certificate (GetAccountSummary), so it has no credentials to protect: centralized root access removed them, or they were never set.`,
    );
  }
  const why = held.length > 0 ? `it holds ${held.map(describeFlag).join(', ')}` : `GetAccountSummary does not report ${unreported.join(', ')}, so whether it holds credentials is unknown`;
  return ctx.fail(resource, `${failure}: ${why}.`);
}

function presenceOf(summary: Record<string, number>, key: string): boolean | undefined {
  const value: unknown = summary[key];
  const count = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
  return count === undefined || Number.isNaN(count) ? undefined : count > 0;
}

function describeFlag(key: (typeof ROOT_CREDENTIAL_FLAGS)[number]): string {
  return key === 'AccountPasswordPresent' ? 'a password' : key === 'AccountAccessKeysPresent' ? 'an access key' : 'a signing certificate';
}
