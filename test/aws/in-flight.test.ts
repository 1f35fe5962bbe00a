import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { createServer, type ClientRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { SdkTransport } from '../../src/aws/sdk-transport.js';
import type { InFlightSlot } from '../../src/aws/transport.js';

// How SdkTransport hands a request's in-flight slot back: when AWS's answer has arrived and before
// the SDK reads and parses it, only for a success, and taken again before each further attempt.

const credentials = async () => ({ accessKeyId: 'AKIAEXAMPLEEXAMPLE12', secretAccessKey: 'secret-example-secret-example' });
const VPCS = '<DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r</requestId><vpcSet><item><vpcId>vpc-1</vpcId></item></vpcSet></DescribeVpcsResponse>';
const UNAVAILABLE = '<Response><Errors><Error><Code>Unavailable</Code><Message>try again</Message></Error></Errors><RequestID>r</RequestID></Response>';
const THROTTLED = '<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>slow down</Message></Error></Errors><RequestID>r</RequestID></Response>';

/** Answers in turn with the given status and body; the body records when the SDK starts reading it. */
function scriptedTransport(answers: { status: number; body: string }[], events: string[], maxAttempts = 1) {
  const requestHandler = {
    handle: async () => {
      const answer = answers.shift()!;
      events.push(`answered ${answer.status}`);
      const body = new Readable({
        read() {
          events.push('body read');
          this.push(answer.body);
          this.push(null);
        },
      });
      return { response: { statusCode: answer.status, headers: { 'content-type': 'text/xml' }, body } };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
    destroy() {},
  };
  return new SdkTransport({ credentials, maxAttempts, requestTimeoutMs: 1000, connectionTimeoutMs: 1000, requestHandler, env: {}, retryDelayScale: 0.001 });
}

function recordingSlot(events: string[]): InFlightSlot {
  return {
    release: () => void events.push('release'),
    acquire: async () => void events.push('acquire'),
  };
}

const request = { service: 'ec2' as const, operation: 'DescribeVpcs', region: 'eu-west-1', input: {} };

describe('SdkTransport in-flight slot', () => {
  it('hands the slot back once a success has arrived, before its body is read and parsed', async () => {
    const events: string[] = [];
    const transport = scriptedTransport([{ status: 200, body: VPCS }], events);
    const output = await transport.send(request, recordingSlot(events));
    events.push('settled');
    expect(output.Vpcs).toEqual([{ VpcId: 'vpc-1' }]);
    expect(events).toEqual(['acquire', 'answered 200', 'release', 'body read', 'settled']);
  });

  it('keeps the slot after an error answer: the request may be retried, or it settles and the scheduler takes it back', async () => {
    const events: string[] = [];
    const transport = scriptedTransport([{ status: 400, body: THROTTLED }], events);
    await expect(transport.send(request, recordingSlot(events))).rejects.toMatchObject({ name: 'RequestLimitExceeded' });
    expect(events).not.toContain('release');
  });

  it('takes the slot again before another attempt', async () => {
    const events: string[] = [];
    const transport = scriptedTransport(
      [
        { status: 503, body: UNAVAILABLE },
        { status: 200, body: VPCS },
      ],
      events,
      2,
    );
    await transport.send(request, recordingSlot(events));
    expect(events.filter((e) => e !== 'body read')).toEqual(['acquire', 'answered 503', 'acquire', 'answered 200', 'release']);
  });

  it('sends without a slot when the caller gives none', async () => {
    const events: string[] = [];
    const transport = scriptedTransport([{ status: 200, body: VPCS }], events);
    await expect(transport.send(request)).resolves.toMatchObject({ Vpcs: [{ VpcId: 'vpc-1' }] });
  });
});

describe('requests at AWS never exceed --concurrency, with slots handed back early', () => {
  it('holds AWS to 3 requests at once over 40 reads, retries included', async () => {
    const { AwsData } = await import('../../src/data/aws-data.js');
    let atAws = 0;
    let peak = 0;
    let calls = 0;
    const attempts = new Map<string, number>();
    const requestHandler = {
      handle: async (httpRequest: { body?: unknown }) => {
        calls++;
        const body = String(httpRequest.body);
        const attempt = (attempts.get(body) ?? 0) + 1;
        attempts.set(body, attempt);
        atAws++;
        peak = Math.max(peak, atAws);
        await new Promise((r) => setTimeout(r, 2));
        atAws--;
        // The first attempt of every fifth read is refused as unavailable, and retried by the SDK.
        const vpc = Number(/vpc-(\d+)/.exec(body)?.[1]);
        const answer = attempt === 1 && vpc % 5 === 0 ? { status: 503, body: UNAVAILABLE } : { status: 200, body: VPCS };
        return { response: { statusCode: answer.status, headers: { 'content-type': 'text/xml' }, body: Readable.from([Buffer.from(answer.body)]) } };
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
      destroy() {},
    };
    const transport = new SdkTransport({ credentials, maxAttempts: 3, requestTimeoutMs: 1000, connectionTimeoutMs: 1000, requestHandler, env: {}, retryDelayScale: 0.001 });
    const aws = new AwsData(transport, { concurrency: 3, paced: false });
    const outputs = await Promise.all(Array.from({ length: 40 }, (_, i) => aws.call({ ...request, input: { VpcIds: [`vpc-${i}`] } })));
    expect(outputs.every((o) => (o as { Vpcs: unknown[] }).Vpcs.length === 1)).toBe(true);
    expect(calls).toBe(48);
    expect(peak).toBe(3);
  });
});

describe('SdkTransport.prepare', () => {
  it('loads the modules asked for only once a request has gone to the HTTP layer', async () => {
    const events: string[] = [];
    const identity =
      '<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/a</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetCallerIdentityResponse>';
    const requestHandler = {
      handle: async () => {
        events.push('request sent');
        await new Promise((r) => setTimeout(r, 5));
        return { response: { statusCode: 200, headers: { 'content-type': 'text/xml' }, body: Readable.from([Buffer.from(identity)]) } };
      },
      updateHttpClientConfig() {},
      httpHandlerConfigs: () => ({}),
      destroy() {},
    };
    const transport = new SdkTransport({ credentials, maxAttempts: 1, requestTimeoutMs: 1000, connectionTimeoutMs: 1000, requestHandler, env: {} });
    const loads = transport as unknown as { module(service: string): Promise<unknown> };
    const load = loads.module.bind(transport);
    loads.module = (service: string) => {
      events.push(`load ${service}`);
      return load(service);
    };
    transport.prepare(['ec2']);
    await new Promise((r) => setImmediate(r));
    expect(events).toEqual([]);
    await transport.send({ service: 'sts', operation: 'GetCallerIdentity', region: 'us-east-1', input: {} });
    expect(events.filter((e) => e !== 'load sts')).toEqual(['request sent', 'load ec2']);
  });

  it("over node's HTTP client, loads them once node reports the request written out", async () => {
    const events: string[] = [];
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'text/xml' });
        res.end(
          '<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/a</Arn><UserId>AIDA</UserId><Account>123456789012</Account></GetCallerIdentityResult></GetCallerIdentityResponse>',
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    // Subscribed before the transport, so that this listener of the request's 'finish' runs first.
    const started = (message: unknown) => (message as { request: ClientRequest }).request.once('finish', () => events.push('request written'));
    subscribe('http.client.request.start', started);
    try {
      const endpointUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const transport = new SdkTransport({ credentials, maxAttempts: 1, requestTimeoutMs: 5000, connectionTimeoutMs: 5000, endpointUrl, env: {} });
      const loads = transport as unknown as { module(service: string): Promise<unknown> };
      const load = loads.module.bind(transport);
      loads.module = (service: string) => {
        if (service === 'ec2') events.push('load ec2');
        return load(service);
      };
      transport.prepare(['ec2']);
      await transport.send({ service: 'sts', operation: 'GetCallerIdentity', region: 'us-east-1', input: {} });
      await new Promise((r) => setImmediate(r));
      expect(events).toEqual(['request written', 'load ec2']);
      transport.destroy();
    } finally {
      unsubscribe('http.client.request.start', started);
      server.close();
    }
  });
});
