// Shared vocabulary of the EC2 compute and storage checks: resource references, which instances
// are in scope, and the stop time EC2 writes into an instance's StateTransitionReason.

import type { Instance, LaunchTemplate, LaunchTemplateVersion, Tag } from '@aws-sdk/client-ec2';
import type { CheckContext, ResourceRef } from '../define.js';
import type { Scoped } from '../../data/dataset.js';
import type { Finding } from '../../model.js';

/** ARN of a regional EC2 resource; snapshots and AMIs carry no account in theirs. */
export function ec2Ref(scope: Scoped, type: string, id: string, options: { account?: boolean } = {}): ResourceRef {
  const account = options.account === false ? '' : scope.account.id;
  return { id, arn: `arn:${scope.account.partition}:ec2:${scope.region}:${account}:${type}/${id}` };
}

/** A region-wide setting as a resource, so each scanned region gets exactly one finding. */
export function regionSettingRef(scope: Scoped, setting: string): ResourceRef {
  return { id: `${scope.account.id}/${scope.region}`, arn: `arn:${scope.account.partition}:ec2:${scope.region}:${scope.account.id}:${setting}` };
}

/**
 * Who sets an EC2 account setting, for messages: EC2 answers ManagedBy `account` or
 * `declarative-policy` (an organization's declarative policy for EC2, which the account cannot change).
 */
export function managedBy(value: string | undefined): string {
  if (value === 'declarative-policy') return 'ManagedBy declarative-policy: set by a declarative policy of the organization';
  return `ManagedBy ${value ?? 'not reported'}`;
}

/** `id (Name tag)`, or the id alone, for messages. */
export function labelled(id: string, tags: readonly Tag[] | undefined): string {
  const name = tags?.find((t) => t.Key === 'Name')?.Value;
  return name ? `${id} (${name})` : id;
}

/** Instances that exist or are about to: shutting-down and terminated ones are on their way out. */
export const LIVE_STATES: readonly string[] = ['pending', 'running', 'stopping', 'stopped'];

/**
 * Instances in one of `states`. An instance whose state is not reported (some emulators leave it
 * out) is kept: it might be live, so dropping it would hide it; the check judges it as it can.
 */
export function instancesIn(instances: readonly Instance[], states: readonly string[] = LIVE_STATES): Instance[] {
  return instances.filter((i) => i.State?.Name === undefined || states.includes(i.State.Name));
}

export function instanceRef(scope: Scoped, instance: Instance): ResourceRef {
  return ec2Ref(scope, 'instance', instance.InstanceId ?? 'unknown');
}

export function instanceLabel(instance: Instance): string {
  return `Instance ${labelled(instance.InstanceId ?? 'unknown', instance.Tags)}`;
}

export function launchTemplateRef(scope: Scoped, template: LaunchTemplate): ResourceRef {
  return ec2Ref(scope, 'launch-template', template.LaunchTemplateId ?? 'unknown');
}

/** `Launch template lt-1 (web) default version 3`, for messages. */
export function launchTemplateLabel(template: LaunchTemplate, version?: LaunchTemplateVersion): string {
  const name = template.LaunchTemplateName ? ` (${template.LaunchTemplateName})` : '';
  const number = version?.VersionNumber ?? template.DefaultVersionNumber;
  return `Launch template ${template.LaunchTemplateId ?? 'unknown'}${name}${number === undefined ? '' : ` default version ${number}`}`;
}

const STOP_TIME = /\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) GMT\)/;

/** When a stopped instance was stopped, from e.g. `User initiated (2025-01-31 10:00:00 GMT)`. */
export function stoppedAt(stateTransitionReason: string | undefined): Date | undefined {
  const match = STOP_TIME.exec(stateTransitionReason ?? '');
  if (!match) return undefined;
  const written = `${match[1]}T${match[2]}`;
  const at = new Date(`${written}Z`);
  // Date rolls impossible days over (Feb 31 becomes Mar 3): such a time is unparseable, not guessed.
  return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(written) ? at : undefined;
}

