/**
 * Operations that only read. GenerateCredentialReport is the one exception to the verb rule: it
 * asks IAM to build the credential report, which changes nothing in the account.
 */
const READ_ONLY_EXCEPTIONS = new Set(['GenerateCredentialReport']);

export function isReadOnlyOperation(operation: string): boolean {
  return /^(Describe|Get|List)[A-Z]/.test(operation) || READ_ONLY_EXCEPTIONS.has(operation);
}
