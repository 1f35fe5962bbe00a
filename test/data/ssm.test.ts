// The Systems Manager datasets against recorded answers: owned documents only, their Share
// permission paged and a deleted document dropped; service settings read as returned; parameter
// metadata only (no value is ever asked for); compliance of managed instances only.
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/aws/catalogue.js';
import { DATASETS } from '../../src/data/datasets/index.js';
import { replayLoader } from '../helpers/replay-loader.js';
import { answer, refused } from '../helpers/recorded.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
const R = 'us-east-1';
const OWNED = { Filters: [{ Key: 'Owner', Values: ['Self'] }] };

describe('ssm datasets', () => {
  it('lists owned documents and pages each Share permission, dropping a document deleted meanwhile', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('ssm', R, 'ListDocuments', OWNED, { DocumentIdentifiers: [{ Name: 'Bootstrap' }], NextToken: 'd2' }),
        answer('ssm', R, 'ListDocuments', { ...OWNED, NextToken: 'd2' }, { DocumentIdentifiers: [{ Name: 'Gone' }, { Name: 'Hidden' }] }),
        answer('ssm', R, 'DescribeDocumentPermission', { Name: 'Bootstrap', PermissionType: 'Share' }, { AccountIds: ['210987654321'], AccountSharingInfoList: [{ AccountId: '210987654321' }], NextToken: 'p2' }),
        answer('ssm', R, 'DescribeDocumentPermission', { Name: 'Bootstrap', PermissionType: 'Share', NextToken: 'p2' }, { AccountIds: ['all'], AccountSharingInfoList: [{ AccountId: 'all' }] }),
        refused('ssm', R, 'DescribeDocumentPermission', { Name: 'Gone', PermissionType: 'Share' }, 'InvalidDocument', 'The specified document does not exist.'),
        refused('ssm', R, 'DescribeDocumentPermission', { Name: 'Hidden', PermissionType: 'Share' }, 'AccessDeniedException'),
      ],
      REGIONS,
    );
    const docs = await loader.load('ssm.documents', R);
    expect(docs.map((d) => [d.document.Name, d.sharing.ok ? d.sharing.value.accountIds : d.sharing.error.code])).toEqual([
      ['Bootstrap', ['210987654321', 'all']],
      ['Hidden', 'AccessDeniedException'],
    ]);
    expect(sent.filter((r) => r.operation === 'ListDocuments').map((r) => r.input)).toEqual([OWNED, { ...OWNED, NextToken: 'd2' }]);
  });

  it('reads the public sharing setting as returned, and the automation log group only when the destination is CloudWatch', async () => {
    const setting = (SettingId: string, SettingValue: string, Status = 'Customized') => ({ ServiceSetting: { SettingId, SettingValue, Status } });
    const { loader, sent } = replayLoader(
      [
        answer('ssm', R, 'GetServiceSetting', { SettingId: '/ssm/documents/console/public-sharing-permission' }, setting('/ssm/documents/console/public-sharing-permission', 'Enable', 'Default')),
        answer('ssm', R, 'GetServiceSetting', { SettingId: '/ssm/automation/customer-script-log-destination' }, setting('/ssm/automation/customer-script-log-destination', 'CloudWatch')),
        answer('ssm', R, 'GetServiceSetting', { SettingId: '/ssm/automation/customer-script-log-group-name' }, setting('/ssm/automation/customer-script-log-group-name', '/ops/automation')),
        answer('ssm', 'eu-west-1', 'GetServiceSetting', { SettingId: '/ssm/automation/customer-script-log-destination' }, setting('/ssm/automation/customer-script-log-destination', 'None', 'Default')),
      ],
      REGIONS,
    );
    expect(await loader.load('ssm.documentPublicSharing', R)).toMatchObject({ ok: true, value: { SettingValue: 'Enable', Status: 'Default' } });
    expect(await loader.load('ssm.automationLogging', R)).toMatchObject({ destination: { ok: true, value: { SettingValue: 'CloudWatch' } }, logGroup: { ok: true, value: { SettingValue: '/ops/automation' } } });
    expect(await loader.load('ssm.automationLogging', 'eu-west-1')).toEqual({ destination: { ok: true, value: { SettingId: '/ssm/automation/customer-script-log-destination', SettingValue: 'None', Status: 'Default' } } });
    expect(sent.filter((r) => r.region === 'eu-west-1').map((r) => r.input.SettingId)).toEqual(['/ssm/automation/customer-script-log-destination']);
  });

  it('keeps a refused service setting as an error for the check to report', async () => {
    const { loader } = replayLoader([refused('ssm', R, 'GetServiceSetting', { SettingId: '/ssm/documents/console/public-sharing-permission' }, 'AccessDeniedException')], REGIONS);
    expect(await loader.load('ssm.documentPublicSharing', R)).toMatchObject({ ok: false, error: { action: 'ssm:GetServiceSetting', kind: 'access-denied' } });
  });

  it('describes parameters to the last page and never asks for a value', async () => {
    const { loader, sent } = replayLoader(
      [
        answer('ssm', R, 'DescribeParameters', { MaxResults: 50 }, { Parameters: [{ Name: '/a/password', Type: 'String' }], NextToken: 'n2' }),
        answer('ssm', R, 'DescribeParameters', { MaxResults: 50, NextToken: 'n2' }, { Parameters: [{ Name: '/b/token', Type: 'SecureString' }] }),
      ],
      REGIONS,
    );
    expect((await loader.load('ssm.parameters', R)).map((p) => p.Name)).toEqual(['/a/password', '/b/token']);
    expect(sent.map((r) => r.operation)).toEqual(['DescribeParameters', 'DescribeParameters']);
    expect(sent.some((r) => /^GetParameter/.test(r.operation))).toBe(false);
  });

  it('lists managed nodes, and the patch and association compliance of managed instances only', async () => {
    const patchFilter = { Filters: [{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' }] };
    const associationFilter = { Filters: [{ Key: 'ComplianceType', Values: ['Association'], Type: 'EQUAL' }] };
    const { loader } = replayLoader(
      [
        answer('ssm', R, 'DescribeInstanceInformation', { MaxResults: 50 }, { InstanceInformationList: [{ InstanceId: 'i-1', PingStatus: 'Online' }] }),
        answer('ssm', R, 'ListResourceComplianceSummaries', patchFilter, {
          ResourceComplianceSummaryItems: [
            { ComplianceType: 'Patch', ResourceType: 'ManagedInstance', ResourceId: 'i-1', Status: 'COMPLIANT' },
            { ComplianceType: 'Patch', ResourceType: 'Document', ResourceId: 'doc', Status: 'COMPLIANT' },
          ],
        }),
        answer('ssm', R, 'ListResourceComplianceSummaries', associationFilter, { ResourceComplianceSummaryItems: [{ ComplianceType: 'Association', ResourceType: 'ManagedInstance', ResourceId: 'i-1', Status: 'NON_COMPLIANT' }] }),
      ],
      REGIONS,
    );
    expect((await loader.load('ssm.managedInstances', R)).map((n) => n.InstanceId)).toEqual(['i-1']);
    expect((await loader.load('ssm.patchCompliance', R)).map((i) => i.ResourceId)).toEqual(['i-1']);
    expect((await loader.load('ssm.associationCompliance', R)).map((i) => i.Status)).toEqual(['NON_COMPLIANT']);
  });

  it('cannot read a parameter value: no operation that returns one is in the catalogue or any dataset', () => {
    const valueReads = ['GetParameter', 'GetParameters', 'GetParametersByPath', 'GetParameterHistory'];
    expect(Object.keys(CATALOGUE.ssm.operations).filter((op) => valueReads.includes(op))).toEqual([]);
    const declared = [...DATASETS.values()].flatMap((d) => d.operations).filter((op) => op.startsWith('ssm:'));
    expect(declared.filter((op) => valueReads.includes(op.slice('ssm:'.length)))).toEqual([]);
  });
});
