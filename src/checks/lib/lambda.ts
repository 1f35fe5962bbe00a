// How Lambda checks name functions and read their resource-based policies.

import type { FunctionUrlConfig } from '@aws-sdk/client-lambda';
import { qualifierOf, type LambdaFunction } from '../../data/datasets/lambda.js';
import { parsePolicy, statementCoversAction, type PolicyDocument, type Statement } from '../../policy/document.js';
import { conditionPins, publicStatements, type PinningContext } from '../../policy/pinning.js';
import type { ResourceRef } from '../define.js';

export function functionRef(fn: LambdaFunction): ResourceRef {
  return { id: fn.FunctionName ?? fn.FunctionArn ?? 'unknown', arn: fn.FunctionArn ?? '' };
}

export const functionLabel = (fn: LambdaFunction) => `Lambda function ${fn.FunctionName ?? fn.FunctionArn ?? '?'}`;

/** A function URL is named by its function and, when it belongs to an alias, the alias. */
export function urlRef(fn: LambdaFunction, url: FunctionUrlConfig): ResourceRef {
  const qualifier = qualifierOf(url.FunctionArn);
  return { id: `${fn.FunctionName ?? '?'}${qualifier ? `:${qualifier}` : ''}`, arn: url.FunctionArn ?? fn.FunctionArn ?? '' };
}

export function urlLabel(fn: LambdaFunction, url: FunctionUrlConfig): string {
  const qualifier = qualifierOf(url.FunctionArn);
  return `Function URL ${url.FunctionUrl ?? '?'} of ${functionLabel(fn)}${qualifier ? ` (alias ${qualifier})` : ''}`;
}

/**
 * Lambda.1 reads any wildcard or policy variable in a condition value as pinning nothing. A
 * function URL with AuthType NONE accepts unsigned requests, which carry no principal keys: their
 * IfExists forms pin nothing.
 */
export const LAMBDA_PINNING: PinningContext = { anonymousRequests: true, strictWildcards: true };

export const parseFunctionPolicy = (text: string): PolicyDocument => parsePolicy(text);

export interface PublicGrant {
  label: string;
  actions: string;
  why: string;
}

const S3_SERVICE = 's3.amazonaws.com';
const OWNER_KEYS = new Set(['aws:sourceaccount', 'aws:sourceowner']);

/**
 * An Allow to the S3 service that no aws:SourceAccount (or aws:SourceOwner) condition pins: a bucket
 * ARN carries no account id and a deleted bucket's name can be registered by anyone, so any
 * bucket of that name, in any account, can invoke the function (Lambda.1).
 */
function unpinnedS3Grant(st: Statement): boolean {
  if (st.effect !== 'Allow' || st.principal === undefined || st.principal === '*') return false;
  if (!(st.principal.Service ?? []).some((s) => s.toLowerCase() === S3_SERVICE)) return false;
  return !st.conditions.some((c) => OWNER_KEYS.has(c.key) && conditionPins(c, 'Allow', LAMBDA_PINNING));
}

/**
 * The statements of a function policy that Lambda.1 calls public: an Allow to everyone ("*",
 * {"AWS": "*"} or NotPrincipal) without a condition pinning the caller, and an Allow to
 * s3.amazonaws.com without aws:SourceAccount. `actions` limits them to those granting one of these.
 */
export function publicGrants(doc: PolicyDocument, actions?: readonly string[]): PublicGrant[] {
  const everyone = publicStatements(doc, LAMBDA_PINNING, actions).map((p) => ({ label: p.label, actions: p.actions, why: 'to everyone without a condition pinning the caller' }));
  const s3 = doc.statements.flatMap((st, i) => {
    if (!unpinnedS3Grant(st)) return [];
    if (actions && !actions.some((a) => statementCoversAction(st, a))) return [];
    return [{ label: st.sid ? `'${st.sid}'` : `#${i + 1}`, actions: st.actions?.join(', ') ?? `every action except ${(st.notActions ?? []).join(', ')}`, why: 'to the S3 service without aws:SourceAccount, so a bucket of that name in any account can invoke it' }];
  });
  return [...everyone, ...s3];
}

export function describeGrants(grants: readonly PublicGrant[]): string {
  return grants.map((g) => `statement ${g.label} allows ${g.actions} ${g.why}`).join('; ');
}

/** Whether the function is attached to a VPC. */
export const inVpc = (fn: LambdaFunction) => !!fn.VpcConfig?.VpcId?.trim() || (fn.VpcConfig?.SubnetIds?.length ?? 0) > 0;

/** `Zip` or `Image`; a function without PackageType is a .zip function (the only kind before container images). */
export const packageType = (fn: LambdaFunction) => String(fn.PackageType ?? 'Zip').toLowerCase() === 'image' ? 'Image' : 'Zip';
