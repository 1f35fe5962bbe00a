// API Gateway REST APIs (v1): the APIs, their stages, resources and methods, custom domain names,
// usage plans and the account's settings. Stage variables are reduced to facts by the catalogue's
// sanitize before anything here sees them (see src/aws/services/apigateway.ts).

import type { Account, DomainName, Resource, RestApi, Stage, UsagePlan } from '@aws-sdk/client-api-gateway';
import { AwsCallError } from '../../aws/errors.js';
import type { VariableFact } from '../../secrets/detector.js';
import { defineDataset, type Fetched } from '../dataset.js';

/** A REST API stage as the scanner keeps it: variable values replaced by their facts. */
export type RestStage = Omit<Stage, 'variables' | 'canarySettings'> & {
  /** Per stage variable: the value's length and the secret-detector rules that fired. */
  variableFacts?: Record<string, VariableFact>;
  /** Set when AWS sent `variables` in a shape that could not be read. */
  variableFactsUnreadable?: boolean;
  canarySettings?: Omit<NonNullable<Stage['canarySettings']>, 'stageVariableOverrides'> & {
    stageVariableOverrideFacts?: Record<string, VariableFact>;
    stageVariableOverrideFactsUnreadable?: boolean;
  };
};

export interface PerRestApi<T> {
  api: RestApi;
  result: Fetched<T>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'apigateway.restApis': RestApi[];
    'apigateway.restStages': PerRestApi<RestStage[]>[];
    /** Resources with their methods (`embed: ["methods"]`), integrations reduced to their kind. */
    'apigateway.restResources': PerRestApi<Resource[]>[];
    'apigateway.restDomainNames': DomainName[];
    'apigateway.usagePlans': UsagePlan[];
    /** The account's API Gateway settings in the region (CloudWatch role, account throttle). */
    'apigateway.account': Fetched<Account>;
  }
}

/** A REST API deleted since the listing. */
const API_GONE = ['NotFoundException'] as const;
/** The most GetRestApis, GetResources, GetUsagePlans and GetDomainNames return per page (default 25). */
const PAGE = 500;

export const restApis = defineDataset({
  id: 'apigateway.restApis',
  scope: 'regional',
  operations: ['apigateway:GetRestApis'],
  fetch: (ctx) => ctx.list<RestApi>('apigateway:GetRestApis', { limit: PAGE }, 'items'),
});

export const restStages = defineDataset({
  id: 'apigateway.restStages',
  scope: 'regional',
  operations: ['apigateway:GetStages'],
  deps: ['apigateway.restApis'],
  async fetch(ctx) {
    const apis = await ctx.get('apigateway.restApis');
    const read = await ctx.perItem(
      apis.filter((api) => api.id),
      async (api) => (await ctx.call<{ item?: RestStage[] }>('apigateway:GetStages', { restApiId: api.id }))?.item ?? [],
      API_GONE,
    );
    return read.map(({ item, result }) => ({ api: item, result }));
  },
});

export const restResources = defineDataset({
  id: 'apigateway.restResources',
  scope: 'regional',
  operations: ['apigateway:GetResources'],
  deps: ['apigateway.restApis'],
  async fetch(ctx) {
    const apis = await ctx.get('apigateway.restApis');
    const read = await ctx.perItem(
      apis.filter((api) => api.id),
      (api) => ctx.list<Resource>('apigateway:GetResources', { restApiId: api.id, embed: ['methods'], limit: PAGE }, 'items'),
      API_GONE,
    );
    return read.map(({ item, result }) => ({ api: item, result }));
  },
});

export const restDomainNames = defineDataset({
  id: 'apigateway.restDomainNames',
  scope: 'regional',
  operations: ['apigateway:GetDomainNames'],
  fetch: (ctx) => ctx.list<DomainName>('apigateway:GetDomainNames', { limit: PAGE }, 'items'),
});

export const usagePlans = defineDataset({
  id: 'apigateway.usagePlans',
  scope: 'regional',
  operations: ['apigateway:GetUsagePlans'],
  fetch: (ctx) => ctx.list<UsagePlan>('apigateway:GetUsagePlans', { limit: PAGE }, 'items'),
});

/**
 * GetAccount of the region. Kept as a read that may have failed: the execution-logging check only
 * adds a remark from it, and the throttling check needs it only for stages without a usage plan.
 */
export const account = defineDataset({
  id: 'apigateway.account',
  scope: 'regional',
  operations: ['apigateway:GetAccount'],
  async fetch(ctx): Promise<Fetched<Account>> {
    try {
      return { ok: true, value: (await ctx.call<Account>('apigateway:GetAccount', {})) ?? {} };
    } catch (err) {
      if (err instanceof AwsCallError) return { ok: false, error: err.info };
      throw err;
    }
  },
});

export default [restApis, restStages, restResources, restDomainNames, usagePlans, account];
