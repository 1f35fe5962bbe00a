// Framework controls that no check of the selection evaluates: listed in the compliance view as manual
// (a person must look) or not covered (outside this tool's scope), with the reason. An entry whose
// control a check does evaluate is shown only when the selection (--service, --check, ...) leaves
// that check out.

export interface UncoveredControl {
  title: string;
  cisV5?: readonly string[];
  cisV3?: readonly string[];
  /** CIS v7.0.0 recommendations with no v5 ancestor; v6 and v7 numbers of the v5 ones are derived. */
  cisV7?: readonly string[];
  /** Security Hub controls of the FSBP standard. */
  fsbp?: readonly string[];
  mode: 'manual' | 'not-covered';
  reason: string;
}

const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);

export const UNCOVERED_CONTROLS: readonly UncoveredControl[] = [
  { title: 'Contact details are current', cisV5: ['1.1'], cisV3: ['1.1'], mode: 'manual', reason: 'Accuracy of contact data is a human judgement; the Account API is outside our services.' },
  { title: 'Security contact information is registered', cisV5: ['1.2'], cisV3: ['1.2'], fsbp: ['Account.1'], mode: 'manual', reason: 'Needs account:GetAlternateContact (Account service).' },
  { title: 'Security questions are registered', cisV3: ['1.3'], mode: 'manual', reason: 'No API exists for security questions.' },
  { title: 'IAM Access Analyzer is enabled in all regions', cisV5: ['1.19'], cisV3: ['1.20'], mode: 'manual', reason: 'Evaluated by accessanalyzer-enabled, which this selection leaves out.' },
  { title: 'IAM users are managed centrally (federation or Organizations)', cisV5: ['1.20'], cisV3: ['1.21'], mode: 'manual', reason: 'A judgement about identity design, not decidable from IAM alone.' },
  { title: 'S3 data is discovered and classified', cisV5: ['2.1.3'], cisV3: ['2.1.3'], mode: 'manual', reason: 'Needs Amazon Macie.' },
  { title: 'EFS file systems are encrypted at rest', cisV5: ['2.3.1'], cisV3: ['2.4.1'], mode: 'manual', reason: 'Evaluated by efs-file-system-encrypted, which this selection leaves out.' },
  { title: 'AWS Config is enabled in all regions', cisV5: ['3.3'], cisV3: ['3.3'], mode: 'manual', reason: 'Evaluated by the config-* checks, which this selection leaves out.' },
  { title: 'Metric filters and alarms exist for security-relevant API activity', cisV5: range('4.', 1, 15), cisV3: range('4.', 1, 15), mode: 'manual', reason: 'Evaluated by the cloudwatch-*-monitored checks, which this selection leaves out.' },
  { title: 'AWS Security Hub is enabled', cisV5: ['4.16'], cisV3: ['4.16'], mode: 'manual', reason: 'Evaluated by securityhub-enabled, which this selection leaves out.' },
  { title: 'Organizational Units are structured by environment and sensitivity', cisV7: ['2.1.4'], mode: 'manual', reason: 'A judgement about the organization’s design.' },
  { title: 'VPC endpoints are used for access to AWS services', cisV7: ['6.8'], mode: 'manual', reason: 'Depends on which services the workloads use; ec2-vpc-ec2-endpoint-configured is evidence only.' },
  { title: 'Routing tables for VPC peering are least access', cisV5: ['5.6'], cisV3: ['5.5'], mode: 'manual', reason: 'Routes can be listed, but "least access" depends on intent.' },
  { title: 'EC2 instances are managed by Systems Manager', fsbp: ['SSM.1'], mode: 'not-covered', reason: 'Needs the SSM API.' },
  { title: 'VPC interface endpoints exist for ECR, Systems Manager and Incident Manager', fsbp: ['EC2.55', 'EC2.56', 'EC2.57', 'EC2.58', 'EC2.60'], mode: 'not-covered', reason: 'An architecture preference that matters only to VPCs using those services.' },
  { title: 'Spot Fleet requests encrypt attached EBS volumes', fsbp: ['EC2.173'], mode: 'not-covered', reason: 'Legacy Spot Fleet API; low value.' },
  { title: 'Both Site-to-Site VPN tunnels are up', fsbp: ['EC2.20'], mode: 'not-covered', reason: 'Operational health that changes by the minute, not configuration.' },
  { title: 'Unused security groups are removed', fsbp: ['EC2.22'], mode: 'not-covered', reason: 'Retired by AWS.' },
  { title: 'Classic Load Balancer settings (certificates, listeners, draining, policies, zones, desync, logs)', fsbp: ['ELB.2', 'ELB.3', 'ELB.7', 'ELB.8', 'ELB.9', 'ELB.10', 'ELB.14'], mode: 'not-covered', reason: 'Classic ELB uses a different API, outside the ELBv2 scope.' },
  { title: 'S3 directory buckets have lifecycle rules', fsbp: ['S3.25'], mode: 'not-covered', reason: 'Directory buckets are listed through a separate API.' },
  {
    title: 'Aurora MySQL global clusters run a supported engine version',
    fsbp: ['RDS.51'],
    mode: 'not-covered',
    reason: 'Its thresholds are fixed parameters that AWS changes with the Aurora release calendar; judging them needs a maintained version table.',
  },
];
