// AWS Config recording per region: which recorder counts (customer managed, not service-linked),
// whether it is recording, what it records, and where it delivers.

import type { ConfigurationRecorder } from '@aws-sdk/client-config-service';
import { isServiceLinked, type ConfigRegion } from '../../data/datasets/config.js';
import type { AwsErrorInfo } from '../../model.js';

export const SERVICE_LINKED_ROLE_SUFFIX = ':role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig';
export const IAM_GLOBAL_TYPES = ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::Policy'] as const;

/** Facts about one requirement: failures are definite, `error`/`undetermined` mean it could not be told. */
export interface Facts {
  failures: string[];
  notes: string[];
  error?: AwsErrorInfo;
  undetermined?: string;
}

const none = (): Facts => ({ failures: [], notes: [] });

export function merge(...all: Facts[]): Facts {
  const merged = none();
  for (const facts of all) {
    merged.failures.push(...facts.failures);
    merged.notes.push(...facts.notes);
    merged.error ??= facts.error;
    merged.undetermined ??= facts.undetermined;
  }
  return merged;
}

export function customerRecorders(state: ConfigRegion): ConfigurationRecorder[] {
  return state.recorders.filter((r) => !isServiceLinked(r));
}

export function recorderName(recorder: ConfigurationRecorder): string {
  return recorder.name ?? recorder.arn ?? 'unnamed';
}

/** `; the region has only service-linked recorders (securityhub.amazonaws.com)`, or nothing. */
export function serviceLinkedNote(state: ConfigRegion): string {
  const principals = [...new Set(state.recorders.filter(isServiceLinked).map((r) => r.servicePrincipal!))];
  return principals.length > 0 ? `; only service-linked recorders exist there (${principals.join(', ')}), which record for their own service and do not count` : '';
}

/** `recording` true and `lastStatus` not Failure (the API spells the values Pending, Success, Failure, NotApplicable). */
export function recordingFacts(state: ConfigRegion, recorder: ConfigurationRecorder): Facts {
  const facts = none();
  if (!state.statuses) return { ...facts, undetermined: `the status of recorder ${recorderName(recorder)} was not read` };
  if (!state.statuses.ok) return { ...facts, error: state.statuses.error };
  const status = state.statuses.value.find((s) => (s.name !== undefined && s.name === recorder.name) || (s.arn !== undefined && s.arn === recorder.arn));
  if (!status) return { ...facts, failures: ['AWS Config reports no status for it, so it is not recording'] };
  if (status.recording !== true) facts.failures.push('it is not recording (recording false)');
  const last = (status.lastStatus ?? '').toLowerCase();
  if (last === 'failure') facts.failures.push(`its last recording attempt failed (lastStatus ${status.lastStatus}${status.lastErrorCode ? `: ${status.lastErrorCode}` : ''})`);
  else if (last === 'pending') facts.notes.push('last status Pending: recording has started and nothing has been delivered yet');
  else if (status.lastStatus) facts.notes.push(`last status ${status.lastStatus}`);
  return facts;
}

/** All supported resource types: `allSupported` true, or the `ALL_SUPPORTED_RESOURCE_TYPES` strategy. */
export function allTypesFacts(recorder: ConfigurationRecorder): Facts {
  const facts = none();
  const group = recorder.recordingGroup;
  if (!group) return { ...facts, undetermined: `recorder ${recorderName(recorder)} reports no recording group, so what it records is unknown` };
  const strategy = group.recordingStrategy?.useOnly;
  if (group.allSupported === true || strategy === 'ALL_SUPPORTED_RESOURCE_TYPES') return facts;
  if (strategy === 'EXCLUSION_BY_RESOURCE_TYPES') {
    const excluded = group.exclusionByResourceTypes?.resourceTypes ?? [];
    facts.failures.push(`it records all supported resource types except ${excluded.length > 0 ? excluded.join(', ') : 'an empty list'} (EXCLUSION_BY_RESOURCE_TYPES); CIS asks for all supported types`);
  } else {
    const listed = group.resourceTypes ?? [];
    facts.failures.push(`it records only ${listed.length} listed resource type${listed.length === 1 ? '' : 's'} (INCLUSION_BY_RESOURCE_TYPES), not all supported types`);
  }
  return facts;
}

export function deliveryFacts(state: ConfigRegion): Facts {
  const facts = none();
  if (!state.deliveryChannels) return { ...facts, undetermined: 'the delivery channels were not read' };
  if (!state.deliveryChannels.ok) return { ...facts, error: state.deliveryChannels.error };
  const [channel] = state.deliveryChannels.value;
  if (!channel) facts.failures.push('the region has no delivery channel, so nothing recorded is delivered');
  else facts.notes.push(`delivery channel ${channel.name ?? 'unnamed'}${channel.s3BucketName ? ` to S3 bucket ${channel.s3BucketName}` : ''}`);
  return facts;
}

/** Whether the recorder records the four IAM global types, and how its recording group says so. */
export function iamTypesFacts(recorder: ConfigurationRecorder): Facts {
  const facts = none();
  const group = recorder.recordingGroup;
  if (!group) return { ...facts, undetermined: `recorder ${recorderName(recorder)} reports no recording group, so what it records is unknown` };
  const strategy = group.recordingStrategy?.useOnly;
  if (strategy === 'EXCLUSION_BY_RESOURCE_TYPES') {
    const excluded = IAM_GLOBAL_TYPES.filter((t) => group.exclusionByResourceTypes?.resourceTypes?.includes(t));
    if (excluded.length > 0) facts.failures.push(`recorder ${recorderName(recorder)} excludes ${excluded.join(', ')}`);
    else facts.notes.push('its exclusion list leaves the IAM types recorded');
  } else if (group.allSupported === true || strategy === 'ALL_SUPPORTED_RESOURCE_TYPES') {
    if (group.includeGlobalResourceTypes === true) facts.notes.push('it records all supported types, global IAM types included');
    else facts.failures.push(`recorder ${recorderName(recorder)} records all supported types but not the global ones (includeGlobalResourceTypes false)`);
  } else {
    const missing = IAM_GLOBAL_TYPES.filter((t) => !group.resourceTypes?.includes(t));
    if (missing.length > 0) facts.failures.push(`recorder ${recorderName(recorder)}'s inclusion list lacks ${missing.join(', ')}`);
    else facts.notes.push('its inclusion list names the four IAM types');
  }
  return facts;
}

/** Config.1 / CIS 3.3 in one region: the first customer managed recorder that passes, else the first one's facts. */
export function recorderEnabledFacts(state: ConfigRegion): { recorder?: ConfigurationRecorder; facts: Facts } {
  const judged = customerRecorders(state).map((recorder) => ({ recorder, facts: merge(recordingFacts(state, recorder), allTypesFacts(recorder), deliveryFacts(state)) }));
  return judged.find((j) => j.facts.failures.length === 0 && !j.facts.error && !j.facts.undetermined) ?? judged[0] ?? { facts: { failures: [], notes: [] } };
}

export function recorderEnabled(state: ConfigRegion): boolean {
  const { recorder, facts } = recorderEnabledFacts(state);
  return !!recorder && facts.failures.length === 0 && !facts.error && !facts.undetermined;
}

/** Whether a recording customer managed recorder of the region records the IAM global types. */
export function globalTypesFacts(state: ConfigRegion): { recorder?: ConfigurationRecorder; facts: Facts } {
  const judged = customerRecorders(state).map((recorder) => {
    const iam = iamTypesFacts(recorder);
    // What a recorder records decides before whether it records: a recorder that leaves IAM out fails whatever its status.
    return { recorder, facts: iam.failures.length > 0 || iam.undetermined ? iam : merge(iam, recordingFacts(state, recorder)) };
  });
  return judged.find((j) => j.facts.failures.length === 0 && !j.facts.error && !j.facts.undetermined) ?? judged[0] ?? { facts: { failures: [], notes: [] } };
}
