// Recorded IAM Access Analyzer calls of the demo account, which is also its organization's
// management account: in us-east-1 an account analyzer without active findings and an organization
// analyzer whose active findings show a public bucket and cross-account grants; eu-west-1 has no
// external access analyzer.

const accessanalyzer = (region, operation, input, output) => ({ service: 'accessanalyzer', region, operation, input, output });
const date = (iso) => ({ $date: iso });
const ACCOUNT = '123456789012';
const ACTIVE = { status: { eq: ['ACTIVE'] } };
const analyzer = (name, type) => ({
  arn: `arn:aws:access-analyzer:us-east-1:${ACCOUNT}:analyzer/${name}`,
  name,
  type,
  createdAt: date('2024-05-14T09:12:00.000Z'),
  lastResourceAnalyzed: `arn:aws:s3:::acme-public-assets-${ACCOUNT}`,
  lastResourceAnalyzedAt: date('2026-11-01T07:30:00.000Z'),
  tags: {},
  status: 'ACTIVE',
});
const ACCOUNT_ANALYZER = analyzer('acme-external-access', 'ACCOUNT');
const ORG_ANALYZER = analyzer('acme-org-external-access', 'ORGANIZATION');
const finding = (id, resourceType, resource, owner, isPublic, principal, action) => ({
  id,
  principal,
  action,
  resource,
  isPublic,
  resourceType,
  condition: {},
  createdAt: date('2026-09-20T12:00:00.000Z'),
  analyzedAt: date('2026-11-01T07:30:00.000Z'),
  updatedAt: date('2026-11-01T07:30:00.000Z'),
  status: 'ACTIVE',
  resourceOwnerAccount: owner,
});

export default [
  accessanalyzer('us-east-1', 'ListAnalyzers', { type: 'ACCOUNT' }, { analyzers: [ACCOUNT_ANALYZER] }),
  accessanalyzer('us-east-1', 'ListAnalyzers', { type: 'ORGANIZATION' }, { analyzers: [ORG_ANALYZER] }),
  accessanalyzer('us-east-1', 'ListFindings', { analyzerArn: ACCOUNT_ANALYZER.arn, filter: ACTIVE }, { findings: [] }),
  accessanalyzer('us-east-1', 'ListFindings', { analyzerArn: ORG_ANALYZER.arn, filter: ACTIVE }, {
    findings: [
      finding('6c1d0a7e-1f2b-4c3d-9e8f-0a1b2c3d4e01', 'AWS::S3::Bucket', 'arn:aws:s3:::acme-marketing-site-210987654321', '210987654321', true, { AWS: '*' }, ['s3:GetObject']),
      finding('6c1d0a7e-1f2b-4c3d-9e8f-0a1b2c3d4e02', 'AWS::IAM::Role', `arn:aws:iam::${ACCOUNT}:role/vendor-monitoring`, ACCOUNT, false, { AWS: '444455556666' }, ['sts:AssumeRole']),
      finding('6c1d0a7e-1f2b-4c3d-9e8f-0a1b2c3d4e03', 'AWS::KMS::Key', `arn:aws:kms:us-east-1:${ACCOUNT}:key/3e9f8d7c-6b5a-4d3c-8e2f-1a0b9c8d7e6f`, ACCOUNT, false, { AWS: '444455556666' }, ['kms:Decrypt']),
    ],
  }),
  accessanalyzer('eu-west-1', 'ListAnalyzers', { type: 'ACCOUNT' }, { analyzers: [] }),
  accessanalyzer('eu-west-1', 'ListAnalyzers', { type: 'ORGANIZATION' }, { analyzers: [] }),
];
