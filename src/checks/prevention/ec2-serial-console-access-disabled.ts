import { defineCheck } from '../define.js';
import { judgedEc2Setting } from '../lib/declarative-policy.js';
import { regionSettingRef } from '../lib/ec2-compute.js';

export default defineCheck({
  id: 'ec2-serial-console-access-disabled',
  title: 'EC2 serial console access is turned off in every region',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'low',
  resourceType: 'AWS::EC2::RegionSetting',
  description:
    "In each scanned region, GetSerialConsoleAccessStatus answers SerialConsoleAccessEnabled false. The value is the effective one, whether the account sets it or an organization's declarative policy does (ManagedBy declarative-policy); the message names the manager. An answer without the flag is ERROR, never an assumed off.",
  risk: 'With serial console access on, anyone granted ec2-instance-connect:SendSerialConsoleSSHPublicKey can reach an instance console outside its network controls (security groups, NACLs), and log in wherever an OS password is set.',
  remediation: {
    text: 'Turn off EC2 serial console access in every region where nobody needs it for troubleshooting, in the account or with a declarative policy for EC2 (serial_console_access).',
    console: 'EC2 > Dashboard > Account attributes > EC2 Serial Console > Manage > clear "Allow".',
    cli: 'aws ec2 disable-serial-console-access --region <region>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configure-access-to-serial-console.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_declarative_syntax.html',
    ],
  },
  reads: ['ec2.serialConsoleAccess', 'organizations.context'],
  evaluate({ 'ec2.serialConsoleAccess': setting, 'organizations.context': organization }, ctx) {
    const resource = regionSettingRef(ctx, 'serial-console-access');
    return [
      ctx.judge(resource, setting, ({ SerialConsoleAccessEnabled, ManagedBy }) => {
        const api = SerialConsoleAccessEnabled === undefined ? undefined : SerialConsoleAccessEnabled ? 'enabled' : 'disabled';
        const { value: status, who } = judgedEc2Setting(organization, 'serialConsoleAccess', api, ManagedBy);
        const enabled = status === undefined ? undefined : status === 'enabled';
        if (enabled === false) return ctx.pass(resource, `EC2 serial console access is off in ${ctx.region} (${who}).`);
        if (enabled === true) return ctx.fail(resource, `EC2 serial console access is on in ${ctx.region} (${who}): instance consoles can be reached outside their network controls.`);
        return ctx.undetermined(resource, `GetSerialConsoleAccessStatus in ${ctx.region} answered without SerialConsoleAccessEnabled.`);
      }),
    ];
  },
});
