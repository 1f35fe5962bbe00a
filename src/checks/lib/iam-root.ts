// Facts about the root user: what GetAccountSummary says, and whether Organizations has taken its
// credentials away (centralised root access), which makes "no MFA" the expected state.

import type { CheckContext } from '../define.js';
import type { Fetched } from '../../data/dataset.js';
import type { CredentialReport } from '../../data/credential-report.js';
import type { AwsErrorInfo, Finding } from '../../model.js';
import { CredentialReportValueError, rootHasNoCredentials } from './iam-credentials.js';
import { accountResource, undetermined } from './iam-findings.js';

export const ROOT_CREDENTIALS_MANAGEMENT = 'RootCredentialsManagement';

/** ListOrganizationsFeatures answers that rule centralised root access out: no organization, no all-features mode, no IAM trusted access. */
const NO_CENTRAL_ROOT_ACCESS = new Set(['OrganizationNotFoundException', 'OrganizationNotInAllFeaturesModeException', 'ServiceAccessNotEnabledException']);
/** A member account asking: it cannot know, and says so. */
const NOT_ADMINISTRATOR = 'AccountNotManagementOrDelegatedAdministratorException';

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
    return undetermined(ctx, accountResource(ctx), `Could not evaluate the root user of account ${ctx.account.id}: iam:GetAccountSummary returned no ${key} value.`);
  }
  return verdict(flag);
}

export type RootExemption =
  /** Root credentials are managed centrally and root has none: no MFA is needed. */
  | { kind: 'exempt' }
  /** Root is expected to hold its own credentials; `note` says why when that could not be confirmed. */
  | { kind: 'none'; note?: string }
  /** Central management is on but the credential report, needed to see root's credentials, failed. */
  | { kind: 'unknown'; error: AwsErrorInfo }
  | { kind: 'undetermined'; message: string };

/**
 * Whether a root user without MFA is a member account whose root credentials Organizations removed:
 * the feature must be enabled and the report's root row must show no MFA, no key and no password use.
 */
export function rootMfaExemption(features: Fetched<string[]>, report: Fetched<CredentialReport>): RootExemption {
  if (!features.ok) {
    // Outside an organization, or one that cannot use centralised root access, root keeps its credentials.
    if (NO_CENTRAL_ROOT_ACCESS.has(features.error.code)) return { kind: 'none' };
    const why = features.error.code === NOT_ADMINISTRATOR ? '; only the management account or its delegated administrator may ask' : '';
    return { kind: 'none', note: `whether Organizations manages root credentials centrally could not be read (${features.error.action}: ${features.error.code}${why})` };
  }
  if (!features.value.includes(ROOT_CREDENTIALS_MANAGEMENT)) return { kind: 'none' };
  if (!report.ok) return { kind: 'unknown', error: report.error };
  const root = report.value.root;
  if (!root) return { kind: 'undetermined', message: 'the credential report has no <root_account> row' };
  try {
    return rootHasNoCredentials(root) ? { kind: 'exempt' } : { kind: 'none' };
  } catch (err) {
    if (err instanceof CredentialReportValueError) return { kind: 'undetermined', message: err.message };
    throw err;
  }
}

const EXEMPTION_REASON =
  'Organizations manages root credentials centrally (RootCredentialsManagement) and the credential report shows no root MFA, no root access key and no root password use, so the root user has no credentials to protect';

/**
 * The verdict of a root MFA check when GetAccountSummary says root has no MFA: PASS for a root
 * whose credentials Organizations removed, otherwise FAIL with `failure` (a sentence without its
 * final full stop), or ERROR when that cannot be told.
 */
export function judgeRootWithoutMfa(ctx: CheckContext, features: Fetched<string[]>, report: Fetched<CredentialReport>, failure: string): Finding {
  const resource = accountResource(ctx);
  const account = ctx.account.id;
  const exemption = rootMfaExemption(features, report);
  switch (exemption.kind) {
    case 'exempt':
      return ctx.pass(resource, `The root user of account ${account} has no MFA, but ${EXEMPTION_REASON}.`);
    case 'unknown':
      return ctx.error(resource, exemption.error, `the root credentials of account ${account} (root has no MFA and Organizations manages root credentials centrally)`);
    case 'undetermined':
      return undetermined(ctx, resource, `Could not evaluate the root user of account ${account}: it has no MFA, Organizations manages root credentials centrally, and ${exemption.message}.`);
    case 'none':
      return ctx.fail(resource, `${failure}${exemption.note ? `; ${exemption.note}` : ''}.`);
  }
}
