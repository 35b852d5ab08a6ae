import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run';
import { terminalSafe } from './terminal-text';
import { captureIo } from './test-io';

const ESC = '\u001b';

describe('terminalSafe', () => {
  it('removes CSI, OSC, DCS and other escape sequences, in 7-bit and 8-bit forms', () => {
    expect(terminalSafe(`${ESC}[2J${ESC}[1;1HNorm 5${ESC}[0m`)).toBe('Norm 5');
    expect(terminalSafe(`${ESC}]0;pwned\u0007Title ${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`)).toBe(
      'Title link',
    );
    expect(terminalSafe(`${ESC}]52;c;ZWNobyBoaQ==\u0007clipboard`)).toBe('clipboard');
    expect(terminalSafe(`${ESC}Pq#0;2;0;0;0${ESC}\\sixel ${ESC}c${ESC}(Bdone`)).toBe('sixel done');
    expect(terminalSafe('\u009b2J\u009d0;title\u009cshown\u0085')).toBe('shown');
  });

  it('removes controls that rewrite what is shown, keeping tab, line feed and all scripts', () => {
    expect(terminalSafe('Saved\rDeleted\b\b\u0007\u0000\u007f')).toBe('SavedDeleted');
    expect(terminalSafe('a\tb\nc')).toBe('a\tb\nc');
    const scripts = 'الجمهورية \u200fEXAMPLIA\u200f · Республика · 例子共和国 · République';
    expect(terminalSafe(scripts)).toBe(scripts);
  });
});

describe('the command line prints no control sequences from a file', () => {
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'drafter-terminal-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('info: the title and submitter of a draft, and errors naming the file', async () => {
    const created = captureIo();
    const file = join(dir, 'hostile.normdraft');
    expect(
      await runCli(['new', '--template', 'norms-only', '--author', 'Republic of Examplia', '-o', file], created),
    ).toBe(0);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { draft: { fields: { title: string; submitter: string } } };
    saved.draft.fields.title = `Non-paper ${ESC}]0;owned\u0007${ESC}[2J\u009b2J\rof Examplia`;
    saved.draft.fields.submitter = `Republic of ${ESC}[31mExamplia`;
    writeFileSync(file, JSON.stringify(saved));

    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    const table = captureIo();
    expect(await runCli(['info', file], table)).toBe(0);
    expect(table.out.slice(0, 2)).toEqual([
      'Title:      Non-paper of Examplia',
      'Submitter:  Republic of Examplia (state)',
    ]);
    expect(table.out.join('\n')).not.toMatch(RAW_CONTROL);
    // JSON shows C0 controls escaped, as text the terminal does not act on; C1 controls are removed.
    const json = captureIo();
    expect(await runCli(['info', file, '--json'], json)).toBe(0);
    expect(json.out.join('\n')).not.toMatch(RAW_CONTROL);

    const missing = captureIo();
    expect(await runCli(['info', join(dir, `gone${ESC}[2J\r.normdraft`)], missing)).toBe(1);
    expect(missing.err).toEqual([`error: cannot read ${join(dir, 'gone.normdraft')}: no such file or directory`]);
  });
});
