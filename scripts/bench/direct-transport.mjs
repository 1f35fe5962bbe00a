// A Transport that skips the SDK: answers the scanner's requests straight from the fake AWS, after
// the same latency, with the same accounting. `run-one.mjs --direct` uses it to show how much of a
// run's time is scheduling and how much is the SDK's CPU (serialisation, signing, parsing).

import { createFakeAws } from './fake-aws.mjs';

/** SDK input members as the wire parameters the fake reads (the query protocols flatten lists, S3 renames tokens). */
function wireParams(service, input) {
  const params = {};
  for (const [key, value] of Object.entries(input)) {
    if (Array.isArray(value)) value.forEach((v, i) => (params[`${key}.member.${i + 1}`] = String(v)));
    else if (service === 's3' && key === 'ContinuationToken') params['continuation-token'] = value;
    else if (service === 's3control' && key === 'NextToken') params.nextToken = value;
    else if (service === 's3control' && key === 'MaxResults') params.maxResults = String(value);
    else params[key] = typeof value === 'object' ? value : String(value);
  }
  return params;
}

const stable = (value) =>
  Array.isArray(value) ? `[${value.map(stable).join(',')}]` : value && typeof value === 'object' ? `{${Object.keys(value).sort().map((k) => `${k}:${stable(value[k])}`).join(',')}}` : JSON.stringify(value);

export function createDirectTransport(account, { latencyMs = 50, enforceRateLimits = true } = {}) {
  const fake = createFakeAws(account, { latencyMs, enforceRateLimits });
  const transport = {
    async send(req) {
      const params = wireParams(req.service, req.input);
      const result = await fake.serve({ service: req.service, region: req.region, operation: req.operation, params, identity: `${req.service}|${req.region}|${req.operation}|${stable(req.input)}` });
      if (result.error) throw Object.assign(new Error(result.error.message), { name: result.error.code, $metadata: { httpStatusCode: result.error.status } });
      return structuredClone(result.output);
    },
  };
  return { transport, stats: fake.stats };
}
