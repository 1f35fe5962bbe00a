import { repositoryRef } from '../lib/ecr.js';
import { defineCheck } from '../define.js';

export default defineCheck({
  id: 'ecr-repository-cmk-encrypted',
  title: 'ECR private repositories are encrypted with a customer managed KMS key',
  pillar: 'rest',
  service: 'ecr',
  severity: 'medium',
  resourceType: 'AWS::ECR::Repository',
  description:
    "Each private repository's encryptionConfiguration has encryptionType KMS or KMS_DSSE with a customer managed key. AES256 (Amazon S3 managed keys, also what ECR uses when no configuration is reported) FAILs; KMS or KMS_DSSE without kmsKey means the AWS managed aws/ecr key (FAIL); otherwise the key is resolved (from the region's KMS key listing, else kms:DescribeKey) and must have KeyManager CUSTOMER. Encryption is fixed at repository creation.",
  risk: 'With AWS managed keys, access to the images cannot be restricted or audited through a key policy of your own, and the key cannot be disabled to cut off access in an incident.',
  remediation: {
    text: 'Encryption cannot be changed on an existing repository: create a new repository with KMS encryption and a customer managed key, push the images to it, and move deployments over.',
    console: 'Amazon ECR > Private registry > Repositories > Create repository > Encryption settings > AWS KMS, customer managed key.',
    cli: 'aws ecr create-repository --repository-name <name> --encryption-configuration encryptionType=KMS,kmsKey=<key-arn>',
  },
  references: {
    securityHub: { ids: ['ECR.5'], standard: 'other' },
    docs: [
      'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/ecr-controls.html#ecr-5',
    ],
  },
  reads: ['ecr.repositories', 'ecr.repositoryKeys'],
  evaluate({ 'ecr.repositories': repositories, 'ecr.repositoryKeys': keys }, ctx) {
    const keyOf = new Map(keys.map((k) => [k.repository.repositoryArn ?? k.repository.repositoryName, k]));
    return repositories.map((repo) => {
      const resource = repositoryRef(repo, ctx);
      const config = repo.encryptionConfiguration;
      const type = config?.encryptionType?.trim().toUpperCase();
      if (type === undefined || type === '') return ctx.fail(resource, `Repository ${resource.id} reports no encryption configuration, which means AES256 with Amazon S3 managed keys, not a customer managed KMS key.`);
      if (type === 'AES256') return ctx.fail(resource, `Repository ${resource.id} is encrypted with AES256 (Amazon S3 managed keys), not a customer managed KMS key.`);
      if (type !== 'KMS' && type !== 'KMS_DSSE') return ctx.undetermined(resource, `Repository ${resource.id} reports encryptionType ${config?.encryptionType}, a type this check does not know.`);
      const named = keyOf.get(repo.repositoryArn ?? repo.repositoryName);
      if (!named) return ctx.fail(resource, `Repository ${resource.id} is encrypted with ${type} using the AWS managed key aws/ecr (no kmsKey in its configuration), not a customer managed key.`);
      return ctx.judge(resource, named.key, (meta) => {
        const manager = meta.KeyManager;
        if (manager === 'CUSTOMER') return ctx.pass(resource, `Repository ${resource.id} is encrypted with ${type} using customer managed key ${meta.Arn ?? named.keyId}.`);
        if (manager === 'AWS') return ctx.fail(resource, `Repository ${resource.id} is encrypted with ${type} using AWS managed key ${meta.Arn ?? named.keyId}, not a customer managed key.`);
        return ctx.undetermined(resource, `Repository ${resource.id} is encrypted with ${type} using key ${named.keyId}, whose KeyManager kms:DescribeKey did not give, so whether it is customer managed is unknown.`);
      });
    });
  },
});
