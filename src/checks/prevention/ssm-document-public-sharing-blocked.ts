import { PUBLIC_SHARING_SETTING } from '../../data/datasets/ssm.js';
import { regionRef } from '../lib/region-settings.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ssm-document-public-sharing-blocked',
  title: 'Public sharing of SSM documents is blocked in every scanned region',
  pillar: 'prevention',
  service: 'ssm',
  severity: 'critical',
  resourceType: 'AWS::SSM::ServiceSetting',
  description:
    'In each scanned region, the Systems Manager service setting /ssm/documents/console/public-sharing-permission (GetServiceSetting) is Disable. Enable, the AWS default, FAILs: the returned value is judged whether or not it is the default (Status Default). Blocking new public sharing does not un-share documents that are already public: ssm-document-not-public judges those.',
  risk: 'While public sharing is allowed, anyone with ssm:ModifyDocumentPermission can make a document public by mistake, exposing its scripts and parameters to every AWS account.',
  remediation: {
    text: 'Turn on block public sharing for SSM documents in every region.',
    console: 'Systems Manager > Documents > Preferences > Block public sharing > Edit > Block public sharing: On > Save.',
    cli: `aws ssm update-service-setting --setting-id ${PUBLIC_SHARING_SETTING} --setting-value Disable --region <region>`,
  },
  references: {
    securityHub: { ids: ['SSM.7'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html#block-public-access',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-7',
    ],
  },
  reads: ['ssm.documentPublicSharing'],
  evaluate({ 'ssm.documentPublicSharing': setting }, ctx) {
    const resource = regionRef(ctx, 'ssm', `servicesetting${PUBLIC_SHARING_SETTING}`);
    return [
      ctx.judge(resource, setting, ({ SettingValue: value, Status: status }) => {
        const origin = status === 'Default' ? ', the AWS default' : '';
        if (value === 'Disable') return ctx.pass(resource, `Public sharing of SSM documents is blocked in ${ctx.region} (${PUBLIC_SHARING_SETTING} is Disable${origin}).`);
        if (value === 'Enable') return ctx.fail(resource, `Public sharing of SSM documents is allowed in ${ctx.region} (${PUBLIC_SHARING_SETTING} is Enable${origin}).`);
        return ctx.undetermined(resource, `Could not tell whether public sharing of SSM documents is blocked in ${ctx.region}: ${PUBLIC_SHARING_SETTING} answered ${value === undefined ? 'no value' : `the unexpected value "${value}"`}.`);
      }),
    ];
  },
});
