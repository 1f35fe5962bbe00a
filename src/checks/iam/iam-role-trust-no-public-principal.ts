import { judgeDocument } from '../lib/iam-findings.js';
import { parseDocument, publicTrustStatements, statementLabel } from '../lib/iam-policies.js';
import { defineCheck } from '../define.js';
import { judgeUnderRcps } from '../../policy/rcp.js';

export default defineCheck({
  id: 'iam-role-trust-no-public-principal',
  title: 'No role trust policy lets an unrestricted "everyone" principal assume the role',
  pillar: 'iam',
  service: 'iam',
  severity: 'critical',
  resourceType: 'AWS::IAM::Role',
  description:
    'No role has a trust policy statement that allows sts:AssumeRole (or sts:*, *) to Principal "*" or {"AWS": "*"} (or through NotPrincipal) without a condition pinning aws:PrincipalAccount, aws:PrincipalOrgID, aws:PrincipalOrgPaths, aws:PrincipalArn, aws:SourceAccount or aws:SourceArn to fixed values (a wildcard account, a negated operator or a Null test pins nothing). sts:ExternalId alone does not restrict who may try. In an organization scan, a trust that a resource control policy denies to every principal outside the organization (sts:* or the granted actions) passes, naming the RCP; a member-account scan cannot read RCPs and its FAIL says so. RCPs never apply to the management account.',
  risk: 'Any AWS principal in any account can assume a role trusted to "*": whatever the role may do, anyone on the internet with an AWS account may do too.',
  remediation: {
    text: 'Name the trusted accounts, roles or services in the Principal, or add a condition on aws:PrincipalOrgID or aws:PrincipalAccount that pins the callers.',
    console: 'IAM > Roles > <role> > Trust relationships > Edit trust policy.',
    cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgid',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    ],
  },
  reads: ['iam.roles', 'organizations.context'],
  evaluate({ 'iam.roles': roles, 'organizations.context': organization }, ctx) {
    return roles.map((role) => {
      const name = role.RoleName ?? role.RoleId ?? 'unknown';
      const resource = { id: name, arn: role.Arn ?? '' };
      return judgeDocument(ctx, resource, `the trust policy of role ${name}`, () => {
        const doc = parseDocument(role.AssumeRolePolicyDocument);
        const open = publicTrustStatements(doc);
        if (open.length === 0) return ctx.pass(resource, `The trust policy of role ${name} lets no unrestricted "everyone" principal assume it.`);
        const rcps = judgeUnderRcps(
          organization,
          open.map((st) => ({ text: `${statementLabel(doc, st)} allows sts:AssumeRole to everyone`, grant: { actions: st.actions, service: 'sts', resources: [resource.arn], anonymous: false } })),
          'trust policy',
        );
        if (rcps.neutralised) return ctx.pass(resource, `Role ${name} cannot be assumed from outside the organization: ${rcps.reasons}.`);
        return ctx.fail(resource, `Role ${name} can be assumed by any AWS principal: ${open.map((st) => statementLabel(doc, st)).join(', ')} of its trust policy allows sts:AssumeRole to everyone without a condition pinning the caller's account, organisation or ARN.${rcps.note}`);
      });
    });
  },
});
