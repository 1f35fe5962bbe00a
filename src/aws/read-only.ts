/**
 * Operations that only read. Two exceptions to the verb rule: GenerateCredentialReport asks IAM to
 * build the credential report, which changes nothing in the account; HeadBucket asks whether a
 * bucket exists (IAM action s3:ListBucket), with no body in either direction.
 */
const READ_ONLY_EXCEPTIONS = new Set(['GenerateCredentialReport', 'HeadBucket']);

export function isReadOnlyOperation(operation: string): boolean {
  return /^(Describe|Get|List)[A-Z]/.test(operation) || READ_ONLY_EXCEPTIONS.has(operation);
}
