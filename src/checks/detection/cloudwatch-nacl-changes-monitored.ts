import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.11',
  events: 'network ACL changes',
  pattern: '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-nacl-changes-monitored',
  title: 'Network ACL changes trigger a CloudWatch alarm that notifies a confirmed SNS subscriber',
  risk: 'Network ACLs are the subnet-level guard; a changed entry can open whole subnets, and an alarm makes sure the change was intended.',
  securityHub: 'CloudWatch.11',
});
