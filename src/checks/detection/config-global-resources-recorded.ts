import type { AwsErrorInfo } from '../../model.js';
import { customerRecorders, globalTypesFacts, IAM_GLOBAL_TYPES, recorderName } from '../lib/config.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'config-global-resources-recorded',
  title: 'AWS Config records the global IAM resource types in at least one scanned region',
  pillar: 'detection',
  service: 'config',
  severity: 'medium',
  resourceType: 'AWS::::Account',
  description:
    'One result for the account: in at least one scanned region, a customer managed configuration recorder that is recording (recording true, lastStatus not Failure) also records the IAM global resource types AWS::IAM::User, AWS::IAM::Group, AWS::IAM::Role and AWS::IAM::Policy: includeGlobalResourceTypes true with allSupported true, or an inclusion list naming all four, or an exclusion strategy that excludes none of them. One region is enough (CIS and Security Hub both say so); recording them in every region only duplicates configuration items. A region that cannot be read does not turn a PASS found elsewhere into an ERROR; when no region passes and one could not be read, the result is ERROR.',
  risk: 'Without IAM users, groups, roles and policies in AWS Config, changes to who can do what in the account leave no configuration history: privilege escalations and backdoor roles cannot be reconstructed after the fact.',
  remediation: {
    text: 'In one region (usually the home region), record the global IAM resource types: either all supported types with global resources included, or an explicit list that names the four IAM types.',
    console: 'AWS Config > Settings > Edit (in the chosen region): Recording strategy "All resource types with customizable overrides", and keep the IAM resource types recorded; Save.',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true --region <home-region>',
  },
  references: {
    cis: { v5: '3.3', v3: '3.3' },
    docs: [
      'https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html#select-resources-all',
      'https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html',
    ],
  },
  reads: ['config.recordersByRegion'],
  evaluate({ 'config.recordersByRegion': everywhere }, ctx) {
    const resource = { id: ctx.account.id, arn: `arn:${ctx.account.partition}:config::${ctx.account.id}:*` };
    const passes: string[] = [];
    const failures: string[] = [];
    const errors: Array<{ region: string; error: AwsErrorInfo }> = [];
    const unknown: string[] = [];
    for (const { region, result } of everywhere) {
      if (!result.ok) {
        errors.push({ region, error: result.error });
        continue;
      }
      if (customerRecorders(result.value).length === 0) {
        failures.push(`${region} has no customer managed recorder`);
        continue;
      }
      const { recorder, facts } = globalTypesFacts(result.value);
      if (facts.failures.length > 0) failures.push(`${region}: ${facts.failures.join('; ')}`);
      else if (facts.error) errors.push({ region, error: facts.error });
      else if (facts.undetermined) unknown.push(`${region}: ${facts.undetermined}`);
      else passes.push(`${region} (recorder ${recorderName(recorder!)}: ${facts.notes.join('; ')})`);
    }
    const types = IAM_GLOBAL_TYPES.join(', ');
    if (passes.length > 0) return [ctx.pass(resource, `AWS Config records the global IAM resource types (${types}) in ${passes.join(', ')}.`)];
    const known = failures.length > 0 ? ` Elsewhere: ${failures.join('; ')}.` : '';
    const first = errors[0];
    if (first) {
      const regions = errors.map((e) => e.region).join(', ');
      return [ctx.error(resource, first.error, `the global IAM resource recording (no region that was read records them; ${regions} could not be read${failures.length > 0 ? `; ${failures.join('; ')}` : ''})`)];
    }
    if (unknown.length > 0) return [ctx.undetermined(resource, `Could not tell whether AWS Config records the global IAM resource types: ${unknown.join('; ')}.${known}`)];
    return [ctx.fail(resource, `No scanned region records the global IAM resource types (${types}) with a recording customer managed recorder: ${failures.join('; ')}.`)];
  },
});
