import { describe, expect, it } from 'vitest';
import { describeSignals, highEntropyAlphabet, isReference, judgeVariable, nameTokens, secretWordIn, variableFacts } from '../../src/secrets/detector.js';

const rules = (name: string, value: string, siblings: string[] = []) => judgeVariable(name, value, siblings).map((s) => `${s.rule}:${s.detail}`);

describe('name rule', () => {
  it.each([
    ['DB_PASSWORD', 'password'],
    ['dbPassword', 'password'],
    ['db.passwd', 'passwd'],
    ['MYSQL_PWD', 'pwd'],
    ['SMTP_PASS', 'pass'],
    ['CLIENT_SECRET', 'secret'],
    ['GITHUB_TOKEN', 'token'],
    ['API_KEY', 'apikey'],
    ['apiKey', 'apikey'],
    ['STRIPE_APIKEY', 'apikey'],
    ['AWS_ACCESS_KEY', 'accesskey'],
    ['PRIVATE_KEY', 'privatekey'],
    ['OAUTH_CLIENTSECRET', 'secret'],
    ['GOOGLE_CREDENTIALS', 'credential'],
    ['AUTH', 'auth'],
    ['BEARER', 'bearer'],
    ['JWT_SIGNING_KEY', 'jwt'],
    ['SIGNING_KEY', 'signingkey'],
    ['DB_CONNECTION_STRING', 'connectionstring'],
    ['SENTRY_DSN', 'dsn'],
    ['DBPASSWORD', 'password'],
  ])('%s contains a secret word (%s)', (name, word) => {
    expect(secretWordIn(name)).toBe(word);
  });

  it.each(['PASSENGER_LIMIT', 'AUTHOR', 'PASSPORT_COUNTRY', 'LOG_LEVEL', 'TABLE_NAME', 'KEY_PREFIX', 'PUBLIC_KEY_URL'])('near miss: %s is not a secret name', (name) => {
    expect(secretWordIn(name)).toBeUndefined();
  });

  it('splits names on separators and camelCase', () => {
    expect(nameTokens('myDB_connectionString.v2')).toEqual(['my', 'db', 'connection', 'string', 'v2']);
  });

  it('fires only with a value that is not a reference', () => {
    expect(rules('DB_PASSWORD', 'hunter2')).toEqual(['name:password']);
    expect(rules('DB_PASSWORD', '')).toEqual([]);
    expect(rules('DB_PASSWORD', 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf')).toEqual([]);
    expect(rules('DB_PASSWORD', '/prod/db/password')).toEqual([]);
    expect(rules('DB_PASSWORD', '{{resolve:secretsmanager:db:SecretString:password}}')).toEqual([]);
    expect(rules('DB_PASSWORD', '${DB_PASSWORD}')).toEqual([]);
    expect(rules('AUTH_URL', 'https://auth.example.com/oauth2/token')).toEqual([]);
    expect(rules('TOKEN_TTL', '3600')).toEqual([]);
    expect(rules('AUTH', 'true')).toEqual([]);
  });
});

describe('format rule', () => {
  it.each([
    ['AWS access key id', 'AKIAIOSFODNN7EXAMPLE'],
    ['private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIE...'],
    ['GitHub token', 'ghp_0123456789abcdefghijABCDEFGHIJ012345'],
    ['GitHub token', 'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz'],
    ['Slack token', 'xoxb-1234567890-abcdefghij'],
    ['Slack webhook', 'https://hooks.slack.com/services/T000/B000/XXXX'],
    ['Stripe live key', 'sk_live_51HabcdefghijklmnopQRSTUV'],
    ['Google API key', 'AIzaSyA-1234567890abcdefghijklmnopqrstu'],
    ['JSON Web Token', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'],
    ['URL with credentials', 'postgres://app:s3cret@db.internal:5432/orders'],
  ])('recognises a %s whatever the name', (label, value) => {
    expect(rules('SETTING', value)).toContain(`format:${label}`);
  });

  it('recognises a 40-character AWS secret key only next to a key id', () => {
    const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(rules('S', secret, ['AKIAIOSFODNN7EXAMPLE'])).toContain('format:AWS secret access key');
    expect(rules('S', secret)).not.toContain('format:AWS secret access key');
  });

  it('near miss: a Stripe test key and a plain URL are not credentials', () => {
    expect(rules('STRIPE', 'sk_test_123')).toEqual([]);
    expect(rules('ENDPOINT', 'https://api.example.com/v1')).toEqual([]);
  });
});

describe('entropy rule', () => {
  it('fires on long random base64 and hex strings, not on words, UUIDs or short strings', () => {
    expect(highEntropyAlphabet('q8Zr4Lw2Xv9Tp1Ks7Hj3Mn6Bc5Df0GaYe')).toBe('base64');
    expect(highEntropyAlphabet('9f86d081884c7d659a2feaa0c55ad015a3bf4f1b')).toBe('hex');
    expect(highEntropyAlphabet('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')).toBeUndefined();
    expect(highEntropyAlphabet('short1234')).toBeUndefined();
    expect(highEntropyAlphabet('this is a sentence with spaces in it')).toBeUndefined();
    expect(rules('REQUEST_ID', '123e4567-e89b-12d3-a456-426614174000')).toEqual([]);
    expect(rules('API_TOKEN', '123e4567-e89b-12d3-a456-426614174000')).toEqual(['name:token']);
    expect(rules('SETTING', 'q8Zr4Lw2Xv9Tp1Ks7Hj3Mn6Bc5Df0GaYe')).toEqual(['entropy:base64']);
  });
});

describe('references', () => {
  it.each(['arn:aws:ssm:us-east-1:111122223333:parameter/x', '/app/db/password', '{{resolve:ssm:/x}}', '${X}', 'https://example.com', 'true', '42'])('%s is a reference', (value) => {
    expect(isReference(value)).toBe(true);
  });
  it('a URL with credentials is not a reference', () => {
    expect(isReference('https://user:pw@example.com')).toBe(false);
  });
});

describe('facts', () => {
  it('keep the length and the rules of each variable, never its value', () => {
    const facts = variableFacts({ DB_PASSWORD: 'hunter2hunter2', LOG_LEVEL: 'debug' });
    expect(facts).toEqual({
      DB_PASSWORD: { length: 14, signals: [{ rule: 'name', detail: 'password' }] },
      LOG_LEVEL: { length: 5, signals: [] },
    });
    expect(JSON.stringify(facts)).not.toContain('hunter2');
    expect(describeSignals('DB_PASSWORD', facts.DB_PASSWORD!)).toBe('DB_PASSWORD: name (contains "password")');
  });
});
