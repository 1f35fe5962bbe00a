// Recorded Secrets Manager calls of the demo account in us-east-1 and eu-west-1 (ListSecrets and
// GetResourcePolicy only: the demo, like the scanner, never reads a secret value). A database
// secret rotated every 30 days, an RDS-managed master user secret, a third-party API key never
// rotated, an FTP password whose rotation keeps failing and that nobody reads any more (with a
// policy open to everyone), a new EU secret without rotation, and an EU replica of the database
// secret, judged in its primary region.

const ACCOUNT = '123456789012';
const date = (iso) => ({ $date: iso });
const sm = (region, operation, input, output) => ({ service: 'secretsmanager', region, operation, input, output });
const arnOf = (region, name, suffix) => `arn:aws:secretsmanager:${region}:${ACCOUNT}:secret:${name}-${suffix}`;
const policy = (...statements) => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const rotation = (days, lambda) => ({
  RotationEnabled: true,
  RotationLambdaARN: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${lambda}`,
  RotationRules: { AutomaticallyAfterDays: days },
});

function secret(region, o) {
  return {
    ARN: arnOf(region, o.name, o.suffix),
    Name: o.name,
    Description: o.description,
    ...(o.kmsKeyId ? { KmsKeyId: o.kmsKeyId } : {}),
    ...o.rotation,
    ...(o.lastRotated ? { LastRotatedDate: date(o.lastRotated) } : {}),
    LastChangedDate: date(o.lastChanged ?? o.lastRotated ?? o.created),
    ...(o.lastAccessed ? { LastAccessedDate: date(o.lastAccessed) } : {}),
    ...(o.nextRotation ? { NextRotationDate: date(o.nextRotation) } : {}),
    Tags: o.tags ?? [],
    SecretVersionsToStages: { [`${o.suffix.toLowerCase()}-0000-4000-8000-000000000001`]: ['AWSCURRENT'] },
    ...(o.owningService ? { OwningService: o.owningService } : {}),
    CreatedDate: date(o.created),
    ...(o.primaryRegion ? { PrimaryRegion: o.primaryRegion } : {}),
  };
}

const SECRETS = {
  'us-east-1': [
    {
      name: 'prod/orders/db',
      suffix: 'Qx81Lm',
      description: 'orders database application user',
      rotation: rotation(30, 'SecretsManagerRDSPostgreSQLRotationSingleUser'),
      created: '2024-05-02T10:00:00.000Z',
      lastRotated: '2026-10-20T03:12:00.000Z',
      nextRotation: '2026-11-19T23:59:59.000Z',
      lastAccessed: '2026-10-31T00:00:00.000Z',
      primaryRegion: 'us-east-1',
    },
    {
      name: 'rds!db-7c1f9e2a-4b3d-4e5f-8a6b-9c0d1e2f3a4b',
      suffix: 'T9pQ2w',
      description: 'Secret associated with primary RDS DB instance: arn:aws:rds:us-east-1:123456789012:db:billing',
      rotation: { RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 7 } },
      owningService: 'rds',
      created: '2025-09-01T12:00:00.000Z',
      lastRotated: '2026-10-28T12:00:00.000Z',
      nextRotation: '2026-11-04T23:59:59.000Z',
      lastAccessed: '2026-10-31T00:00:00.000Z',
    },
    {
      name: 'prod/payments/stripe-api-key',
      suffix: 'Vb3Nd7',
      description: 'Stripe live API key (rotated by hand in the Stripe dashboard)',
      created: '2025-03-10T16:45:00.000Z',
      lastChanged: '2026-09-02T08:00:00.000Z',
      lastAccessed: '2026-10-31T00:00:00.000Z',
      policy: policy({
        Sid: 'PaymentsServiceRead',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::210987654321:role/payments-service' },
        Action: 'secretsmanager:GetSecretValue',
        Resource: '*',
      }),
    },
    {
      name: 'legacy/ftp-password',
      suffix: 'Hk4Rz0',
      description: 'Partner FTP drop (the partner changed hosts in May)',
      rotation: rotation(30, 'ftp-password-rotation'),
      created: '2021-06-14T09:00:00.000Z',
      lastRotated: '2026-05-01T03:00:00.000Z',
      nextRotation: '2026-05-31T23:59:59.000Z',
      lastAccessed: '2026-04-12T00:00:00.000Z',
      // Shared with "everyone at the partner" by a wildcard principal.
      policy: policy({ Sid: 'PartnerRead', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'secretsmanager:GetSecretValue', Resource: '*' }),
    },
  ],
  'eu-west-1': [
    {
      name: 'eu/analytics/warehouse',
      suffix: 'Lp0Ys5',
      description: 'Redshift warehouse loader',
      rotation: { RotationEnabled: false, RotationRules: { AutomaticallyAfterDays: 90 } },
      created: '2026-09-15T11:30:00.000Z',
      policy: policy({
        Sid: 'OrganizationRead',
        Effect: 'Allow',
        Principal: '*',
        Action: 'secretsmanager:GetSecretValue',
        Resource: '*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      }),
    },
    // The replica of prod/orders/db: judged in us-east-1, its primary region.
    {
      name: 'prod/orders/db',
      suffix: 'Qx81Lm',
      description: 'orders database application user',
      rotation: rotation(30, 'SecretsManagerRDSPostgreSQLRotationSingleUser'),
      created: '2024-05-02T10:00:00.000Z',
      lastRotated: '2026-10-20T03:12:00.000Z',
      nextRotation: '2026-11-19T23:59:59.000Z',
      primaryRegion: 'us-east-1',
    },
  ],
};

export default Object.entries(SECRETS).flatMap(([region, secrets]) => [
  sm(region, 'ListSecrets', { MaxResults: 100 }, { SecretList: secrets.map((s) => secret(region, s)) }),
  ...secrets
    .filter((s) => !s.primaryRegion || s.primaryRegion === region)
    .map((s) => {
      const arn = arnOf(region, s.name, s.suffix);
      return sm(region, 'GetResourcePolicy', { SecretId: arn }, { ARN: arn, Name: s.name, ...(s.policy ? { ResourcePolicy: s.policy } : {}) });
    }),
]);
