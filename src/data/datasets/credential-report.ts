/** One row of the IAM credential report; every value is the report's own string. */
export type CredentialRow = Record<string, string> & { user: string; arn: string };

export interface CredentialReport {
  generatedTime?: string;
  /** The `<root_account>` row, kept apart so it is never mistaken for an IAM user. */
  root?: CredentialRow;
  users: CredentialRow[];
}

export const ROOT_ROW_USER = '<root_account>';

/** Splits CSV text into rows of fields, honouring double-quoted fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

export function parseCredentialReport(content: Uint8Array | string, generatedTime?: Date | string): CredentialReport {
  const text = typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  const [header, ...body] = parseCsv(text);
  if (!header || !header.includes('user') || !header.includes('arn')) throw new Error('The credential report has no header row');
  const rows = body.map((fields) => Object.fromEntries(header.map((name, i) => [name, fields[i] ?? ''])) as CredentialRow);
  const when = generatedTime instanceof Date ? generatedTime.toISOString() : generatedTime;
  return {
    ...(when ? { generatedTime: when } : {}),
    root: rows.find((r) => r.user === ROOT_ROW_USER),
    users: rows.filter((r) => r.user !== ROOT_ROW_USER),
  };
}
