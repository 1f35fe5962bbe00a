// How ECR checks name a private repository.

import type { Repository } from '@aws-sdk/client-ecr';
import type { CheckContext, ResourceRef } from '../define.js';

export function repositoryRef(repo: Repository, ctx: CheckContext): ResourceRef {
  const name = repo.repositoryName ?? '(unnamed)';
  return { id: name, arn: repo.repositoryArn ?? `arn:${ctx.account.partition}:ecr:${ctx.region}:${repo.registryId ?? ctx.account.id}:repository/${name}` };
}
