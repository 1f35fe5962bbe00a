import type { Method, Resource, RestApi } from '@aws-sdk/client-api-gateway';
import { PolicyParseError, type PolicyDocument } from '../../policy/document.js';
import { listed, parseRestApiPolicy, publicInvokeOf, restApiLabel, restApiRef, stageNames } from '../lib/apigateway.js';
import { defineCheck } from '../define.js';

/** Authorization types that identify the caller: IAM signatures, a Lambda authorizer, a Cognito user pool. */
const AUTHORIZERS = new Set(['AWS_IAM', 'CUSTOM', 'COGNITO_USER_POOLS']);
/** The verbs an `ANY` method answers, each judged against the resource policy. */
const ANY_VERBS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'];

interface OpenMethod {
  label: string;
  verb: string;
  path: string;
  apiKeyRequired: boolean;
  /** The method reports no authorizationType: its authorization is unknown. */
  unknown: boolean;
}

function methodsOf(resources: readonly Resource[]): { open: OpenMethod[]; authorized: Set<string>; total: number } {
  const open: OpenMethod[] = [];
  const authorized = new Set<string>();
  let total = 0;
  for (const resource of resources) {
    const path = resource.path ?? '/';
    for (const [key, method] of Object.entries(resource.resourceMethods ?? {}) as Array<[string, Method]>) {
      const verb = (method.httpMethod ?? key).toUpperCase();
      if (verb === 'OPTIONS') continue;
      total++;
      const auth = typeof method.authorizationType === 'string' ? method.authorizationType.toUpperCase() : undefined;
      if (auth && AUTHORIZERS.has(auth)) {
        authorized.add(auth);
        continue;
      }
      open.push({ label: `${verb} ${path}`, verb, path, apiKeyRequired: method.apiKeyRequired === true, unknown: auth === undefined });
    }
  }
  return { open, authorized, total };
}

const endpointTypes = (api: RestApi) => (api.endpointConfiguration?.types ?? []).map((t) => String(t).toUpperCase());

export default defineCheck({
  id: 'apigateway-rest-api-access-restricted',
  title: 'REST APIs authorize every method, are private, or have a resource policy that restricts callers',
  pillar: 'prevention',
  service: 'apigateway',
  severity: 'high',
  resourceType: 'AWS::ApiGateway::RestApi',
  description:
    "For each REST API (HTTP and WebSocket APIs are judged by apigateway-v2-route-authorization), its current resources and methods (GetResources with embedded methods) are read. The API passes when any of these holds: (1) every method except OPTIONS (CORS preflights) has authorizationType AWS_IAM, CUSTOM (Lambda authorizer) or COGNITO_USER_POOLS; (2) its endpoint type is PRIVATE (reachable only through interface VPC endpoints, and only if a resource policy allows it); (3) its resource policy allows execute-api:Invoke to everyone on none of the open methods without a condition pinning the caller (aws:SourceIp, aws:SourceVpc, aws:SourceVpce, account or organization keys), or every such Allow is overridden, for the same methods, by a Deny to everyone with NotIpAddress on aws:SourceIp or StringNotEquals on aws:SourceVpc or aws:SourceVpce. Otherwise it fails, naming the open methods. apiKeyRequired does not count as authorization: API keys identify callers for usage plans; the message mentions them. Methods belong to the API and each deployment snapshots them: the current resources are judged and the message names the stages.",
  risk: 'A method without an authorizer on an API open to the internet can be called by anyone who finds its URL: data behind it can be read or changed without any identity, and the backend pays for every call.',
  remediation: {
    text: 'Add an authorizer (IAM, a Lambda authorizer or a Cognito user pool) to each method, or restrict callers with a resource policy (source IP ranges or VPC endpoints), or make the API private; then deploy the API again.',
    console: 'API Gateway > APIs > the API > Resources > the method > Method request > Edit > Authorization; or Resource policy.',
    cli: 'aws apigateway update-method --rest-api-id <api-id> --resource-id <resource-id> --http-method GET --patch-operations op=replace,path=/authorizationType,value=AWS_IAM',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies-examples.html',
      'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
    ],
  },
  reads: ['apigateway.restResources', 'apigateway.restStages'],
  evaluate({ 'apigateway.restResources': perApi, 'apigateway.restStages': stagesPerApi }, ctx) {
    return perApi.map(({ api, result }) => {
      const resource = restApiRef(api, ctx);
      const label = restApiLabel(api);
      const types = endpointTypes(api);
      const stagesRead = stagesPerApi.find((s) => s.api.id === api.id)?.result;
      const stages = stagesRead?.ok ? stageNames(stagesRead.value) : undefined;
      const stageText = stages === undefined ? 'its stages could not be listed' : stages.length ? `stages: ${stages.join(', ')}` : 'no stage deployed';
      const details = [...(api.name && api.name !== api.id ? [api.id ?? '?'] : []), ...(types.length ? [types.join(', ').toLowerCase()] : []), stageText];
      const where = `REST API ${api.name ?? api.id ?? '?'} (${details.join('; ')})`;
      if (!result.ok) return ctx.error(resource, result.error, `the resources and methods of ${label}`);
      if (types.includes('PRIVATE')) {
        return ctx.pass(resource, `${where} is a PRIVATE API: it is reachable only through interface VPC endpoints, and only as its resource policy allows.`);
      }
      const { open, authorized, total } = methodsOf(result.value);
      if (open.length === 0) {
        return ctx.pass(
          resource,
          total === 0
            ? `${where} has no method other than OPTIONS, so nothing can be called without authorization.`
            : `${where} requires authorization on every method other than OPTIONS (${[...authorized].sort().join(', ')}).`,
        );
      }
      let policy: PolicyDocument | undefined;
      if (api.policy) {
        try {
          policy = parseRestApiPolicy(api.policy);
        } catch (err) {
          if (!(err instanceof PolicyParseError)) throw err;
          return ctx.undetermined(resource, `${where} has methods without authorization (${listed(open.map((m) => m.label))}) and a resource policy that could not be read (${err.message}), so whether anyone can call them is unknown.`);
        }
      }
      // Which open methods everyone may invoke: all of them without a policy; with one, those a
      // public Allow covers on some stage and no restricting Deny takes back.
      const arnPrefix = `arn:${ctx.account.partition}:execute-api:${ctx.region}:${ctx.account.id}:${api.id ?? ''}/`;
      const grants = new Map<string, string[]>();
      const reachable = open.filter((m) => {
        if (!policy) return true;
        const verbs = m.verb === 'ANY' ? ANY_VERBS : [m.verb];
        const path = m.path === '/' ? '' : m.path.replace(/^\//, '');
        for (const stage of stages?.length ? stages : ['*']) {
          for (const verb of verbs) {
            const grant = publicInvokeOf(policy, `${arnPrefix}${stage}/${verb}/${path}`, arnPrefix);
            if (grant) {
              grants.set(m.label, grant.allowedBy);
              return true;
            }
          }
        }
        return false;
      });
      const policyText = policy
        ? `its resource policy allows execute-api:Invoke on them to everyone without a condition pinning the caller (statement ${listed([...new Set([...grants.values()].flat())])})`
        : 'it has no resource policy restricting callers';
      const known = reachable.filter((m) => !m.unknown);
      if (known.length) {
        const keyed = known.filter((m) => m.apiKeyRequired).map((m) => m.label);
        const keyNote = keyed.length ? ` ${listed(keyed)} require${keyed.length === 1 ? 's' : ''} an API key, which identifies callers for usage plans but does not authorize them.` : '';
        return ctx.fail(resource, `${where} lets anyone call ${known.length} method${known.length === 1 ? '' : 's'} without authorization: ${listed(known.map((m) => m.label))}; ${policyText}.${keyNote}`);
      }
      if (reachable.length) {
        return ctx.undetermined(resource, `${where} has methods whose authorization type API Gateway did not report (${listed(reachable.map((m) => m.label))}), and ${policyText}: whether anyone can call them is unknown.`);
      }
      return ctx.pass(
        resource,
        `${where} has methods without authorization (${listed(open.map((m) => m.label))}), but its resource policy grants no unconditioned access to everyone on them.`,
      );
    });
  },
});
