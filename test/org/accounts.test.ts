import {
  DescribeOrganizationCommand,
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListOrganizationalUnitsForParentCommand,
  OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { SdkTransport } from '../../src/aws/sdk-transport.js';
import { AwsData } from '../../src/data/aws-data.js';
import { ScanSetupError } from '../../src/engine/scan.js';
import { listOrganizationAccounts, selectFromListing, selectGiven } from '../../src/org/accounts.js';

const orgs = mockClient(OrganizationsClient);
const credentials = async () => ({ accessKeyId: 'AKIAEXAMPLEEXAMPLE12', secretAccessKey: 'secret-example' });
const data = () => new AwsData(new SdkTransport({ credentials, maxAttempts: 1, requestTimeoutMs: 1000, connectionTimeoutMs: 1000 }), { concurrency: 4 });

function awsError(name: string, message: string, status = 400): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });
}

afterEach(() => orgs.reset());

describe('listing the accounts of an organization', () => {
  it('pages ListAccounts to the end and keeps active accounts, sorted by id', async () => {
    orgs.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-a1b2c3d4e5', MasterAccountId: '111111111111' } });
    orgs
      .on(ListAccountsCommand, {})
      .resolves({
        Accounts: [
          { Id: '333333333333', Name: 'prod-web', State: 'ACTIVE', Status: 'ACTIVE' },
          { Id: '111111111111', Name: 'management', State: 'ACTIVE' },
        ],
        NextToken: 'page-2',
      })
      .on(ListAccountsCommand, { NextToken: 'page-2' })
      .resolves({
        Accounts: [
          { Id: '222222222222', Name: 'sandbox-old', State: 'SUSPENDED', Status: 'SUSPENDED' },
          { Id: '444444444444', Name: 'closing', Status: 'PENDING_CLOSURE' },
          { Id: '555555555555', Name: 'data-lake', Status: 'ACTIVE' },
        ],
      });
    const listing = await listOrganizationAccounts(data(), 'us-east-1');
    expect(orgs.commandCalls(ListAccountsCommand)).toHaveLength(2);
    expect(listing.organization).toEqual({ id: 'o-a1b2c3d4e5', managementAccountId: '111111111111' });
    expect(listing.accounts).toEqual([
      { id: '111111111111', name: 'management' },
      { id: '333333333333', name: 'prod-web' },
      { id: '555555555555', name: 'data-lake' },
    ]);
    expect(listing.inactive).toEqual([
      { id: '222222222222', name: 'sandbox-old', state: 'SUSPENDED' },
      { id: '444444444444', name: 'closing', state: 'PENDING_CLOSURE' },
    ]);
  });

  it('goes down every level below --ou, pages each listing, and counts an account once', async () => {
    orgs.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-a1b2c3d4e5' } });
    const ou = (id: string) => ({ Id: id });
    // Strict matching: a page request also carries NextToken, which a partial match would ignore.
    const units = (parent: string, out: object, token?: string) =>
      orgs.on(ListOrganizationalUnitsForParentCommand, { ParentId: parent, ...(token ? { NextToken: token } : {}) }, true).resolves(out);
    const accounts = (parent: string, out: object, token?: string) =>
      orgs.on(ListAccountsForParentCommand, { ParentId: parent, ...(token ? { NextToken: token } : {}) }, true).resolves(out);
    orgs.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });
    units('ou-ab12-workload', { OrganizationalUnits: [ou('ou-ab12-prodprod')], NextToken: 'more' });
    units('ou-ab12-workload', { OrganizationalUnits: [ou('ou-ab12-stagings')] }, 'more');
    units('ou-ab12-prodprod', { OrganizationalUnits: [ou('ou-ab12-prodeuro')] });
    accounts('ou-ab12-workload', { Accounts: [] });
    accounts('ou-ab12-prodprod', { Accounts: [{ Id: '600000000001', Name: 'prod-us', State: 'ACTIVE' }] });
    accounts('ou-ab12-prodeuro', { Accounts: [{ Id: '600000000002', Name: 'prod-eu', State: 'ACTIVE' }], NextToken: 'n' });
    accounts('ou-ab12-prodeuro', { Accounts: [{ Id: '600000000003', Name: 'prod-eu-2', State: 'SUSPENDED' }] }, 'n');
    accounts('ou-ab12-stagings', { Accounts: [{ Id: '600000000004', Name: 'staging', State: 'ACTIVE' }] });
    // The same subtree named twice (the OU and its child) must not list its accounts twice.
    const listing = await listOrganizationAccounts(data(), 'us-east-1', ['ou-ab12-workload', 'ou-ab12-prodprod']);
    expect(listing.accounts.map((a) => a.id)).toEqual(['600000000001', '600000000002', '600000000004']);
    expect(listing.inactive.map((a) => a.id)).toEqual(['600000000003']);
    expect(orgs.commandCalls(ListAccountsCommand)).toHaveLength(0);
  });

  it('says where to run from when ListAccounts is refused (a member account)', async () => {
    orgs.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-a1b2c3d4e5' } });
    orgs.on(ListAccountsCommand).rejects(awsError('AccessDeniedException', 'You don\'t have permissions to access this resource.', 400));
    const failure = listOrganizationAccounts(data(), 'us-east-1');
    await expect(failure).rejects.toBeInstanceOf(ScanSetupError);
    await expect(failure).rejects.toThrow(/organizations:ListAccounts.*management account or a delegated administrator/);
  });

  it('tells an account outside any organization to name the accounts instead', async () => {
    orgs.on(DescribeOrganizationCommand).rejects(awsError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.'));
    await expect(listOrganizationAccounts(data(), 'us-east-1')).rejects.toThrow(/not a member of an AWS Organization.*--accounts/);
  });

  it('still lists the accounts when only DescribeOrganization is denied', async () => {
    orgs.on(DescribeOrganizationCommand).rejects(awsError('AccessDeniedException', 'denied'));
    orgs.on(ListAccountsCommand).resolves({ Accounts: [{ Id: '111111111111', State: 'ACTIVE' }] });
    const listing = await listOrganizationAccounts(data(), 'us-east-1');
    expect(listing.organization).toBeUndefined();
    expect(listing.accounts).toEqual([{ id: '111111111111' }]);
  });

  it('names an --ou that is not in the organization', async () => {
    orgs.on(DescribeOrganizationCommand).resolves({ Organization: { Id: 'o-a1b2c3d4e5' } });
    orgs.on(ListAccountsForParentCommand).rejects(awsError('ParentNotFoundException', 'We can\'t find a root or OU with the ParentId that you specified.'));
    orgs.on(ListOrganizationalUnitsForParentCommand).resolves({ OrganizationalUnits: [] });
    await expect(listOrganizationAccounts(data(), 'us-east-1', ['ou-ab12-missing1'])).rejects.toThrow('Organizational unit ou-ab12-missing1 (--ou) is not part of the organization');
  });
});

describe('choosing accounts', () => {
  const listing = {
    accounts: [{ id: '111111111111', name: 'management' }, { id: '333333333333', name: 'prod-web' }, { id: '555555555555' }],
    inactive: [{ id: '222222222222', name: 'sandbox-old', state: 'SUSPENDED' }],
  };

  it('takes every active account and notes the suspended ones', () => {
    const s = selectFromListing(listing, undefined, undefined);
    expect(s.accounts.map((a) => a.id)).toEqual(['111111111111', '333333333333', '555555555555']);
    expect(s.notes).toEqual(['Account 222222222222 (sandbox-old) is suspended and was not scanned.']);
    expect(s.unknown).toEqual([]);
  });

  it('narrows to --accounts, minus --exclude-accounts', () => {
    const s = selectFromListing(listing, ['333333333333', '555555555555', '222222222222'], ['555555555555']);
    expect(s.accounts.map((a) => a.id)).toEqual(['333333333333']);
    expect(s.notes).toHaveLength(1);
  });

  it('reports --accounts ids the organization does not have, so that a typo is not a silent skip', () => {
    expect(selectFromListing(listing, ['333333333333', '999999999999'], undefined).unknown).toEqual(['999999999999']);
  });

  it('does not mention a suspended account that was excluded or not asked for', () => {
    expect(selectFromListing(listing, undefined, ['222222222222']).notes).toEqual([]);
    expect(selectFromListing(listing, ['111111111111'], undefined).notes).toEqual([]);
  });

  it('uses the ids as given without Organizations, sorted and once each', () => {
    expect(selectGiven(['555555555555', '111111111111', '555555555555'], ['111111111111'])).toEqual([{ id: '555555555555' }]);
  });
});
