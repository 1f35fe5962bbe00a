import type {
  AccountSharingInfo,
  DocumentIdentifier,
  InstanceInformation,
  ParameterMetadata,
  ResourceComplianceSummaryItem,
  ServiceSetting,
} from '@aws-sdk/client-ssm';
import { defineDataset, fetched, type FetchContext, type Fetched } from '../dataset.js';

/** Who an SSM document is shared with (`DescribeDocumentPermission` with `PermissionType` `Share`). */
export interface DocumentSharing {
  /** Account ids, or `all` when the document is public. */
  accountIds: string[];
  sharingInfo: AccountSharingInfo[];
}

export interface OwnedDocument {
  document: DocumentIdentifier;
  sharing: Fetched<DocumentSharing>;
}

/** Automation's customer script logging: the destination setting and, when it is CloudWatch, the log group setting. */
export interface AutomationLogging {
  destination: Fetched<ServiceSetting>;
  logGroup?: Fetched<ServiceSetting>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    /** Documents owned by the account (not Amazon's, not shared with it), each with its Share permission. */
    'ssm.documents': OwnedDocument[];
    /** `/ssm/documents/console/public-sharing-permission`. */
    'ssm.documentPublicSharing': Fetched<ServiceSetting>;
    'ssm.automationLogging': AutomationLogging;
    /** Parameter Store metadata only (DescribeParameters): never a value. */
    'ssm.parameters': ParameterMetadata[];
    /** Managed nodes of the region (DescribeInstanceInformation), any PingStatus. */
    'ssm.managedInstances': InstanceInformation[];
    /** Patch compliance summaries of managed instances. */
    'ssm.patchCompliance': ResourceComplianceSummaryItem[];
    /** Association compliance summaries of managed instances. */
    'ssm.associationCompliance': ResourceComplianceSummaryItem[];
  }
}

export const PUBLIC_SHARING_SETTING = '/ssm/documents/console/public-sharing-permission';
export const AUTOMATION_LOG_DESTINATION_SETTING = '/ssm/automation/customer-script-log-destination';
export const AUTOMATION_LOG_GROUP_SETTING = '/ssm/automation/customer-script-log-group-name';

/** One service setting of the region. The answer's value is judged as returned, the AWS default included (`Status` `Default`). */
function serviceSetting(ctx: FetchContext, settingId: string): Promise<Fetched<ServiceSetting>> {
  return fetched(async () => (await ctx.call<{ ServiceSetting?: ServiceSetting }>('ssm:GetServiceSetting', { SettingId: settingId }))?.ServiceSetting ?? {});
}

/**
 * ListDocuments with filter Owner = Self: without it the listing holds every Amazon-owned and
 * shared document of the region. Then the Share permission of each, paged to the end; a document
 * deleted since the listing (InvalidDocument) is dropped.
 */
export const documents = defineDataset({
  id: 'ssm.documents',
  scope: 'regional',
  operations: ['ssm:ListDocuments', 'ssm:DescribeDocumentPermission'],
  async fetch(ctx) {
    const owned = await ctx.list<DocumentIdentifier>('ssm:ListDocuments', { Filters: [{ Key: 'Owner', Values: ['Self'] }] }, 'DocumentIdentifiers');
    const read = await ctx.perItem(
      owned.filter((d) => d.Name),
      async (document): Promise<DocumentSharing> => {
        const pages = await ctx.pages<{ AccountIds?: string[]; AccountSharingInfoList?: AccountSharingInfo[] }>('ssm:DescribeDocumentPermission', { Name: document.Name, PermissionType: 'Share' });
        return { accountIds: pages.flatMap((p) => p.AccountIds ?? []), sharingInfo: pages.flatMap((p) => p.AccountSharingInfoList ?? []) };
      },
      ['InvalidDocument'],
    );
    return read.map(({ item, result }) => ({ document: item, sharing: result }));
  },
});

export const documentPublicSharing = defineDataset({
  id: 'ssm.documentPublicSharing',
  scope: 'regional',
  operations: ['ssm:GetServiceSetting'],
  fetch: (ctx) => serviceSetting(ctx, PUBLIC_SHARING_SETTING),
});

export const automationLogging = defineDataset({
  id: 'ssm.automationLogging',
  scope: 'regional',
  operations: ['ssm:GetServiceSetting'],
  async fetch(ctx) {
    const destination = await serviceSetting(ctx, AUTOMATION_LOG_DESTINATION_SETTING);
    if (!(destination.ok && destination.value.SettingValue === 'CloudWatch')) return { destination };
    return { destination, logGroup: await serviceSetting(ctx, AUTOMATION_LOG_GROUP_SETTING) };
  },
});

/**
 * Parameter metadata: name, type, key, tier, dates. Values are never requested: not GetParameter,
 * GetParameters, GetParametersByPath or GetParameterHistory, with or without decryption.
 */
export const parameters = defineDataset({
  id: 'ssm.parameters',
  scope: 'regional',
  operations: ['ssm:DescribeParameters'],
  fetch: (ctx) => ctx.list<ParameterMetadata>('ssm:DescribeParameters', { MaxResults: 50 }, 'Parameters'),
});

export const managedInstances = defineDataset({
  id: 'ssm.managedInstances',
  scope: 'regional',
  operations: ['ssm:DescribeInstanceInformation'],
  fetch: (ctx) => ctx.list<InstanceInformation>('ssm:DescribeInstanceInformation', { MaxResults: 50 }, 'InstanceInformationList'),
});

/** Compliance summaries of one type, managed instances only (the listing also holds other resource types). */
async function compliance(ctx: FetchContext, type: 'Patch' | 'Association'): Promise<ResourceComplianceSummaryItem[]> {
  const items = await ctx.list<ResourceComplianceSummaryItem>(
    'ssm:ListResourceComplianceSummaries',
    { Filters: [{ Key: 'ComplianceType', Values: [type], Type: 'EQUAL' }] },
    'ResourceComplianceSummaryItems',
  );
  return items.filter((i) => i.ResourceType === 'ManagedInstance' && (i.ComplianceType ?? type) === type);
}

export const patchCompliance = defineDataset({
  id: 'ssm.patchCompliance',
  scope: 'regional',
  operations: ['ssm:ListResourceComplianceSummaries'],
  fetch: (ctx) => compliance(ctx, 'Patch'),
});

export const associationCompliance = defineDataset({
  id: 'ssm.associationCompliance',
  scope: 'regional',
  operations: ['ssm:ListResourceComplianceSummaries'],
  fetch: (ctx) => compliance(ctx, 'Association'),
});

export default [documents, documentPublicSharing, automationLogging, parameters, managedInstances, patchCompliance, associationCompliance];
