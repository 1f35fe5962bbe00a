import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.2',
  events: 'console sign-ins without MFA',
  pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
  variants: [
    {
      pattern: '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") && ($.userIdentity.type = "IAMUser") && ($.responseElements.ConsoleLogin = "Success") }',
      source: 'the CIS variant for accounts that sign in through SSO, as Security Hub CloudWatch.3 reads it',
    },
  ],
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-console-signin-without-mfa-monitored',
  title: 'Console sign-ins without MFA trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'A console sign-in without MFA means a password alone opened the console; an alarm on it shows users who still sign in with one factor, and a stolen password in use.',
  securityHub: 'CloudWatch.3',
});
