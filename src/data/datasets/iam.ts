import type { PasswordPolicy, Policy, ServerCertificateMetadata } from '@aws-sdk/client-iam';
import { defineDataset, type Fetched } from '../dataset.js';
import { parseCredentialReport, type CredentialReport } from './credential-report.js';

export interface AttachedPolicy {
  policy: Policy & { Arn: string };
  /** The default version's document, URL-decoded JSON text. */
  document: Fetched<string>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'iam.accountSummary': Record<string, number>;
    'iam.passwordPolicy': PasswordPolicy | null;
    'iam.credentialReport': CredentialReport;
    'iam.serverCertificates': ServerCertificateMetadata[];
    'iam.attachedPolicies': AttachedPolicy[];
    'iam.organizationsFeatures': Fetched<string[]>;
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
    for (;;) {
      const out = await ctx.call<{ Content?: Uint8Array; GeneratedTime?: Date }>('iam:GetCredentialReport', {}, { absent: REPORT_NOT_READY });
      if (out?.Content) return parseCredentialReport(out.Content, out.GeneratedTime);
      ctx.forget('iam:GetCredentialReport');
      const generated = await ctx.call<{ State?: string }>('iam:GenerateCredentialReport');
      ctx.forget('iam:GenerateCredentialReport');
      if (generated?.State !== 'COMPLETE') {
        if (Date.now() > deadline) throw new Error('IAM did not finish the credential report within 60 seconds');
        await new Promise((resolve) => setTimeout(resolve, REPORT_POLL_MS));
      }
    }
  },
});

export const serverCertificates = defineDataset({
  id: 'iam.serverCertificates',
  scope: 'global',
  operations: ['iam:ListServerCertificates'],
  fetch: (ctx) => ctx.list<ServerCertificateMetadata>('iam:ListServerCertificates', {}, 'ServerCertificateMetadataList'),
});

/** Managed policies (AWS and customer) attached to at least one identity, with their default version. */
export const attachedPolicies = defineDataset({
  id: 'iam.attachedPolicies',
  scope: 'global',
  operations: ['iam:ListPolicies', 'iam:GetPolicyVersion'],
  async fetch(ctx) {
    const policies = await ctx.list<Policy>('iam:ListPolicies', { OnlyAttached: true, Scope: 'All' }, 'Policies');
    const read = await ctx.perItem(
      policies.filter((p): p is Policy & { Arn: string } => typeof p.Arn === 'string' && typeof p.DefaultVersionId === 'string'),
      async (p) => {
        const out = await ctx.call<{ PolicyVersion?: { Document?: string } }>('iam:GetPolicyVersion', { PolicyArn: p.Arn, VersionId: p.DefaultVersionId });
        return out?.PolicyVersion?.Document ?? '';
      },
      ['NoSuchEntity', 'NoSuchEntityException'],
    );
    return read
      .map(({ item, result }) => ({ policy: item, document: result }))
      .sort((a, b) => a.policy.Arn.localeCompare(b.policy.Arn));
  },
});

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

export default [accountSummary, passwordPolicy, credentialReport, serverCertificates, attachedPolicies, organizationsFeatures];
