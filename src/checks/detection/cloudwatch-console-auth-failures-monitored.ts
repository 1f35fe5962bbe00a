import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.6',
  events: 'console authentication failures',
  pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-console-auth-failures-monitored',
  title: 'Console sign-in failures trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'Repeated failed console sign-ins point to password guessing against IAM users; an alarm shortens the time before someone locks the account down.',
  securityHub: 'CloudWatch.6',
});
