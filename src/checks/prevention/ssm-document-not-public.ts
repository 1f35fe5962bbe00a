import { documentRef } from '../lib/ssm.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ssm-document-not-public',
  title: 'SSM documents owned by the account are not shared publicly',
  pillar: 'prevention',
  service: 'ssm',
  severity: 'critical',
  resourceType: 'AWS::SSM::Document',
  description:
    'For each Systems Manager document owned by the account (ListDocuments with filter Owner = Self; Amazon-owned and shared-in documents are not judged), DescribeDocumentPermission with PermissionType Share does not list the account id "all" (compared case-insensitively). Sharing with named accounts is not public; the message lists them.',
  risk: 'A public document can be read, copied and run by any AWS account: its content often reveals internal scripts, resource names, S3 paths or parameters, and it can be used as a lure in other accounts.',
  remediation: {
    text: 'Remove the public share of the document (share it with named accounts if needed), then block public sharing for the region (SSM.7).',
    console: 'Systems Manager > Documents > Owned by me > the document > Details > Permissions: choose Private, or remove "All", and Save.',
    cli: 'aws ssm modify-document-permission --name <document> --permission-type Share --account-ids-to-remove All --region <region>',
  },
  references: {
    securityHub: { ids: ['SSM.4'], standard: 'fsbp' },
    docs: [
      'https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ssm-controls.html#ssm-4',
    ],
  },
  reads: ['ssm.documents'],
  evaluate({ 'ssm.documents': owned }, ctx) {
    return owned.map(({ document, sharing }) => {
      const name = document.Name!;
      const resource = documentRef(ctx, name);
      return ctx.judge(resource, sharing, ({ accountIds }) => {
        if (accountIds.some((id) => id.toLowerCase() === 'all')) {
          return ctx.fail(resource, `SSM document ${name} is public: its Share permission includes "all", so any AWS account can read and run it.`);
        }
        const shared = accountIds.length > 0 ? `shared only with account${accountIds.length === 1 ? '' : 's'} ${accountIds.join(', ')}` : 'not shared';
        return ctx.pass(resource, `SSM document ${name} is not public (${shared}).`);
      });
    });
  },
});
