import { RCP, SCP, type AuthorizationPolicyType } from '../../data/datasets/organizations.js';
import type { AttachedOrgPolicy } from '../../data/organization.js';
import { administering, memberAccountResource, readAs } from '../lib/organizations.js';
import { defineCheck } from '../define.js';

const TYPE_NAMES: Record<AuthorizationPolicyType, string> = { [SCP]: 'SCP', [RCP]: 'RCP' };

export default defineCheck({
  id: 'organizations-accounts-have-guardrail-policies',
  title: 'Every member account is governed by a custom SCP or RCP',
  pillar: 'prevention',
  service: 'organizations',
  severity: 'medium',
  resourceType: 'AWS::Organizations::Account',
  description:
    'From the management account or a delegated administrator, per member account whose State is ACTIVE: at least one service control policy or resource control policy that is not AWS managed applies to it, attached to the account, an OU above it (organizations:ListParents up to the root) or the root (organizations:ListPoliciesForTarget with SERVICE_CONTROL_POLICY and RESOURCE_CONTROL_POLICY). AWS managed policies (FullAWSAccess, RCPFullAWSAccess) grant everything and do not count; a policy type that is not ENABLED at the root contributes nothing. The management account is not evaluated: SCPs and RCPs do not apply to it. Whether the policies implement the organization\'s baseline stays manual; the message lists their names. CIS v7 2.1.2 (partial).',
  risk: 'An account under no custom SCP or RCP has no organization-level guardrail: nothing stops its administrators from disabling logging, leaving the allowed regions or opening its resources to the world.',
  remediation: {
    text: 'Enable the SCP and RCP policy types at the root and attach baseline guardrail policies to the root or to every OU.',
    console: 'AWS Organizations console > Policies > Service control policies (or Resource control policies) > create and attach to the root or OUs.',
    cli: 'aws organizations enable-policy-type --root-id <r-id> --policy-type SERVICE_CONTROL_POLICY; aws organizations attach-policy --policy-id <p-id> --target-id <ou-or-root-id>',
  },
  references: {
    docs: [
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
      'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps.html',
    ],
  },
  reads: ['organizations.standing', 'organizations.roots', 'organizations.accountParents', 'organizations.targetPolicies'],
  evaluate({ 'organizations.standing': standing, 'organizations.roots': roots, 'organizations.accountParents': chains, 'organizations.targetPolicies': targets }, ctx) {
    const admin = administering(ctx, standing);
    if (Array.isArray(admin)) return admin;
    const org = admin.organization;
    if (!roots || !chains || !targets) return ctx.notInScope('the organization structure was not read');
    const enabledAt = (rootId: string): AuthorizationPolicyType[] => {
      const types = roots.find((r) => r.Id === rootId)?.PolicyTypes ?? [];
      return [SCP, RCP].filter((type) => types.some((t) => t.Type === type && t.Status === 'ENABLED')) as AuthorizationPolicyType[];
    };
    const members = chains.filter(({ account }) => account.Id !== org.managementAccountId && (account.State ?? account.Status) === 'ACTIVE');
    return members.map(({ account, parents }) => {
      const resource = memberAccountResource(ctx, org, account.Id);
      const named = account.Name ? `${account.Id} (${account.Name})` : account.Id;
      return ctx.judge(resource, parents, (chain) => {
        const types = enabledAt(chain[chain.length - 1]!);
        if (types.length === 0) return ctx.fail(resource, `Account ${named} is governed by no SCP or RCP: neither policy type is enabled at the root of organization ${org.id}${readAs(admin)}.`);
        const custom: AttachedOrgPolicy[] = [];
        let managedOnly = 0;
        for (const target of [account.Id, ...chain]) {
          const attached = targets.find((t) => t.target === target);
          for (const type of types) {
            const listed = attached?.policies[type];
            if (!listed) return ctx.undetermined(resource, `Could not evaluate account ${named}: the ${TYPE_NAMES[type]}s attached to ${target} were not listed.`);
            if (!listed.ok) return ctx.error(resource, listed.error, `the ${TYPE_NAMES[type]}s that apply to account ${named} (attached to ${target})`);
            for (const policy of listed.value) {
              if (policy.awsManaged) managedOnly++;
              else custom.push(policy);
            }
          }
        }
        if (custom.length) {
          const names = [...new Set(custom.map((p) => `${p.name} (${p.id}, attached to ${p.target})`))];
          return ctx.pass(resource, `Account ${named} is governed by ${names.length} custom polic${names.length === 1 ? 'y' : 'ies'}: ${names.join('; ')}${readAs(admin)}. Whether they implement the baseline is for review.`);
        }
        const only = managedOnly ? 'only AWS managed policies (FullAWSAccess, RCPFullAWSAccess), which allow everything, apply' : 'no policy is attached';
        const enabled = types.map((t) => TYPE_NAMES[t]).join(' and ');
        return ctx.fail(resource, `Account ${named} is governed by no custom SCP or RCP: ${only} at the account, its OUs and the root (${enabled} enabled)${readAs(admin)}.`);
      });
    });
  },
});
