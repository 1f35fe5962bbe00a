// Resources and verdict helpers shared by the IAM checks.

import type { CheckContext, ResourceRef } from '../define.js';
import type { CredentialReport, CredentialRow } from '../../data/credential-report.js';
import type { Finding } from '../../model.js';
import { PolicyParseError } from '../../policy/document.js';
import { credentialUses, CredentialReportValueError, describeUse, reportAge, unusedCredentials } from './iam-credentials.js';

/** The account, named by its root principal ARN: the subject of root and account-setting checks. */
export function accountResource(ctx: CheckContext): ResourceRef {
  return { id: ctx.account.id, arn: `arn:${ctx.account.partition}:iam::${ctx.account.id}:root` };
}


/** Runs `verdict` on every IAM user of the report; a user whose row cannot be read gets an ERROR. */
export function judgeUsers(
  report: CredentialReport,
  ctx: CheckContext,
  verdict: (row: CredentialRow, resource: ResourceRef, when: string) => Finding,
): Finding[] {
  const when = reportAge(report.generatedTime);
  return report.users.map((row) => {
    const resource = { id: row.user, arn: row.arn ?? '' };
    try {
      return verdict(row, resource, when);
    } catch (err) {
      if (err instanceof CredentialReportValueError) return ctx.undetermined(resource, `Could not evaluate user ${row.user}: ${err.message} (${when}).`);
      return ctx.undetermined(resource, `Could not evaluate user ${row.user}: its credential report row has an unexpected shape (${reasonOf(err)}) (${when}).`);
    }
  });
}

/** Runs `verdict` on a parsed policy; a document that does not parse, or data of unexpected shape, gives an ERROR for that resource. */
export function judgeDocument(ctx: CheckContext, resource: ResourceRef, what: string, verdict: () => Finding): Finding {
  try {
    return verdict();
  } catch (err) {
    if (err instanceof PolicyParseError) return ctx.undetermined(resource, `Could not evaluate ${what}: its policy document does not parse (${err.message}).`);
    // An answer of a shape AWS does not give (an emulator's, say) spoils this resource, not the whole check.
    return ctx.undetermined(resource, `Could not evaluate ${what}: IAM returned data of an unexpected shape (${reasonOf(err)}).`);
  }
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** One result per IAM user: FAIL when its password or an active key has gone unused for `days` days or more. */
export function judgeUnusedCredentials(report: CredentialReport, days: number, ctx: CheckContext): Finding[] {
  return judgeUsers(report, ctx, (row, resource, when) => {
    const unused = unusedCredentials(row, days, ctx.now);
    if (unused.length > 0) {
      return ctx.fail(resource, `User ${row.user} has credentials unused for ${days} days or more: ${unused.map((use) => describeUse(use, ctx.now)).join('; ')} (${when}).`);
    }
    const uses = credentialUses(row);
    return ctx.pass(
      resource,
      uses.length === 0
        ? `User ${row.user} has no console password and no active access key (${when}).`
        : `Every credential of user ${row.user} was used or created in the last ${days} days: ${uses.map((use) => describeUse(use, ctx.now)).join('; ')} (${when}).`,
    );
  });
}
