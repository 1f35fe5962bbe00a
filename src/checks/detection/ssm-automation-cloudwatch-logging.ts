import { describeAwsError } from '../../aws/errors.js';
import { AUTOMATION_LOG_DESTINATION_SETTING, AUTOMATION_LOG_GROUP_SETTING } from '../../data/datasets/ssm.js';
import { regionRef } from '../lib/region-settings.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ssm-automation-cloudwatch-logging',
  title: 'SSM Automation sends the output of customer scripts to CloudWatch Logs',
  pillar: 'detection',
  service: 'ssm',
  severity: 'medium',
  resourceType: 'AWS::SSM::ServiceSetting',
  description:
    'In each scanned region, the Systems Manager service setting /ssm/automation/customer-script-log-destination (GetServiceSetting) is CloudWatch. Any other value FAILs, None (the AWS default) included; the returned value is judged whether or not it is the default. The message names the log group from /ssm/automation/customer-script-log-group-name.',
  risk: 'Without logging, what the scripts of Automation runbooks printed and did is not kept: a runbook misused to run commands across instances leaves no output to investigate.',
  remediation: {
    text: 'Turn on CloudWatch logging of Automation script output in every region (optionally naming the log group, which defaults to /aws/ssm/automation/executeScript).',
    console: 'Systems Manager > Automation > Preferences > Edit: Send output to CloudWatch Logs, choose the log group > Save.',
    cli: `aws ssm update-service-setting --setting-id ${AUTOMATION_LOG_DESTINATION_SETTING} --setting-value CloudWatch --region <region>`,
  },
  references: {
    securityHub: { ids: ['SSM.6'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/automation-action-logging.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-6',
    ],
  },
  reads: ['ssm.automationLogging'],
  evaluate({ 'ssm.automationLogging': { destination, logGroup } }, ctx) {
    const resource = regionRef(ctx, 'ssm', `servicesetting${AUTOMATION_LOG_DESTINATION_SETTING}`);
    return [
      ctx.judge(resource, destination, ({ SettingValue: value, Status: status }) => {
        if (value === 'CloudWatch') {
          const group = !logGroup
            ? 'its log group was not read'
            : logGroup.ok
              ? logGroup.value.SettingValue
                ? `to log group ${logGroup.value.SettingValue}`
                : 'to the default log group'
              : `its log group could not be read (${describeAwsError(logGroup.error)})`;
          return ctx.pass(resource, `SSM Automation sends customer script output to CloudWatch Logs in ${ctx.region}, ${group} (${AUTOMATION_LOG_GROUP_SETTING}).`);
        }
        const origin = status === 'Default' ? ', the AWS default' : '';
        return ctx.fail(resource, `SSM Automation does not send customer script output to CloudWatch Logs in ${ctx.region}: ${AUTOMATION_LOG_DESTINATION_SETTING} is ${value ?? 'not set'}${origin}.`);
      }),
    ];
  },
});
