import { parsePolicy, PolicyParseError, statementCoversAction, type Statement } from '../../policy/document.js';
import { administering, organizationResource, readAs } from '../lib/organizations.js';
import { defineCheck } from '../define.js';

/** The Organizations actions that manage policies; a delegation of any of them counts. */
const POLICY_ACTIONS = [
  'organizations:CreatePolicy',
  'organizations:UpdatePolicy',
  'organizations:DeletePolicy',
  'organizations:AttachPolicy',
  'organizations:DetachPolicy',
  'organizations:EnablePolicyType',
  'organizations:DisablePolicyType',
];

const accountOf = (principal: string): string | undefined => (/^\d{12}$/.test(principal) ? principal : /^arn:[^:]+:(iam|sts)::(\d{12}):/.exec(principal)?.[2]);

/** The member accounts an Allow statement names as principals (the management account aside). */
function memberPrincipals(st: Statement, management: string): string[] {
  if (st.effect !== 'Allow' || !st.principal || st.principal === '*') return [];
  return (st.principal.AWS ?? []).filter((p) => {
    const account = accountOf(p);
    return account !== undefined && account !== management;
  });
}

export default defineCheck({
  id: 'organizations-policy-management-delegated',
  title: 'Organization policy management is delegated to a member account',
  pillar: 'iam',
  service: 'organizations',
  severity: 'low',
  resourceType: 'AWS::Organizations::ResourcePolicy',
  description:
    'From the management account or a delegated administrator: organizations:DescribeResourcePolicy returns a delegation policy with an Allow whose principal is a member account (an account id or ARN other than the management account) and whose actions cover any of organizations:CreatePolicy, UpdatePolicy, DeletePolicy, AttachPolicy, DetachPolicy, EnablePolicyType or DisablePolicyType (wildcards count). ResourcePolicyNotFoundException fails. Whether the delegation is least privilege stays manual. CIS v7 2.1.5.',
  risk: 'Without a delegated policy administrator, everyone who manages SCPs, RCPs and other organization policies works in the management account, the one account no SCP can restrict.',
  remediation: {
    text: 'Attach a delegation policy to the organization that lets a dedicated security or platform account manage organization policies, and manage them from there.',
    console: 'AWS Organizations console (management account) > Settings > Delegated administrator for AWS Organizations > Delegate.',
    cli: 'aws organizations put-resource-policy --content file://delegation-policy.json',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs-policy-delegate.html',
      'https://docs.aws.amazon.com/organizations/latest/APIReference/API_DescribeResourcePolicy.html',
    ],
  },
  reads: ['organizations.standing', 'organizations.resourcePolicy'],
  evaluate({ 'organizations.standing': standing, 'organizations.resourcePolicy': policy }, ctx) {
    const admin = administering(ctx, standing);
    if (Array.isArray(admin)) return admin;
    const org = admin.organization;
    const resource = organizationResource(ctx, org);
    if (!policy) return [ctx.undetermined(resource, `Could not evaluate the delegation policy of organization ${org.id}: it was not read.`)];
    return [
      ctx.judge(resource, policy, (content) => {
        if (content === null) return ctx.fail(resource, `Organization ${org.id} has no delegation policy (organizations:DescribeResourcePolicy: ResourcePolicyNotFoundException): only the management account can manage its policies${readAs(admin)}.`);
        let statements: Statement[];
        try {
          statements = parsePolicy(content).statements;
        } catch (err) {
          if (err instanceof PolicyParseError) return ctx.undetermined(resource, `Could not evaluate the delegation policy of organization ${org.id}: ${err.message}`);
          throw err;
        }
        for (const st of statements) {
          const members = memberPrincipals(st, org.managementAccountId);
          const actions = POLICY_ACTIONS.filter((action) => statementCoversAction(st, action));
          if (members.length && actions.length) {
            const label = st.sid ? `'${st.sid}'` : `#${statements.indexOf(st) + 1}`;
            return ctx.pass(resource, `Organization ${org.id} delegates policy management: statement ${label} of its delegation policy allows ${actions.join(', ')} to ${members.join(', ')}${readAs(admin)}. Whether the delegation is least privilege is for review.`);
          }
        }
        return ctx.fail(resource, `Organization ${org.id} has a delegation policy, but no statement allows a member account to create, update, delete, attach or detach policies or to enable or disable a policy type${readAs(admin)}.`);
      }),
    ];
  },
});
