// How API Gateway checks name REST APIs (v1), HTTP and WebSocket APIs (v2), their stages, routes
// and integrations, and how they read the shapes both families share.

import type { RestApi } from '@aws-sdk/client-api-gateway';
import type { Api } from '@aws-sdk/client-apigatewayv2';
import type { Scoped } from '../../data/dataset.js';
import type { PerRestApi, RestStage } from '../../data/datasets/apigateway.js';
import type { ApiStage, PerApi } from '../../data/datasets/apigatewayv2.js';
import type { Finding } from '../../model.js';
import { isEveryone, parsePolicy, PolicyParseError, resourceCovers, statementCoversAction, type PolicyDocument, type Statement } from '../../policy/document.js';
import { conditionPins, isPublicStatement, type PinningContext } from '../../policy/pinning.js';
import type { CheckContext, ResourceRef } from '../define.js';

const arnBase = (scope: Pick<Scoped, 'account' | 'region'>) => `arn:${scope.account.partition}:apigateway:${scope.region}::`;

/** `orders-api (a1b2c3d4e5)`: the name people know, and the id API Gateway uses. */
export function apiName(name: string | undefined, id: string | undefined): string {
  return name && name !== id ? `${name} (${id ?? '?'})` : id ?? name ?? 'unknown';
}

export function restApiRef(api: RestApi, scope: Pick<Scoped, 'account' | 'region'>): ResourceRef {
  return { id: api.id ?? api.name ?? 'unknown', arn: `${arnBase(scope)}/restapis/${api.id ?? ''}` };
}

/** e.g. "REST API orders-api (a1b2c3d4e5)". */
export const restApiLabel = (api: RestApi) => `REST API ${apiName(api.name, api.id)}`;

export function restStageRef(api: RestApi, stage: RestStage, scope: Pick<Scoped, 'account' | 'region'>): ResourceRef {
  return { id: `${api.id ?? '?'}/${stage.stageName ?? '?'}`, arn: `${arnBase(scope)}/restapis/${api.id ?? ''}/stages/${stage.stageName ?? ''}` };
}

/** e.g. "Stage prod of REST API orders-api (a1b2c3d4e5)". */
export const restStageLabel = (api: RestApi, stage: RestStage) => `Stage ${stage.stageName ?? '?'} of ${restApiLabel(api)}`;

/** `HTTP` or `WEBSOCKET`, whatever case the endpoint used; undefined when the API does not say. */
export function protocolOf(api: Api): 'HTTP' | 'WEBSOCKET' | undefined {
  const protocol = String(api.ProtocolType ?? '').toUpperCase();
  return protocol === 'HTTP' || protocol === 'WEBSOCKET' ? protocol : undefined;
}

/** e.g. "HTTP API shop (x1y2z3)", "WebSocket API chat (w9v8u7)". */
export function apiLabel(api: Api): string {
  const family = protocolOf(api) === 'WEBSOCKET' ? 'WebSocket API' : protocolOf(api) === 'HTTP' ? 'HTTP API' : 'API';
  return `${family} ${apiName(api.Name, api.ApiId)}`;
}

export function apiRef(api: Api, scope: Pick<Scoped, 'account' | 'region'>): ResourceRef {
  return { id: api.ApiId ?? api.Name ?? 'unknown', arn: `${arnBase(scope)}/apis/${api.ApiId ?? ''}` };
}

export function apiStageRef(api: Api, stage: ApiStage, scope: Pick<Scoped, 'account' | 'region'>): ResourceRef {
  return { id: `${api.ApiId ?? '?'}/${stage.StageName ?? '?'}`, arn: `${arnBase(scope)}/apis/${api.ApiId ?? ''}/stages/${stage.StageName ?? ''}` };
}

export const apiStageLabel = (api: Api, stage: ApiStage) => `Stage ${stage.StageName ?? '?'} of ${apiLabel(api)}`;

export function apiChildRef(api: Api, kind: 'routes' | 'integrations', id: string | undefined, scope: Pick<Scoped, 'account' | 'region'>): ResourceRef {
  return { id: `${api.ApiId ?? '?'}/${kind}/${id ?? '?'}`, arn: `${arnBase(scope)}/apis/${api.ApiId ?? ''}/${kind}/${id ?? ''}` };
}

export function domainRef(name: string, scope: Pick<Scoped, 'account' | 'region'>, arn?: string): ResourceRef {
  return { id: name, arn: arn ?? `${arnBase(scope)}/domainnames/${name}` };
}

/**
 * The key of a REST stage's method setting as a method: `~1orders~1{id}/GET` → `GET /orders/{id}`;
 * `*\/*` (the stage default) stays as it is.
 */
export function methodSettingLabel(key: string): string {
  if (key === '*/*') return key;
  const slash = key.lastIndexOf('/');
  if (slash < 0) return key;
  const path = key.slice(0, slash).replace(/~1/g, '/');
  return `${key.slice(slash + 1)} ${path.startsWith('/') ? path : `/${path}`}`;
}

/**
 * API Gateway's `policy`: a JSON document whose quotes come back backslash-escaped
 * (`{\"Version\":\"2012-10-17\",...}`). Unescaped as a JSON string body, then parsed; a document
 * that is already plain JSON is parsed as it is.
 */
export function parseRestApiPolicy(text: string): PolicyDocument {
  try {
    return parsePolicy(text);
  } catch (err) {
    if (!(err instanceof PolicyParseError) || !text.includes('\\"')) throw err;
  }
  let unescaped: string;
  try {
    unescaped = JSON.parse(`"${text}"`) as string;
  } catch {
    unescaped = text.replace(/\\"/g, '"').replace(/\\\\/g, '\\');
  }
  return parsePolicy(unescaped);
}

/** The stage names of a REST API, for messages ("stages: prod, dev"). */
export function stageNames(stages: readonly { stageName?: string | undefined }[]): string[] {
  return stages.map((s) => s.stageName ?? '?').sort();
}

/** A sentence part listing items, at most `max` of them. */
export function listed(items: readonly string[], max = 10): string {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

const INVOKE = 'execute-api:Invoke';
/** Unsigned calls reach REST APIs whose methods need no authorization: IfExists forms of principal keys pin nothing. */
export const EXECUTE_API_PINNING: PinningContext = { anonymousRequests: true };
/** Keys by which a Deny to everyone can keep all but one network out (CHECKS-2 section 3). */
const NETWORK_DENY_KEYS = new Set(['aws:sourceip', 'aws:sourcevpc', 'aws:sourcevpce']);

/** `execute-api:/prod/GET/x` (the shorthand API Gateway accepts) as the API's full ARN pattern. */
function expandResource(pattern: string, apiArnPrefix: string): string {
  return /^execute-api:\//i.test(pattern) ? `${apiArnPrefix}${pattern.slice('execute-api:/'.length)}` : pattern;
}

function covers(st: Statement, arn: string, apiArnPrefix: string): boolean {
  const expanded: Statement = {
    ...st,
    ...(st.resources ? { resources: st.resources.map((r) => expandResource(r, apiArnPrefix)) } : {}),
    ...(st.notResources ? { notResources: st.notResources.map((r) => expandResource(r, apiArnPrefix)) } : {}),
  };
  return statementCoversAction(st, INVOKE) && resourceCovers(expanded, arn);
}

/**
 * A Deny to everyone that keeps every caller out, or all but those of one IP range or VPC
 * (NotIpAddress on aws:SourceIp, StringNotEquals on aws:SourceVpc or aws:SourceVpce): each of its
 * conditions must be such a restriction, or the Deny applies only when some other condition holds too.
 */
function restrictingDeny(st: Statement): boolean {
  return st.effect === 'Deny' && isEveryone(st.principal) && st.conditions.every((c) => NETWORK_DENY_KEYS.has(c.key) && conditionPins(c, 'Deny', EXECUTE_API_PINNING));
}

export interface InvokeGrant {
  /** The public Allow statements that let everyone invoke the ARN, labelled `'Sid'` or `#n`. */
  allowedBy: string[];
}

/**
 * Whether the resource policy lets everyone invoke `arn` (one method of one stage): some Allow to
 * everyone of execute-api:Invoke without a pinning condition covers it, and no Deny to everyone
 * that restricts the network (or is unconditional) covers it too. Undefined when nothing public
 * allows it.
 */
export function publicInvokeOf(doc: PolicyDocument, arn: string, apiArnPrefix: string): InvokeGrant | undefined {
  const allowedBy = doc.statements.flatMap((st, i) =>
    isPublicStatement(st, EXECUTE_API_PINNING) && covers(st, arn, apiArnPrefix) ? [st.sid ? `'${st.sid}'` : `#${i + 1}`] : [],
  );
  if (allowedBy.length === 0) return undefined;
  if (doc.statements.some((st) => restrictingDeny(st) && covers(st, arn, apiArnPrefix))) return undefined;
  return { allowedBy };
}

/**
 * One result per REST stage (those `include` keeps) from `judge`; one ERROR per API whose stages
 * could not be listed.
 */
export function eachRestStage(
  perApi: readonly PerRestApi<RestStage[]>[],
  ctx: CheckContext,
  judge: (stage: RestStage, resource: ResourceRef, label: string, api: RestApi) => Finding,
  include: (stage: RestStage) => boolean = () => true,
): Finding[] {
  return perApi.flatMap(({ api, result }) => {
    if (!result.ok) return [ctx.error(restApiRef(api, ctx), result.error, `the stages of ${restApiLabel(api)}`)];
    return result.value.filter(include).map((stage) => judge(stage, restStageRef(api, stage, ctx), restStageLabel(api, stage), api));
  });
}

/**
 * One result per HTTP or WebSocket stage from `judge` (only the APIs `include` keeps); one ERROR
 * per API whose stages could not be listed.
 */
export function eachApiStage(
  perApi: readonly PerApi<ApiStage[]>[],
  ctx: CheckContext,
  judge: (stage: ApiStage, resource: ResourceRef, label: string, api: Api) => Finding,
  include: (api: Api) => boolean = () => true,
): Finding[] {
  return perApi
    .filter(({ api }) => include(api))
    .flatMap(({ api, result }) => {
      if (!result.ok) return [ctx.error(apiRef(api, ctx), result.error, `the stages of ${apiLabel(api)}`)];
      return result.value.map((stage) => judge(stage, apiStageRef(api, stage, ctx), apiStageLabel(api, stage), api));
    });
}
