// Whether an endpoint answered that it has no such API at all: AWS in a Region without the feature
// (UnknownOperationException, InvalidAction), or an AWS-compatible endpoint that does not implement
// the operation. Not a refusal and not a failure of the request: the datasets that read optional
// features (standard logging v2, Shield Advanced) read such an answer as "the feature is not there".

import type { AwsErrorInfo } from '../model.js';

const NOT_OFFERED_CODES = new Set(['UnknownOperationException', 'InvalidAction', 'NotImplemented', 'UnsupportedOperation', 'NotImplementedException']);

export function isNotOffered(error: AwsErrorInfo): boolean {
  return NOT_OFFERED_CODES.has(error.code) || /\bnot (?:yet )?implemented\b/i.test(error.message);
}
