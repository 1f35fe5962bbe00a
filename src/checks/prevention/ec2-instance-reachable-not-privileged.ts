import type { Finding } from '../../model.js';
import { defineCheck } from '../define.js';
import { instanceLabel, instanceRef } from '../lib/ec2-compute.js';
import { chainText, noteUnread, proof, reachability, trafficList, unknownReach, withEvidence } from '../lib/exposure.js';
import { principalName } from '../../exposure/text.js';

export default defineCheck({
  id: 'ec2-instance-reachable-not-privileged',
  title: 'EC2 instances reachable from the internet hold no admin-equivalent or escalating role',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AWS::EC2::Instance',
  description:
    'Per pending, running, stopping or stopped instance that is reachable from the internet on any port (directly by the path model, or through an internet-facing load balancer whose listener forwards to its target group): the role of its instance profile is not admin-equivalent (allowed "*" or "iam:*" on "*" within its boundary) and no chain of the escalation methods of iam-principal-no-privilege-escalation makes it so. A chain that needs an undecidable condition fails as "conditional". Instances that are not reachable, or hold no instance profile, pass with the reason. An input that cannot be read makes the instance ERROR.',
  risk: 'Whoever compromises a service the internet reaches gets the instance role\'s credentials from the metadata service; if that role is, or can become, an administrator, one application bug is a full account takeover.',
  remediation: {
    text: 'Give internet-facing instances a role with only the permissions their software needs, remove the permissions that let the role escalate, or take the instance off the internet.',
    console: 'IAM > Roles > the instance role > Permissions; or EC2 > Instances > select the instance > Actions > Security > Modify IAM role.',
    cli: 'aws ec2 replace-iam-instance-profile-association --association-id <id> --iam-instance-profile Name=<least-privilege-profile>',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_switch-role-ec2.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  },
  reads: ['exposure.instances', 'exposure.identities'],
  evaluate({ 'exposure.instances': instances, 'exposure.identities': identities }, ctx) {
    return instances.map((r) => noteUnread(judge(r), r.unread));

    function judge(r: (typeof instances)[number]): Finding {
      const resource = instanceRef(ctx, r.instance);
      const label = instanceLabel(r.instance);
      const profile = r.instance.IamInstanceProfile?.Arn;
      if (!profile) return ctx.pass(resource, `${label} holds no instance profile: there are no role credentials to take.`);
      const { reachable, missing, reason } = reachability(r);
      if (!reachable.length) {
        if (missing.length) return unknownReach(ctx, resource, label.replace(/^Instance/, 'instance'), missing);
        return withEvidence(ctx.pass(resource, `${label} is not reachable from the internet: ${reason || 'nothing is reachable'}.`), { reachable: [] });
      }
      const where = `${trafficList(reachable)}: ${proof(reachable)}`;
      const roles = identities.rolesOfProfile(profile);
      const profileName = profile.split('/').pop();
      if (!roles.length) return withEvidence(ctx.pass(resource, `${label} is reachable from the internet (${where}), but its instance profile ${profileName} holds no role.`), { reachable });
      const findings = roles.map((arn) => ({ arn, verdict: identities.byArn.get(arn) }));
      for (const { arn, verdict } of findings) {
        if (verdict?.admin.answer === 'yes') {
          return withEvidence(ctx.fail(resource, `${label} is reachable from the internet (${where}) and its instance profile ${profileName} holds ${principalName(arn)}, which is admin-equivalent (${verdict.admin.via.slice(0, 3).join(', ')}).`), { reachable });
        }
      }
      for (const { arn, verdict } of findings) {
        const chain = verdict?.chains[0];
        if (!chain) continue;
        const how = chain.conditional ? 'can escalate to administrator (conditional)' : 'can escalate to administrator';
        return withEvidence(ctx.fail(resource, `${label} is reachable from the internet (${where}) and its instance profile ${profileName} holds ${principalName(arn)}, which ${how}: ${chainText(chain, identities.byArn)}.`), { reachable, chains: verdict!.chains });
      }
      for (const { arn, verdict } of findings) {
        if (verdict?.admin.answer === 'maybe') {
          return withEvidence(ctx.fail(resource, `${label} is reachable from the internet (${where}) and its instance profile ${profileName} holds ${principalName(arn)}, which is admin-equivalent under a condition (conditional: ${verdict.admin.conditions.slice(0, 2).join('; ')}).`), { reachable });
        }
        if (!verdict) return ctx.undetermined(resource, `Could not evaluate ${label}: the role ${arn} of its instance profile is not in the account's authorization details.`);
        if (verdict.problems.length) {
          const problem = verdict.problems.find((p) => p.error) ?? verdict.problems[0]!;
          const what = `whether ${principalName(arn)} of reachable ${label.replace(/^Instance/, 'instance')} can escalate (could not read ${verdict.problems.map((p) => p.what).join('; ')})`;
          return problem.error ? ctx.error(resource, problem.error, what) : ctx.undetermined(resource, `Could not evaluate ${what}.`);
        }
      }
      const names = roles.map(principalName).join(', ');
      return withEvidence(ctx.pass(resource, `${label} is reachable from the internet (${where}), but ${names} of its instance profile ${profileName} is not admin-equivalent and has no escalation chain.`), { reachable });
    }
  },
});
