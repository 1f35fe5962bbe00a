import type { ConfigRegion } from '../../data/datasets/config.js';
import { customerRecorders, recorderName, SERVICE_LINKED_ROLE_SUFFIX, serviceLinkedNote } from '../lib/config.js';
import { otherRegions, regionRef } from '../lib/region-settings.js';
import { defineCheck } from '../define.js';

const usesServiceLinkedRole = (state: ConfigRegion) => customerRecorders(state).some((r) => (r.roleARN ?? '').endsWith(SERVICE_LINKED_ROLE_SUFFIX));

export default defineCheck({
  id: 'config-recorder-service-linked-role',
  title: 'The AWS Config recorder uses the service-linked role AWSServiceRoleForConfig',
  pillar: 'detection',
  service: 'config',
  severity: 'critical',
  resourceType: 'AWS::Config::ConfigurationRecorder',
  description:
    'In each scanned region, the customer managed configuration recorder\'s roleARN ends in :role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig. This is the role condition of Security Hub Config.1 (its parameter includeConfigServiceLinkedRoleCheck, true by default), kept apart from config-recorder-enabled so that CIS 3.3, which has no such condition, is not failed by it; deselect this check to turn the condition off. A region without a customer managed recorder FAILs (Config.1 fails there too).',
  risk: 'A custom role for AWS Config can lose the permissions Config needs when someone edits it, silently stopping recording of some resource types; the service-linked role is maintained by AWS and cannot be changed by account users.',
  remediation: {
    text: 'Point the recorder at the service-linked role AWSServiceRoleForConfig (AWS Config creates it when you choose it in the console).',
    console: 'AWS Config > Settings > Edit > AWS Config role: "Use an existing AWS Config service-linked role" > Save.',
    cli: 'aws iam create-service-linked-role --aws-service-name config.amazonaws.com; aws configservice put-configuration-recorder --configuration-recorder name=<recorder>,roleARN=arn:aws:iam::<account>:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig --recording-group <current-recording-group> --region <region>',
  },
  references: {
    securityHub: { ids: ['Config.1'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/config/latest/developerguide/using-service-linked-roles.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1',
    ],
  },
  reads: ['config.recorders', 'config.recordersByRegion'],
  evaluate({ 'config.recorders': state, 'config.recordersByRegion': everywhere }, ctx) {
    const resource = regionRef(ctx, 'config', 'configuration-recorder');
    const [recorder] = customerRecorders(state);
    if (!recorder) {
      const elsewhere = otherRegions(everywhere, 'the recorder uses AWSServiceRoleForConfig', usesServiceLinkedRole);
      return [ctx.fail(resource, `AWS Config has no customer managed configuration recorder in ${ctx.region}${serviceLinkedNote(state)}, so Config.1 fails there. ${elsewhere}`)];
    }
    const good = customerRecorders(state).find((r) => (r.roleARN ?? '').endsWith(SERVICE_LINKED_ROLE_SUFFIX));
    if (good) return [ctx.pass(resource, `Configuration recorder ${recorderName(good)} in ${ctx.region} uses the service-linked role AWSServiceRoleForConfig.`)];
    return [ctx.fail(resource, `Configuration recorder ${recorderName(recorder)} in ${ctx.region} uses ${recorder.roleARN ? `the role ${recorder.roleARN}` : 'no role'} instead of the service-linked role AWSServiceRoleForConfig.`)];
  },
});
