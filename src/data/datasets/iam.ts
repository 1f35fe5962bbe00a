import type {
  GetAccountAuthorizationDetailsResponse,
  GroupDetail,
  ManagedPolicyDetail,
  PasswordPolicy,
  Policy,
  PolicyGroup,
  PolicyRole,
  PolicyUser,
  Role,
  RoleDetail,
  ServerCertificateMetadata,
  UserDetail,
  VirtualMFADevice,
} from '@aws-sdk/client-iam';
import { AwsCallError } from '../../aws/errors.js';
import { defineDataset, type FetchContext, type Fetched } from '../dataset.js';
import { parseCredentialReport, type CredentialReport } from '../credential-report.js';

/**
 * The largest page IAM's listings accept. Without it IAM pages 100 items at a time, and each
 * page of a listing must wait for the one before.
 */
const PAGE = 1000;

export interface AttachedPolicy {
  policy: Policy & { Arn: string };
  /** The default version's document as IAM returns it: URL-encoded JSON text; undefined when IAM gave none. */
  document: Fetched<string | undefined>;
}

/** Every user, group, role and customer managed policy with their policies, from one paginated call. */
export interface AuthorizationDetails {
  users: UserDetail[];
  groups: GroupDetail[];
  roles: RoleDetail[];
  /** Customer managed policies, attached or not, each with all its versions. */
  policies: ManagedPolicyDetail[];
}

/** The identities an AWS managed policy is attached to. */
export interface PolicyEntities {
  policyArn: string;
  users: PolicyUser[];
  groups: PolicyGroup[];
  roles: PolicyRole[];
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'iam.accountSummary': Record<string, number>;
    'iam.passwordPolicy': PasswordPolicy | null;
    'iam.credentialReport': CredentialReport;
    'iam.serverCertificates': ServerCertificateMetadata[];
    'iam.attachedPolicies': AttachedPolicy[];
    'iam.organizationsFeatures': Fetched<string[]>;
    'iam.credentialReportRead': Fetched<CredentialReport>;
    'iam.virtualMfaDevices': VirtualMFADevice[];
    'iam.authorizationDetails': AuthorizationDetails;
    'iam.roles': Role[];
    'iam.supportAccessEntities': PolicyEntities;
    'iam.cloudShellFullAccessEntities': PolicyEntities;
  }
}

export const accountSummary = defineDataset({
  id: 'iam.accountSummary',
  scope: 'global',
  operations: ['iam:GetAccountSummary'],
  async fetch(ctx) {
    const out = await ctx.call<{ SummaryMap?: Record<string, number> }>('iam:GetAccountSummary');
    return out?.SummaryMap ?? {};
  },
});

export const passwordPolicy = defineDataset({
  id: 'iam.passwordPolicy',
  scope: 'global',
  operations: ['iam:GetAccountPasswordPolicy'],
  async fetch(ctx) {
    const out = await ctx.call<{ PasswordPolicy?: PasswordPolicy }>('iam:GetAccountPasswordPolicy', {}, { absent: ['NoSuchEntity', 'NoSuchEntityException'] });
    return out?.PasswordPolicy ?? null;
  },
});

const REPORT_NOT_READY = ['ReportNotPresent', 'ReportExpired', 'ReportInProgress', 'ReportNotPresentException', 'ReportExpiredException', 'ReportInProgressException', 'CredentialReportNotPresentException', 'CredentialReportExpiredException', 'CredentialReportNotReadyException'];
const REPORT_POLL_MS = 2_000;
const REPORT_DEADLINE_MS = 60_000;

/**
 * The credential report, read once per scan. When none is ready, ask IAM to generate one and poll
 * until it is, up to a deadline; past it the read fails and the credential checks report ERROR.
 */
export const credentialReport = defineDataset({
  id: 'iam.credentialReport',
  scope: 'global',
  operations: ['iam:GetCredentialReport', 'iam:GenerateCredentialReport'],
  async fetch(ctx) {
    const deadline = Date.now() + REPORT_DEADLINE_MS;
    for (let attempt = 0; ; attempt++) {
      const out = await ctx.call<{ Content?: Uint8Array | string; GeneratedTime?: Date | string }>('iam:GetCredentialReport', {}, { absent: REPORT_NOT_READY });
      if (out?.Content) return readReport(out.Content, out.GeneratedTime, ctx.homeRegion);
      // An endpoint that says COMPLETE but never hands over the report must not be polled forever.
      if (Date.now() > deadline) throw reportNotReady(ctx.homeRegion);
      ctx.forget('iam:GetCredentialReport');
      const generated = await ctx.call<{ State?: string }>('iam:GenerateCredentialReport');
      ctx.forget('iam:GenerateCredentialReport');
      if (generated?.State !== 'COMPLETE' || attempt > 0) await new Promise((resolve) => setTimeout(resolve, REPORT_POLL_MS));
    }
  },
});

function reportError(region: string, code: string, message: string, kind: 'timeout' | 'other'): AwsCallError {
  return new AwsCallError({ code, message, service: 'iam', operation: 'GetCredentialReport', region, action: 'iam:GetCredentialReport', kind });
}

function reportNotReady(region: string): AwsCallError {
  return reportError(region, 'ReportInProgress', `IAM did not finish the credential report within ${REPORT_DEADLINE_MS / 1000} seconds`, 'timeout');
}

/**
 * A report that does not parse fails like a refused read (an AWS-style error), so that the root MFA
 * checks, which need the report only in one case, can still judge without it.
 */
function readReport(content: Uint8Array | string, generatedTime: Date | string | undefined, region: string): CredentialReport {
  try {
    return parseCredentialReport(content, generatedTime);
  } catch (err) {
    throw reportError(region, 'InvalidCredentialReport', `the credential report could not be read: ${(err as Error).message}`, 'other');
  }
}

/**
 * The credential report or the error that kept it from being read, for checks that need it only
 * in some cases (root MFA) and must not fail as a whole when it is missing.
 */
export const credentialReportRead = defineDataset({
  id: 'iam.credentialReportRead',
  scope: 'global',
  operations: [],
  deps: ['iam.credentialReport'],
  async fetch(ctx) {
    try {
      return { ok: true, value: await ctx.get('iam.credentialReport') };
    } catch (err) {
      if (err instanceof AwsCallError) return { ok: false, error: err.info };
      throw err;
    }
  },
});

export const serverCertificates = defineDataset({
  id: 'iam.serverCertificates',
  scope: 'global',
  operations: ['iam:ListServerCertificates'],
  fetch: (ctx) => ctx.list<ServerCertificateMetadata>('iam:ListServerCertificates', { MaxItems: PAGE }, 'ServerCertificateMetadataList'),
});

/**
 * Managed policies (AWS and customer) attached to at least one identity, with their default version.
 *
 * The documents of customer managed policies come from iam.authorizationDetails, which holds every
 * version of each of them already; only AWS managed policies cost a GetPolicyVersion each. A
 * customer policy the details do not hold in the version listed (created or changed between the two
 * reads) is read with GetPolicyVersion, as AWS managed ones are. When the details cannot be read,
 * each customer policy is an ERROR of its own, with the details' error.
 */
export const attachedPolicies = defineDataset({
  id: 'iam.attachedPolicies',
  scope: 'global',
  operations: ['iam:ListPolicies', 'iam:GetPolicyVersion'],
  deps: ['iam.authorizationDetails'],
  async fetch(ctx) {
    // Asked for now, not awaited: the AWS managed policies' reads need only the listing below.
    const customerVersions = customerPolicyVersions(ctx);
    customerVersions.catch(() => undefined);
    const awsManagedPrefix = `arn:${ctx.account.partition}:iam::aws:`;
    const listed = await ctx.list<Policy>('iam:ListPolicies', { OnlyAttached: true, Scope: 'All', MaxItems: PAGE }, 'Policies');
    const attached = listed
      .filter((p): p is Policy & { Arn: string } => typeof p.Arn === 'string')
      // An endpoint that ignores OnlyAttached lists every AWS managed policy; keep the attached ones.
      .filter((p) => p.AttachmentCount === undefined || p.AttachmentCount === null || Number(p.AttachmentCount) > 0);
    const read = await ctx.perItem(
      attached,
      async (p): Promise<Fetched<string | undefined>> => {
        // Without a default version id there is no document to read; the check reports it, never drops it.
        if (!p.DefaultVersionId) return { ok: true, value: undefined };
        if (!p.Arn.startsWith(awsManagedPrefix)) {
          const versions = await customerVersions;
          if (!versions.ok) return versions;
          const known = versions.value.get(p.Arn);
          // A policy deleted and created again under the same name has the same ARN and new versions.
          const document = known && (known.policyId === undefined || known.policyId === p.PolicyId) ? known.documents.get(p.DefaultVersionId) : undefined;
          if (document !== undefined) return { ok: true, value: document };
        }
        const out = await ctx.call<{ PolicyVersion?: { Document?: string } }>('iam:GetPolicyVersion', { PolicyArn: p.Arn, VersionId: p.DefaultVersionId });
        return { ok: true, value: out?.PolicyVersion?.Document };
      },
      ['NoSuchEntity', 'NoSuchEntityException'],
    );
    return read
      .map(({ item, result }) => ({ policy: item, document: result.ok ? result.value : result }))
      .sort((a, b) => a.policy.Arn.localeCompare(b.policy.Arn));
  },
});

interface CustomerPolicyVersions {
  policyId: string | undefined;
  /** Document by version id: a version never changes once created, whichever is the default. */
  documents: Map<string, string>;
}

/** Every version's document of every customer managed policy, by ARN, or the error that kept the details from being read. */
async function customerPolicyVersions(ctx: FetchContext): Promise<Fetched<Map<string, CustomerPolicyVersions>>> {
  let details: AuthorizationDetails;
  try {
    details = await ctx.get('iam.authorizationDetails');
  } catch (err) {
    if (err instanceof AwsCallError) return { ok: false, error: err.info };
    throw err;
  }
  const byArn = new Map<string, CustomerPolicyVersions>();
  for (const policy of details.policies) {
    if (typeof policy.Arn !== 'string') continue;
    const documents = new Map<string, string>();
    for (const version of policy.PolicyVersionList ?? []) {
      if (typeof version.VersionId === 'string' && typeof version.Document === 'string') documents.set(version.VersionId, version.Document);
    }
    byArn.set(policy.Arn, { policyId: policy.PolicyId, documents });
  }
  return { ok: true, value: byArn };
}

/**
 * Organizations features enabled for IAM (e.g. RootCredentialsManagement). Outside an organization,
 * or without access, the answer is an error that the root checks treat as "not centrally managed".
 */
export const organizationsFeatures = defineDataset({
  id: 'iam.organizationsFeatures',
  scope: 'global',
  operations: ['iam:ListOrganizationsFeatures'],
  async fetch(ctx) {
    const [result] = await ctx.perItem([null], async () => {
      const out = await ctx.call<{ EnabledFeatures?: string[] }>('iam:ListOrganizationsFeatures');
      return out?.EnabledFeatures ?? [];
    });
    return result!.result;
  },
});

/** Virtual MFA devices assigned to a user or to root. */
export const virtualMfaDevices = defineDataset({
  id: 'iam.virtualMfaDevices',
  scope: 'global',
  operations: ['iam:ListVirtualMFADevices'],
  fetch: (ctx) => ctx.list<VirtualMFADevice>('iam:ListVirtualMFADevices', { AssignmentStatus: 'Assigned', MaxItems: PAGE }, 'VirtualMFADevices'),
});

/**
 * AWS managed policies are left out: they are the same in every account, and the checks that
 * judge them read the attached ones through iam.attachedPolicies. LocalManagedPolicy brings every
 * version of each customer managed policy, which iam.attachedPolicies reads its documents from.
 */
const AUTHORIZATION_FILTER = ['User', 'Role', 'Group', 'LocalManagedPolicy'];

export const authorizationDetails = defineDataset({
  id: 'iam.authorizationDetails',
  scope: 'global',
  operations: ['iam:GetAccountAuthorizationDetails'],
  async fetch(ctx) {
    const pages = await ctx.pages<GetAccountAuthorizationDetailsResponse>('iam:GetAccountAuthorizationDetails', { Filter: AUTHORIZATION_FILTER, MaxItems: PAGE });
    return {
      users: pages.flatMap((p) => p.UserDetailList ?? []),
      groups: pages.flatMap((p) => p.GroupDetailList ?? []),
      roles: pages.flatMap((p) => p.RoleDetailList ?? []),
      policies: pages.flatMap((p) => p.Policies ?? []),
    };
  },
});

export const roles = defineDataset({
  id: 'iam.roles',
  scope: 'global',
  operations: ['iam:ListRoles'],
  fetch: (ctx) => ctx.list<Role>('iam:ListRoles', { MaxItems: PAGE }, 'Roles'),
});

async function entitiesOfAwsManagedPolicy(ctx: FetchContext, policyName: string): Promise<PolicyEntities> {
  const policyArn = `arn:${ctx.account.partition}:iam::aws:policy/${policyName}`;
  const pages = await ctx.pages<{ PolicyUsers?: PolicyUser[]; PolicyGroups?: PolicyGroup[]; PolicyRoles?: PolicyRole[] }>(
    'iam:ListEntitiesForPolicy',
    { PolicyArn: policyArn, MaxItems: PAGE },
  );
  return {
    policyArn,
    users: pages.flatMap((p) => p.PolicyUsers ?? []),
    groups: pages.flatMap((p) => p.PolicyGroups ?? []),
    roles: pages.flatMap((p) => p.PolicyRoles ?? []),
  };
}

export const supportAccessEntities = defineDataset({
  id: 'iam.supportAccessEntities',
  scope: 'global',
  operations: ['iam:ListEntitiesForPolicy'],
  fetch: (ctx) => entitiesOfAwsManagedPolicy(ctx, 'AWSSupportAccess'),
});

export const cloudShellFullAccessEntities = defineDataset({
  id: 'iam.cloudShellFullAccessEntities',
  scope: 'global',
  operations: ['iam:ListEntitiesForPolicy'],
  fetch: (ctx) => entitiesOfAwsManagedPolicy(ctx, 'AWSCloudShellFullAccess'),
});

export default [
  accountSummary,
  passwordPolicy,
  credentialReport,
  credentialReportRead,
  serverCertificates,
  attachedPolicies,
  organizationsFeatures,
  virtualMfaDevices,
  authorizationDetails,
  roles,
  supportAccessEntities,
  cloudShellFullAccessEntities,
];
