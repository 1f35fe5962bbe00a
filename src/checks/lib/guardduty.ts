// GuardDuty per region: whether a detector is enabled, and whether one of its protection plans is.
// Plans are read from GetDetector's `Features` (`Name`, `Status`, `AdditionalConfiguration`); the
// older `DataSources` block is deprecated and not used. Where GuardDuty has no detector or is
// suspended, every plan is off there: each feature check FAILs with "GuardDuty is not enabled in
// <region>", never "not applicable".

import type { DetectorFeatureConfigurationResult } from '@aws-sdk/client-guardduty';
import type { Detector, GuardDutyRegion } from '../../data/datasets/guardduty.js';
import type { CheckMeta } from '../../model.js';
import { defineCheck, type AnyCheck } from '../define.js';
import { otherRegions, regionRef } from './region-settings.js';

export const DETECTOR_RESOURCE = 'detector';

/** The detector GuardDuty uses in the region: the enabled one, else the first listed. */
export function mainDetector(state: GuardDutyRegion): { id: string; detector: Detector } | undefined {
  return state.detectors.find((d) => d.detector.Status === 'ENABLED') ?? state.detectors[0];
}

/** Why GuardDuty is not enabled in the region, or undefined when it is. */
export function notEnabledReason(state: GuardDutyRegion): string | undefined {
  const main = mainDetector(state);
  if (!main) return 'no detector';
  if (main.detector.Status === 'ENABLED') return undefined;
  return main.detector.Status === 'DISABLED'
    ? `detector ${main.id} is suspended (Status DISABLED)`
    : `detector ${main.id} reports Status ${main.detector.Status ?? 'none'}`;
}

export function isEnabled(state: GuardDutyRegion): boolean {
  return notEnabledReason(state) === undefined;
}

export interface PlanJudgement {
  on: boolean;
  /** What the detector says about the plan, for the message. */
  detail: string;
}

/** How one check reads the plan it judges off an enabled detector. */
export type PlanReader = (detector: Detector) => PlanJudgement;

function featureNamed(detector: Detector, name: string): DetectorFeatureConfigurationResult | undefined {
  return detector.Features?.find((f) => f.Name === name);
}

function statusText(status: string | undefined): string {
  return status ? `is ${status}` : 'reports no status';
}

/** A plan that is one feature: `S3_DATA_EVENTS`, `EKS_AUDIT_LOGS`, `RUNTIME_MONITORING`... */
export function featureEnabled(name: string): PlanReader {
  return (detector) => {
    if (!detector.Features) return { on: false, detail: 'GetDetector lists no protection plans (no Features)' };
    const feature = featureNamed(detector, name);
    if (!feature) return { on: false, detail: `${name} is not among the detector's features` };
    return { on: feature.Status === 'ENABLED', detail: `${name} ${statusText(feature.Status)}` };
  };
}

/**
 * A plan that is an additional configuration of a feature: `ECS_FARGATE_AGENT_MANAGEMENT` of
 * `RUNTIME_MONITORING`. Any of `features` may carry it (EKS agent management shows under
 * `RUNTIME_MONITORING`, or `EKS_RUNTIME_MONITORING` in accounts enabled before Runtime Monitoring
 * existed); it counts when both the feature and the configuration are `ENABLED`.
 */
export function agentManagementEnabled(features: readonly string[], configuration: string): PlanReader {
  return (detector) => {
    if (!detector.Features) return { on: false, detail: 'GetDetector lists no protection plans (no Features)' };
    const present = features.flatMap((name) => featureNamed(detector, name) ?? []);
    if (present.length === 0) return { on: false, detail: `${features.join(' / ')} ${features.length > 1 ? 'are' : 'is'} not among the detector's features` };
    const details: string[] = [];
    for (const feature of present) {
      const config = feature.AdditionalConfiguration?.find((c) => c.Name === configuration);
      const configText = config ? `${configuration} ${statusText(config.Status)}` : `${configuration} is not configured`;
      if (feature.Status === 'ENABLED' && config?.Status === 'ENABLED') return { on: true, detail: `${feature.Name} is ENABLED with ${configuration} ENABLED` };
      details.push(`${feature.Name} ${statusText(feature.Status)}${feature.Status === 'ENABLED' ? `, but ${configText}` : ''}`);
    }
    return { on: false, detail: details.join('; ') };
  };
}

export interface FeatureCheckSpec extends Omit<CheckMeta, 'pillar' | 'service' | 'resourceType'> {
  /** The plan's name in messages: `S3 Protection (S3_DATA_EVENTS)`. */
  plan: string;
  /** The plan's name in the sentence about other regions: `S3 Protection`. */
  shortPlan: string;
  read: PlanReader;
}

/** A per-region check of one GuardDuty protection plan. */
export function guardDutyFeatureCheck(spec: FeatureCheckSpec): AnyCheck {
  const { plan, shortPlan, read, ...meta } = spec;
  const onIn = (state: GuardDutyRegion) => {
    const main = mainDetector(state);
    return isEnabled(state) && !!main && read(main.detector).on;
  };
  return defineCheck({
    ...meta,
    pillar: 'detection',
    service: 'guardduty',
    resourceType: 'AWS::GuardDuty::Detector',
    reads: ['guardduty.detectors', 'guardduty.detectorsByRegion'],
    evaluate({ 'guardduty.detectors': state, 'guardduty.detectorsByRegion': everywhere }, ctx) {
      const resource = regionRef(ctx, 'guardduty', DETECTOR_RESOURCE);
      const elsewhere = otherRegions(everywhere, `${shortPlan} is enabled`, onIn);
      const off = notEnabledReason(state);
      if (off) return [ctx.fail(resource, `GuardDuty is not enabled in ${ctx.region} (${off}), so ${plan} is off. ${elsewhere}`)];
      const main = mainDetector(state)!;
      const judged = read(main.detector);
      return [
        judged.on
          ? ctx.pass(resource, `GuardDuty ${plan} is enabled in ${ctx.region} (detector ${main.id}: ${judged.detail}).`)
          : ctx.fail(resource, `GuardDuty ${plan} is not enabled in ${ctx.region} (detector ${main.id}: ${judged.detail}). ${elsewhere}`),
      ];
    },
  });
}
