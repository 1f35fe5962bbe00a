import type { Finding } from '../../model.js';
import { defineCheck } from '../define.js';
import { instanceLabel, instanceRef } from '../lib/ec2-compute.js';
import { noteUnread, proof, reachability, trafficList, unknownReach, withEvidence } from '../lib/exposure.js';

export default defineCheck({
  id: 'ec2-instance-reachable-imdsv2-required',
  title: 'EC2 instances reachable from the internet with an instance profile require IMDSv2',
  pillar: 'prevention',
  service: 'ec2',
  severity: 'critical',
  resourceType: 'AWS::EC2::Instance',
  description:
    'Per pending, running, stopping or stopped instance that is reachable from the internet on any port (directly by the path model, or through an internet-facing load balancer whose listener forwards to its target group) and holds an instance profile: IMDSv2 is required (MetadataOptions HttpTokens required) or the metadata endpoint is disabled. Instances that are not reachable, or hold no instance profile, pass with the reason. An input that cannot be read makes the instance ERROR.',
  risk: 'IMDSv1 answers plain GET requests: a server-side request forgery or open proxy in any service the internet reaches hands the instance role\'s credentials to the attacker.',
  remediation: {
    text: 'Require session tokens on the instance metadata service (after checking with the MetadataNoToken metric that the software uses IMDSv2), or detach the instance profile.',
    console: 'EC2 > Instances > select the instance > Actions > Instance settings > Modify instance metadata options > IMDSv2: Required.',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled',
  },
  references: {
    docs: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html'],
  },
  reads: ['exposure.instances'],
  evaluate({ 'exposure.instances': instances }, ctx) {
    return instances.map((r) => noteUnread(judge(r), r.unread));

    function judge(r: (typeof instances)[number]): Finding {
      const resource = instanceRef(ctx, r.instance);
      const label = instanceLabel(r.instance);
      const profile = r.instance.IamInstanceProfile?.Arn;
      if (!profile) return ctx.pass(resource, `${label} holds no instance profile: there are no role credentials in its metadata.`);
      const { reachable, missing, reason } = reachability(r);
      if (!reachable.length) {
        if (missing.length) return unknownReach(ctx, resource, label.replace(/^Instance/, 'instance'), missing);
        return withEvidence(ctx.pass(resource, `${label} is not reachable from the internet: ${reason || 'nothing is reachable'}.`), { reachable: [] });
      }
      const options = r.instance.MetadataOptions;
      const where = `${trafficList(reachable)}: ${proof(reachable)}`;
      if (options?.HttpEndpoint === 'disabled') return withEvidence(ctx.pass(resource, `${label} is reachable from the internet (${where}) and has its metadata endpoint disabled.`), { reachable });
      if (options?.HttpTokens === 'required') return withEvidence(ctx.pass(resource, `${label} is reachable from the internet (${where}) and requires IMDSv2.`), { reachable });
      if (options?.HttpTokens === 'optional')
        return withEvidence(
          ctx.fail(resource, `${label} is reachable from the internet (${where}), holds instance profile ${profile.split('/').pop()} and allows IMDSv1 (HttpTokens optional): a request forgery in any reachable service yields the role's credentials.`),
          { reachable },
        );
      return ctx.undetermined(resource, `${label} is reachable from the internet and holds an instance profile, but reports no HttpTokens setting, so whether it requires IMDSv2 is unknown.`);
    }
  },
});
