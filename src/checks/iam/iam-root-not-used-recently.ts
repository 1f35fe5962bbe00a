import { agoPhrase, ageAtLeast, CredentialReportValueError, day, reportAge, rootUses, type RootUse } from '../lib/iam-credentials.js';
import { accountResource } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

/** CIS asks for no root use "recently"; 30 days is our reading of it. */
export const ROOT_QUIET_DAYS = 30;

export default defineCheck({
  id: 'iam-root-not-used-recently',
  title: 'The root user has not signed in or used an access key in the last 30 days',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::::Account',
  description: `Neither the root password nor a root access key was used in the last ${ROOT_QUIET_DAYS} days (credential report root row: password_last_used, access_key_1_last_used_date, access_key_2_last_used_date).`,
  risk: 'Everyday use of root bypasses every IAM policy and leaves no least-privilege boundary; each use is a chance for its credentials to be phished or leaked.',
  remediation: {
    text: 'Do daily work with IAM roles or IAM Identity Center users; keep root for the few tasks that need it, and find out who used it and why.',
    console: 'CloudTrail > Event history > filter User name = root, to see what the root user did.',
    cli: 'aws cloudtrail lookup-events --lookup-attributes AttributeKey=Username,AttributeValue=root',
  },
  references: {
    cis: { v5: '1.6', v3: '1.7' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
    ],
  },
  reads: ['iam.credentialReport'],
  evaluate({ 'iam.credentialReport': report }, ctx) {
    const resource = accountResource(ctx);
    const account = ctx.account.id;
    const when = reportAge(report.generatedTime);
    if (!report.root) return [ctx.undetermined(resource, `Could not evaluate the root user of account ${account}: the credential report has no <root_account> row (${when}).`)];
    let uses: RootUse[];
    try {
      uses = rootUses(report.root);
    } catch (err) {
      if (err instanceof CredentialReportValueError) return [ctx.undetermined(resource, `Could not evaluate the root user of account ${account}: ${err.message} (${when}).`)];
      throw err;
    }
    const recent = uses.filter((use) => !ageAtLeast(use.lastUsed, ctx.now, ROOT_QUIET_DAYS));
    if (recent.length > 0) {
      const listed = recent.map((use) => `${use.credential} on ${day(use.lastUsed)} (${agoPhrase(use.lastUsed, ctx.now)})`).join(', ');
      return [ctx.fail(resource, `The root user of account ${account} was used in the last ${ROOT_QUIET_DAYS} days: ${listed} (${when}).`)];
    }
    const last = uses[0];
    return [
      ctx.pass(
        resource,
        last
          ? `The root user of account ${account} was last used on ${day(last.lastUsed)} (${last.credential}), more than ${ROOT_QUIET_DAYS} days ago (${when}).`
          : `The root user of account ${account} has no recorded password or access key use (${when}).`,
      ),
    ];
  },
});
