// `aws-posture checks --framework <id>`: the framework's controls, how each is evaluated, by which checks.

import type { Control } from '../compliance/frameworks.js';

const WIDTH = 80;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function formatControlList(framework: string, name: string, controls: readonly Control[], options: { format: 'table' | 'json' }): string {
  if (options.format === 'json') return `${JSON.stringify({ framework, name, controls }, null, 2)}\n`;
  const automated = controls.filter((c) => c.mode === 'automated').length;
  const out = [`${name}: ${controls.length} controls, ${automated} evaluated by checks, ${controls.length - automated} manual or not covered.`, ''];
  for (const control of controls) {
    const head = `${control.id.padEnd(10)} ${control.mode === 'automated' ? 'checks' : control.mode}`;
    out.push(...wrap(`${head}  ${control.title}`, WIDTH).map((l, i) => (i === 0 ? l : `${' '.repeat(13)}${l}`)));
    const detail = control.mode === 'automated' ? control.checks.join(', ') : (control.reason ?? '');
    out.push(...wrap(detail, WIDTH - 13).map((l) => `${' '.repeat(13)}${l}`));
  }
  return `${out.join('\n')}\n`;
}
