import { defineCheck } from '../define.js';
import { instanceLabel, instanceRef, instancesIn, stoppedAt } from '../lib/ec2-compute.js';

/** Days an instance may stay stopped; Security Hub EC2.4 uses the same default. */
const MAX_STOPPED_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export default defineCheck({
  id: 'ec2-instance-stopped-not-stale',
  title: `No EC2 instance has been stopped for more than ${MAX_STOPPED_DAYS} days`,
  pillar: 'prevention',
  service: 'ec2',
  severity: 'medium',
  resourceType: 'AWS::EC2::Instance',
  description: `Each stopped instance was stopped no more than ${MAX_STOPPED_DAYS} days ago, according to the stop time in its StateTransitionReason. Instances that are not stopped pass; terminated ones are not evaluated.`,
  risk: 'A long-stopped instance misses every patch released meanwhile and keeps its volumes, roles and network access; started again, it runs outdated software with live permissions.',
  remediation: {
    text: 'Terminate instances that are no longer needed (keeping an AMI or snapshot if required), or start and patch those that are.',
    console: 'EC2 > Instances > filter Instance state = stopped > select the instance > Instance state > Terminate instance.',
    cli: 'aws ec2 terminate-instances --instance-ids <instance-id>',
  },
  references: {
    securityHub: { ids: ['EC2.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/Stop_Start.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-4',
    ],
  },
  reads: ['ec2.instances'],
  evaluate({ 'ec2.instances': instances }, ctx) {
    return instancesIn(instances).map((instance) => {
      const resource = instanceRef(ctx, instance);
      const name = instanceLabel(instance);
      const state = instance.State?.Name;
      if (state === undefined) return ctx.undetermined(resource, `${name} reports no state, so whether it has been stopped too long is unknown.`);
      if (state !== 'stopped') return ctx.pass(resource, `${name} is ${state}, not stopped.`);
      const since = stoppedAt(instance.StateTransitionReason);
      if (!since)
        return ctx.undetermined(
          resource,
          `${name} is stopped, but its stop time cannot be read from StateTransitionReason "${instance.StateTransitionReason ?? ''}".`,
        );
      const days = Math.floor((ctx.now.getTime() - since.getTime()) / DAY_MS);
      const when = `${since.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
      return days > MAX_STOPPED_DAYS
        ? ctx.fail(resource, `${name} has been stopped since ${when}, ${days} days ago (more than ${MAX_STOPPED_DAYS}).`)
        : ctx.pass(resource, `${name} has been stopped since ${when}, ${days} days ago (at most ${MAX_STOPPED_DAYS}).`);
    });
  },
});
