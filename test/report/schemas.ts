// Validators for the reporter tests: our JSON report schema and the official SARIF 2.1.0 schema.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsImport from 'ajv-formats';

// ajv-formats is CommonJS with a `default` property; under NodeNext the default import is the whole module.
const addFormats = ((addFormatsImport as unknown as { default?: unknown }).default ?? addFormatsImport) as (ajv: Ajv2020) => Ajv2020;

const root = new URL('../../', import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as Record<string, unknown>;

export const reportSchema = readJson('schemas/report.v1.schema.json');
export const sarifSchema = readJson('test/fixtures/sarif-schema-2.1.0.json');

export function reportValidator(): ValidateFunction {
  // Strict mode also checks our own schema for unknown keywords and type mistakes.
  const ajv = addFormats(new Ajv2020({ strict: true, allErrors: true }));
  return ajv.compile(reportSchema);
}

interface SchemaNode {
  properties?: Record<string, unknown>;
  anyOf?: unknown;
}

/**
 * The official schema with its two known defects mended in memory (the vendored file stays as published):
 * the `language` pattern uses the inline flag `(?i)`, which JavaScript regular expressions reject, and the
 * region's `anyOf` (startLine, charOffset or byteOffset required) sits inside `properties`, where it is not
 * a valid schema. The pattern gets the equivalent character classes; the `anyOf` moves up to the region,
 * where it was meant to be, which makes validation stricter, not looser.
 */
export function sarifValidator(): ValidateFunction {
  const text = JSON.stringify(sarifSchema).replaceAll('^(?i)[a-zA]{2}(-[a-z]{2})?$', '^[a-zA-Z]{2}(-[a-zA-Z]{2})?$');
  const schema = JSON.parse(text) as { definitions: Record<string, SchemaNode> };
  const region = schema.definitions.region!;
  region.anyOf = region.properties!.anyOf;
  delete region.properties!.anyOf;
  // Not strict: Ajv's strict mode refuses the schema's `anyOf: [{ required: [...] }]` idiom (strictRequired).
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  return ajv.compile(schema);
}

export function errorsOf(validate: ValidateFunction): string {
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
