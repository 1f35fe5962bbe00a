import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.3',
  events: 'uses of the root user',
  pattern: '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-root-usage-monitored',
  title: 'Use of the root user triggers a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'The root user can do anything in the account and cannot be restricted by IAM policies; any use of it outside the rare tasks that need it should reach a person at once.',
  securityHub: 'CloudWatch.1',
});
