import type { VirtualMFADevice } from '@aws-sdk/client-iam';
import { accountResource } from '../lib/iam-findings.js';
import { judgeRootWithoutMfa, judgeSummaryFlag } from '../lib/iam-root.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'iam-root-hardware-mfa-enabled',
  title: "The root user's MFA is a hardware device, not a virtual one",
  pillar: 'iam',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AWS::::Account',
  description:
    'The root user has MFA enabled and no virtual MFA device is assigned to it (no assigned entry of ListVirtualMFADevices whose user ARN ends in ":root"). A root user with no password, no access key and no signing certificate (GetAccountSummary AccountPasswordPresent, AccountAccessKeysPresent and AccountSigningCertificatesPresent all 0, as in member accounts under centralized root access) has nothing for MFA to protect and passes.',
  risk: 'A virtual MFA app lives on a phone or laptop that is lost, backed up to the cloud or compromised along with the password; a hardware key or passkey for root cannot be copied.',
  remediation: {
    text: 'Sign in as root, assign a hardware TOTP token or a FIDO security key / passkey, then remove the virtual MFA device from root.',
    console: 'Sign in as root > account menu > Security credentials > Multi-factor authentication (MFA) > Assign MFA device > Passkey or security key / Hardware TOTP token; then Remove the virtual device.',
    cli: 'aws iam list-virtual-mfa-devices --assignment-status Assigned (to see the virtual device assigned to root)',
  },
  references: {
    cis: { v5: '1.5', v3: '1.6' },
    securityHub: { ids: ['IAM.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_physical.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-6',
    ],
  },
  reads: ['iam.accountSummary', 'iam.virtualMfaDevices'],
  evaluate({ 'iam.accountSummary': summary, 'iam.virtualMfaDevices': devices }, ctx) {
    const resource = accountResource(ctx);
    const account = ctx.account.id;
    return [
      judgeSummaryFlag(ctx, summary, 'AccountMFAEnabled', (enabled) => {
        if (!enabled) return judgeRootWithoutMfa(ctx, summary, `The root user of account ${account} has no MFA at all, hardware or virtual`);
        const virtual = devices.filter(isRootDevice);
        if (virtual.length > 0) return ctx.fail(resource, `The root user of account ${account} uses a virtual MFA device (${virtual.map((d) => d.SerialNumber).join(', ')}).`);
        // An assigned device whose user the answer leaves out may be root's: that is no proof of hardware MFA.
        const unattributed = devices.filter((d) => !d.User?.Arn);
        if (unattributed.length > 0) {
          return ctx.undetermined(
            resource,
            `Could not evaluate the root user of account ${account}: it has MFA enabled, but iam:ListVirtualMFADevices does not say whom virtual MFA device ${unattributed.map((d) => d.SerialNumber ?? '(no serial number)').join(', ')} is assigned to.`,
          );
        }
        return ctx.pass(resource, `The root user of account ${account} has MFA enabled and no virtual MFA device: its MFA is a hardware device or passkey.`);
      }),
    ];
  },
});

/** A virtual MFA device of the root user: assigned to the account's root ARN, or named as the console names root's. */
function isRootDevice(device: VirtualMFADevice): boolean {
  return device.User?.Arn ? device.User.Arn.endsWith(':root') : (device.SerialNumber?.endsWith(':mfa/root-account-mfa-device') ?? false);
}
