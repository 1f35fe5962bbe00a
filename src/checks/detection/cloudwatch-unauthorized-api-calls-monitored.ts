import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.1',
  events: 'unauthorized API calls',
  pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
  variants: [
    {
      pattern: '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
      source: 'CIS v1.2 3.1 and Security Hub CloudWatch.2, without the two exclusions',
    },
    {
      pattern: '{ (($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*")) && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }',
      source: 'the CIS v5 exclusions applied to both error codes (as written, && binds before ||, so CIS applies them to AccessDenied* only)',
    },
  ],
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-unauthorized-api-calls-monitored',
  title: 'Unauthorized API calls trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'Bursts of AccessDenied and UnauthorizedOperation errors are often the first sign of stolen credentials probing what they can do, or of an application misconfiguration; without an alarm they go unnoticed until the logs are searched.',
  securityHub: 'CloudWatch.2',
});
