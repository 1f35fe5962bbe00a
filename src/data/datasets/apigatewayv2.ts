// API Gateway HTTP and WebSocket APIs (v2): the APIs, their stages, routes and integrations, and
// custom domain names. Stage variables are reduced to facts and integrations to how the backend is
// reached by the catalogue's sanitize (src/aws/services/apigatewayv2.ts).

import type { Api, DomainName, Integration, Route, Stage } from '@aws-sdk/client-apigatewayv2';
import type { VariableFact } from '../../secrets/detector.js';
import { defineDataset, type Fetched } from '../dataset.js';

/** An HTTP or WebSocket stage as the scanner keeps it: variable values replaced by their facts. */
export type ApiStage = Omit<Stage, 'StageVariables'> & {
  StageVariableFacts?: Record<string, VariableFact>;
  StageVariableFactsUnreadable?: boolean;
};

export interface PerApi<T> {
  api: Api;
  result: Fetched<T>;
}

declare module '../dataset.js' {
  interface DatasetTypes {
    'apigatewayv2.apis': Api[];
    'apigatewayv2.stages': PerApi<ApiStage[]>[];
    'apigatewayv2.routes': PerApi<Route[]>[];
    /** Integrations of the HTTP APIs (WebSocket APIs have no TLS configuration to judge). */
    'apigatewayv2.httpIntegrations': PerApi<Integration[]>[];
    'apigatewayv2.domainNames': DomainName[];
  }
}

/** An API deleted since the listing. */
const API_GONE = ['NotFoundException'] as const;

export const apis = defineDataset({
  id: 'apigatewayv2.apis',
  scope: 'regional',
  operations: ['apigatewayv2:GetApis'],
  fetch: (ctx) => ctx.list<Api>('apigatewayv2:GetApis', {}, 'Items'),
});

export const stages = defineDataset({
  id: 'apigatewayv2.stages',
  scope: 'regional',
  operations: ['apigatewayv2:GetStages'],
  deps: ['apigatewayv2.apis'],
  async fetch(ctx) {
    const all = await ctx.get('apigatewayv2.apis');
    const read = await ctx.perItem(
      all.filter((api) => api.ApiId),
      (api) => ctx.list<ApiStage>('apigatewayv2:GetStages', { ApiId: api.ApiId }, 'Items'),
      API_GONE,
    );
    return read.map(({ item, result }) => ({ api: item, result }));
  },
});

export const routes = defineDataset({
  id: 'apigatewayv2.routes',
  scope: 'regional',
  operations: ['apigatewayv2:GetRoutes'],
  deps: ['apigatewayv2.apis'],
  async fetch(ctx) {
    const all = await ctx.get('apigatewayv2.apis');
    const read = await ctx.perItem(
      all.filter((api) => api.ApiId),
      (api) => ctx.list<Route>('apigatewayv2:GetRoutes', { ApiId: api.ApiId }, 'Items'),
      API_GONE,
    );
    return read.map(({ item, result }) => ({ api: item, result }));
  },
});

export const httpIntegrations = defineDataset({
  id: 'apigatewayv2.httpIntegrations',
  scope: 'regional',
  operations: ['apigatewayv2:GetIntegrations'],
  deps: ['apigatewayv2.apis'],
  async fetch(ctx) {
    const all = await ctx.get('apigatewayv2.apis');
    const read = await ctx.perItem(
      all.filter((api) => api.ApiId && String(api.ProtocolType ?? '').toUpperCase() !== 'WEBSOCKET'),
      (api) => ctx.list<Integration>('apigatewayv2:GetIntegrations', { ApiId: api.ApiId }, 'Items'),
      API_GONE,
    );
    return read.map(({ item, result }) => ({ api: item, result }));
  },
});

export const domainNames = defineDataset({
  id: 'apigatewayv2.domainNames',
  scope: 'regional',
  operations: ['apigatewayv2:GetDomainNames'],
  fetch: (ctx) => ctx.list<DomainName>('apigatewayv2:GetDomainNames', {}, 'Items'),
});

export default [apis, stages, routes, httpIntegrations, domainNames];
