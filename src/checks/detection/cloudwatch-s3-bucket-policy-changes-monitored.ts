import { monitoringCheck, type MonitoringControl } from '../lib/cis-monitoring.js';

export const CONTROL: MonitoringControl = {
  cis: '4.8',
  events: 'S3 bucket policy changes',
  pattern: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }',
};

export default monitoringCheck(CONTROL, {
  id: 'cloudwatch-s3-bucket-policy-changes-monitored',
  title: 'S3 bucket policy, ACL and configuration changes trigger an alarm notifying a confirmed subscriber',
  risk: 'A bucket policy or ACL change can make data public or open it to another account; an alarm lets someone catch the change before the data leaves.',
  securityHub: 'CloudWatch.8',
});
