import { hasConsolePassword, isTrue } from '../lib/iam-credentials.js';
import { judgeUsers } from '../lib/iam-findings.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-user-console-mfa-enabled',
  title: 'IAM users with a console password have MFA enabled',
  pillar: 'iam',
  service: 'iam',
  severity: 'medium',
  resourceType: 'AWS::IAM::User',
  description: 'Every IAM user with a console password has an active MFA device (credential report: password_enabled true requires mfa_active true). Users without a password pass.',
  risk: 'A console password alone can be phished, guessed or reused from another breach; MFA keeps a stolen password from being enough to sign in.',
  remediation: {
    text: 'Assign an MFA device to every IAM user who signs in to the console, or remove console passwords from users who do not need them.',
    console: 'IAM > Users > <user> > Security credentials > Multi-factor authentication (MFA) > Assign MFA device.',
    cli: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name <user> --outfile qr.png --bootstrap-method QRCodePNG && aws iam enable-mfa-device --user-name <user> --serial-number <arn> --authentication-code1 <code> --authentication-code2 <code>',
  },
  references: {
    cis: { v5: '1.9', v3: '1.10' },
    securityHub: { ids: ['IAM.5'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-5',
    ],
  },
  reads: ['iam.credentialReport'],
  evaluate({ 'iam.credentialReport': report }, ctx) {
    return judgeUsers(report, ctx, (row, resource, when) => {
      if (!hasConsolePassword(row)) return ctx.pass(resource, `User ${row.user} has no console password (${when}).`);
      return isTrue(row, 'mfa_active')
        ? ctx.pass(resource, `User ${row.user} has a console password and MFA enabled (${when}).`)
        : ctx.fail(resource, `User ${row.user} has a console password but no MFA device (${when}).`);
    });
  },
});
