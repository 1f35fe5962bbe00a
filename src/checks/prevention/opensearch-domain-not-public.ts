import { defineCheck } from '../define.js';
import { eachDomain } from '../lib/opensearch.js';
import { isEveryone, parsePolicy, PolicyParseError, type PolicyDocument, type Principal } from '../../policy/document.js';
import { conditionPins, publicStatements, type PinningContext } from '../../policy/pinning.js';

/** A domain endpoint takes unsigned HTTP requests when its policy lets everyone in. */
const PINNING: PinningContext = { anonymousRequests: true };

function principalsOf(principal: Principal | undefined): string[] {
  if (!principal || principal === '*') return [];
  return [...(principal.AWS ?? []), ...(principal.Service ?? []), ...(principal.Federated ?? []), ...(principal.CanonicalUser ?? [])].filter((p) => p !== '*');
}

/** Condition keys as AWS documents them; the parser gives them lower-cased. */
const KEY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  ['aws:SourceIp', 'aws:SourceVpc', 'aws:SourceVpce', 'aws:SourceAccount', 'aws:SourceArn', 'aws:SourceOwner', 'aws:SourceOrgID', 'aws:SourceOrgPaths', 'aws:PrincipalAccount', 'aws:PrincipalArn', 'aws:PrincipalOrgID', 'aws:PrincipalOrgPaths'].map((k) => [k.toLowerCase(), k]),
);

/** What the policy's Allow statements are limited to, for "access policy restricted to ...". */
function restrictions(doc: PolicyDocument): string[] {
  const found = new Set<string>();
  for (const st of doc.statements) {
    if (st.effect !== 'Allow') continue;
    if (!isEveryone(st.principal) && st.notPrincipal === undefined) principalsOf(st.principal).forEach((p) => found.add(p));
    for (const condition of st.conditions) if (conditionPins(condition, st.effect, PINNING)) found.add(`${KEY_NAMES[condition.key] ?? condition.key} ${condition.values.join(', ')}`);
  }
  return [...found];
}

/** How exposed a public endpoint is, judged from its access policy (CHECKS-2 rule 5). */
function exposure(policy: string | undefined): string {
  if (!policy || !policy.trim()) return 'It has no access policy, so only requests signed by principals whose IAM policies allow them get through.';
  let doc: PolicyDocument;
  try {
    doc = parsePolicy(policy);
  } catch (err) {
    if (!(err instanceof PolicyParseError)) throw err;
    return `Its access policy could not be read (${err.message}), so how far it is open is unknown.`;
  }
  const open = publicStatements(doc, PINNING);
  if (open.length) {
    return `Its access policy is open to everyone: ${open.map((s) => `statement ${s.label} allows ${s.actions}`).join('; ')}, with no condition that pins the caller.`;
  }
  const limits = restrictions(doc);
  return limits.length ? `Its access policy is restricted to ${limits.join('; ')}.` : 'Its access policy grants nothing to everyone.';
}

export default defineCheck({
  id: 'opensearch-domain-not-public',
  title: 'OpenSearch domains are placed in a VPC, not on a public endpoint',
  pillar: 'prevention',
  service: 'opensearch',
  severity: 'critical',
  resourceType: 'AWS::OpenSearchService::Domain',
  description:
    'Each OpenSearch Service domain (both engines) is in a VPC (VPCOptions.VPCId set; an answer without VPCId but with VPC subnets or a `vpc` endpoint is read as in a VPC too). A domain with a public endpoint fails even when its access policy is IP-restricted, as Opensearch.2 and ES.2 read it; the message grades the exposure: an access policy open to everyone (an Allow to "*" with no condition that pins the caller, the shared reading of CHECKS-2 rule 5) or the principals and conditions it is restricted to. The routing of a VPC domain\'s subnets is not evaluated. Opensearch.2 is judged on OpenSearch-engine domains, ES.2 on Elasticsearch-engine domains.',
  risk: 'A public endpoint is reachable from the whole internet and protected only by its access policy; one permissive statement, or a policy that trusts a broad IP range, exposes every index to reading, writing and deletion.',
  remediation: {
    text: 'Create the domain in a VPC with private subnets and restrictive security groups, then move the data (snapshot and restore, or reindex): a public domain cannot be moved into a VPC. Meanwhile restrict its access policy to named principals or source IPs.',
    console: 'Amazon OpenSearch Service > Create domain > Network: VPC access; then restore a snapshot of the public domain into it.',
    cli: 'aws opensearch create-domain --domain-name <new-domain> --vpc-options SubnetIds=<subnet>,SecurityGroupIds=<sg> ...',
  },
  references: {
    securityHub: { ids: ['Opensearch.2', 'ES.2'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/vpc.html',
      'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ac.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/opensearch-controls.html#opensearch-2',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/es-controls.html#es-2',
    ],
  },
  reads: ['opensearch.domains'],
  evaluate({ 'opensearch.domains': domains }, ctx) {
    return eachDomain(domains, ctx, { OpenSearch: 'Opensearch.2', Elasticsearch: 'ES.2' }, (status, subject, resource) => {
      const vpc = status.VPCOptions?.VPCId;
      if (vpc) return ctx.pass(resource, `${subject} is in VPC ${vpc}, not on a public endpoint.`);
      // Some AWS-compatible endpoints leave VPCId out of VPCOptions; subnets, or an endpoint under the
      // `vpc` key of Endpoints, exist only for a domain placed in a VPC.
      const subnets = status.VPCOptions?.SubnetIds ?? [];
      if (subnets.length) return ctx.pass(resource, `${subject} is in a VPC (subnets ${subnets.join(', ')}), not on a public endpoint.`);
      if (status.Endpoints?.vpc) return ctx.pass(resource, `${subject} is in a VPC (VPC endpoint ${status.Endpoints.vpc}), not on a public endpoint.`);
      const endpoint = status.Endpoint ? ` (${status.Endpoint})` : '';
      return ctx.fail(resource, `${subject} has a public endpoint${endpoint}: it is not in a VPC. ${exposure(status.AccessPolicies)}`);
    });
  },
});
