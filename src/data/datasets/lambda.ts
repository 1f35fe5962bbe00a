// Lambda functions ($LATEST of each, from ListFunctions only), their resource-based policies and
// function URLs. Environment variable values never get here: the catalogue's sanitize replaces them
// by their facts (src/aws/services/lambda.ts).

import type { Subnet } from '@aws-sdk/client-ec2';
import type { FunctionConfiguration, FunctionUrlConfig } from '@aws-sdk/client-lambda';
import { AwsCallError } from '../../aws/errors.js';
import { globalEndpointRegion } from '../../aws/catalogue.js';
import type { VariableFact } from '../../secrets/detector.js';
import { defineDataset, type Fetched } from '../dataset.js';
import type { KmsKey } from './kms.js';

/** A function as the scanner keeps it: environment variable values replaced by their facts. */
export type LambdaFunction = Omit<FunctionConfiguration, 'Environment'> & {
  Environment?: {
    /** Per variable name: the value's length and the secret-detector rules that fired. */
    VariableFacts?: Record<string, VariableFact>;
    /** Set when AWS sent `Variables` in a shape that could not be read. */
    VariableFactsUnreadable?: boolean;
    /** Lambda could not decrypt the variables (KMS refused). */
    Error?: { ErrorCode?: string; Message?: string };
  };
};

export interface PerFunction<T> {
  fn: LambdaFunction;
  result: Fetched<T>;
}

export interface UrlPolicy {
  fn: LambdaFunction;
  url: FunctionUrlConfig;
  /** The policy of the function or alias the URL belongs to, as JSON text; undefined when there is none. */
  policy: Fetched<string | undefined>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'lambda.functions': LambdaFunction[];
    /** The resource-based policy of each function (unqualified); undefined when it has none. */
    'lambda.policies': PerFunction<string | undefined>[];
    /** The function URLs of each function, on the function itself or on its aliases. */
    'lambda.functionUrls': PerFunction<FunctionUrlConfig[]>[];
    /** For each URL with AuthType NONE: the policy that decides who may invoke it. */
    'lambda.openUrlPolicies': UrlPolicy[];
    /** The region's subnets, read only when a function is attached to a VPC. */
    'lambda.vpcSubnets': Fetched<Subnet[]>;
    /**
     * Lambda@Edge associations: unqualified function ARN → the CloudFront distributions that run
     * it. Read only in us-east-1 (where Lambda@Edge functions live), for functions outside a VPC.
     */
    'lambda.edgeAssociations': Fetched<Record<string, string[]>>;
    /** The region's KMS keys, read only when a function names one (KMSKeyArn), to tell customer managed keys. */
    'lambda.environmentKeys': Fetched<KmsKey[]>;
  }
}

/** A function deleted since the listing (GetPolicy answers the same code when there is no policy). */
const FUNCTION_GONE = ['ResourceNotFoundException'] as const;

function asFetched<T>(read: () => Promise<T>): Promise<Fetched<T>> {
  return read().then(
    (value): Fetched<T> => ({ ok: true, value }),
    (err: unknown): Fetched<T> => {
      if (err instanceof AwsCallError) return { ok: false, error: err.info };
      throw err;
    },
  );
}

export const functions = defineDataset({
  id: 'lambda.functions',
  scope: 'regional',
  operations: ['lambda:ListFunctions'],
  // Without FunctionVersion, only $LATEST of each function (published versions are not judged).
  fetch: (ctx) => ctx.list<LambdaFunction>('lambda:ListFunctions', {}, 'Functions'),
});

const policyInput = (name: string, qualifier?: string) => (qualifier ? { FunctionName: name, Qualifier: qualifier } : { FunctionName: name });

export const policies = defineDataset({
  id: 'lambda.policies',
  scope: 'regional',
  operations: ['lambda:GetPolicy'],
  deps: ['lambda.functions'],
  async fetch(ctx) {
    const fns = await ctx.get('lambda.functions');
    const read = await ctx.perItem(fns.filter((fn) => fn.FunctionName), async (fn) => {
      // ResourceNotFoundException here means "no resource-based policy" (CHECKS-2 rule 2).
      const out = await ctx.call<{ Policy?: string }>('lambda:GetPolicy', policyInput(fn.FunctionName!), { absent: ['ResourceNotFoundException'] });
      return out?.Policy || undefined;
    });
    return read.map(({ item, result }) => ({ fn: item, result }));
  },
});

export const functionUrls = defineDataset({
  id: 'lambda.functionUrls',
  scope: 'regional',
  operations: ['lambda:ListFunctionUrlConfigs'],
  deps: ['lambda.functions'],
  async fetch(ctx) {
    const fns = await ctx.get('lambda.functions');
    const read = await ctx.perItem(
      fns.filter((fn) => fn.FunctionName),
      (fn) => ctx.list<FunctionUrlConfig>('lambda:ListFunctionUrlConfigs', { FunctionName: fn.FunctionName }, 'FunctionUrlConfigs'),
      FUNCTION_GONE,
    );
    return read.map(({ item, result }) => ({ fn: item, result }));
  },
});

/** The alias or version of a qualified function ARN (`...:function:name:live`), if any. */
export function qualifierOf(functionArn: string | undefined): string | undefined {
  const parts = (functionArn ?? '').split(':');
  return parts.length > 7 && parts[7] ? parts[7] : undefined;
}

export const openUrlPolicies = defineDataset({
  id: 'lambda.openUrlPolicies',
  scope: 'regional',
  operations: ['lambda:GetPolicy'],
  deps: ['lambda.functionUrls'],
  async fetch(ctx) {
    const perFn = await ctx.get('lambda.functionUrls');
    const open = perFn.flatMap(({ fn, result }) => (result.ok ? result.value.filter((url) => String(url.AuthType ?? '').toUpperCase() === 'NONE').map((url) => ({ fn, url })) : []));
    const read = await ctx.perItem(open, async ({ fn, url }) => {
      // The unqualified read is the same request as lambda.policies makes: sent once.
      const out = await ctx.call<{ Policy?: string }>('lambda:GetPolicy', policyInput(fn.FunctionName!, qualifierOf(url.FunctionArn)), { absent: ['ResourceNotFoundException'] });
      return out?.Policy || undefined;
    });
    return read.map(({ item, result }) => ({ ...item, policy: result }));
  },
});

const inVpc = (fn: LambdaFunction) => !!fn.VpcConfig?.VpcId?.trim() || (fn.VpcConfig?.SubnetIds?.length ?? 0) > 0;

export const vpcSubnets = defineDataset({
  id: 'lambda.vpcSubnets',
  scope: 'regional',
  operations: [],
  deps: ['lambda.functions', 'ec2.subnets'],
  async fetch(ctx) {
    const fns = await ctx.get('lambda.functions');
    if (!fns.some(inVpc)) return { ok: true, value: [] };
    return asFetched(() => ctx.get('ec2.subnets'));
  },
});

interface DistributionSummary {
  Id?: string;
  DefaultCacheBehavior?: { LambdaFunctionAssociations?: { Items?: Array<{ LambdaFunctionARN?: string }> } };
  CacheBehaviors?: { Items?: Array<{ LambdaFunctionAssociations?: { Items?: Array<{ LambdaFunctionARN?: string }> } }> };
}

/** A function ARN without its version or alias. */
export function unqualifiedArn(arn: string): string {
  return arn.split(':').slice(0, 7).join(':');
}

export const edgeAssociations = defineDataset({
  id: 'lambda.edgeAssociations',
  scope: 'regional',
  operations: ['cloudfront:ListDistributions'],
  deps: ['lambda.functions'],
  async fetch(ctx) {
    // Lambda@Edge functions are created in us-east-1 (of the partition) and replicated from there.
    if (ctx.region !== globalEndpointRegion(ctx.account.partition)) return { ok: true, value: {} };
    const fns = await ctx.get('lambda.functions');
    if (!fns.some((fn) => !inVpc(fn))) return { ok: true, value: {} };
    return asFetched(async () => {
      const distributions = await ctx.list<DistributionSummary>('cloudfront:ListDistributions', {}, 'DistributionList.Items');
      const byFunction: Record<string, string[]> = {};
      for (const d of distributions) {
        const behaviors = [d.DefaultCacheBehavior, ...(d.CacheBehaviors?.Items ?? [])];
        for (const assoc of behaviors.flatMap((b) => b?.LambdaFunctionAssociations?.Items ?? [])) {
          if (!assoc.LambdaFunctionARN || !d.Id) continue;
          const key = unqualifiedArn(assoc.LambdaFunctionARN);
          const ids = (byFunction[key] ??= []);
          if (!ids.includes(d.Id)) ids.push(d.Id);
        }
      }
      return byFunction;
    });
  },
});

export const environmentKeys = defineDataset({
  id: 'lambda.environmentKeys',
  scope: 'regional',
  operations: [],
  deps: ['lambda.functions', 'kms.keys'],
  async fetch(ctx) {
    const fns = await ctx.get('lambda.functions');
    if (!fns.some((fn) => fn.KMSKeyArn)) return { ok: true, value: [] };
    return asFetched(() => ctx.get('kms.keys'));
  },
});

export default [functions, policies, functionUrls, openUrlPolicies, vpcSubnets, edgeAssociations, environmentKeys];
