// Reading the organization once for `scan --org`, with the caller's credentials.
import { describe, expect, it } from 'vitest';
import type { AwsRequest } from '../../src/aws/errors.js';
import type { Transport } from '../../src/aws/transport.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { readOrganization } from '../../src/org/organization-context.js';

const CALLER = { id: '111111111111', principalArn: 'arn:aws:iam::111111111111:user/ci', partition: 'aws' };
const refused = (name: string) => Object.assign(new Error(name), { name, $metadata: { httpStatusCode: 403 } });

function transport(answers: Record<string, (input: Record<string, unknown>) => unknown>): Transport {
  return {
    async send(req: AwsRequest) {
      const answer = answers[`${req.service}:${req.operation}`];
      if (!answer) throw refused('AccessDeniedException');
      return answer(req.input) as Record<string, unknown>;
    },
  };
}

const read = (answers: Record<string, (input: Record<string, unknown>) => unknown>) =>
  readOrganization({ transport: transport(answers), caller: CALLER, datasets: DATASETS, homeRegion: 'us-east-1', regions: ['us-east-1'], concurrency: 4 });

describe('readOrganization', () => {
  it('says so, and gives no context, when the caller is a member that is not a delegated administrator', async () => {
    const reading = await read({ 'organizations:DescribeOrganization': () => ({ Organization: { Id: 'o-a1b2c3d4e5', MasterAccountId: '999999999999' } }) });
    expect(reading.contexts.size).toBe(0);
    expect(reading.notes[0]).toContain('neither the management account nor a delegated administrator');
  });

  it('names, per fact, what the management account could not read and for how many accounts', async () => {
    const reading = await read({
      'organizations:DescribeOrganization': () => ({ Organization: { Id: 'o-a1b2c3d4e5', MasterAccountId: CALLER.id } }),
      'organizations:ListRoots': () => ({ Roots: [{ Id: 'r-ab12', PolicyTypes: [{ Type: 'RESOURCE_CONTROL_POLICY', Status: 'ENABLED' }] }] }),
      'organizations:ListAccounts': () => ({ Accounts: [{ Id: CALLER.id, State: 'ACTIVE' }, { Id: '222222222222', State: 'ACTIVE' }] }),
      'organizations:ListParents': () => ({ Parents: [{ Id: 'r-ab12', Type: 'ROOT' }] }),
      'cloudtrail:DescribeTrails': () => ({ trailList: [] }),
    });
    expect([...reading.contexts.keys()]).toEqual([CALLER.id, '222222222222']);
    expect(reading.contexts.get('222222222222')!.resourceControlPolicies).toEqual({ known: false, reason: 'organizations:ListPoliciesForTarget failed: AccessDeniedException' });
    // RCPs never apply to the management account, so nothing is missing there.
    expect(reading.contexts.get(CALLER.id)!.resourceControlPolicies).toEqual({ known: true, value: [] });
    expect(reading.notes).toEqual([
      'Organization facts not read for 2 accounts: EC2 declarative policies (organizations:DescribeEffectivePolicy failed: AccessDeniedException); verdicts there do not use them.',
      'Organization facts not read for 1 account: resource control policies (organizations:ListPoliciesForTarget failed: AccessDeniedException); verdicts there do not use them.',
    ]);
  });
});
