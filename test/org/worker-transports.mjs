// The transports of the worker-thread tests (scan-org-workers.test.ts): a worker imports this file by
// its URL and builds each account's synthetic API from plain options, as the CLI's workers build
// theirs from the role settings. Plain JavaScript, because a worker thread loads it without vitest.

const OPEN_TRUST = encodeURIComponent('{"Statement":[{"Effect":"Allow","Principal":{"AWS":"*"},"Action":"sts:AssumeRole"}]}');

/** One region, one unencrypted database, one role anyone may assume. */
function account(id) {
  return {
    async send(req) {
      switch (`${req.service}:${req.operation}`) {
        case 'sts:GetCallerIdentity':
          return { Account: id, Arn: `arn:aws:sts::${id}:assumed-role/posture-audit/aws-posture-20261101T120000Z` };
        case 'ec2:DescribeRegions':
          return { Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }] };
        case 'rds:DescribeDBInstances':
          return { DBInstances: [{ DBInstanceIdentifier: `db-${id}`, DBInstanceArn: `arn:aws:rds:us-east-1:${id}:db:db-${id}`, Engine: 'postgres', StorageEncrypted: false }] };
        case 'organizations:DescribeOrganization':
          return { Organization: { Id: 'o-a1b2c3d4e5', MasterAccountId: '999999999999' } };
        case 'organizations:ListDelegatedAdministrators':
          throw Object.assign(new Error('AccessDeniedException'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
        case 'organizations:DescribeEffectivePolicy':
          throw Object.assign(new Error('EffectivePolicyNotFoundException'), { name: 'EffectivePolicyNotFoundException', $metadata: { httpStatusCode: 400 } });
        case 'iam:ListRoles':
          return { Roles: [{ RoleName: 'open', Arn: `arn:aws:iam::${id}:role/open`, AssumeRolePolicyDocument: OPEN_TRUST }] };
        default:
          return {};
      }
    },
    destroy() {},
  };
}

/** options: { refuse?: account id whose role cannot be assumed; crash?: account id whose scan brings the worker down }. */
export async function openTransports(options) {
  return {
    async transportFor({ id }) {
      if (id === options.refuse) throw new Error(`Could not assume role arn:aws:iam::${id}:role/posture-audit: AccessDenied: not authorized`);
      if (id === options.crash) {
        setTimeout(() => {
          throw new Error('the synthetic worker failure');
        });
        return new Promise(() => {});
      }
      return account(id);
    },
  };
}
