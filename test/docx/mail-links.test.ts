// @vitest-environment jsdom
// A mail link that asks the mail client to attach a local file is written without that field,
// even when the stored draft holds it (drafts saved before the policy dropped it, or a file).
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../shared/model/draft';
import type { SerializedEditorState } from '../../shared/model/lexical-json';
import { part, partNames, tempDir, writeExport } from './support';

const text = (value: string) => ({
  type: 'text',
  version: 1,
  text: value,
  format: 0,
  style: '',
  mode: 'normal',
  detail: 0,
});
const link = (url: string) => ({
  type: 'link',
  version: 1,
  url,
  rel: null,
  target: null,
  title: null,
  direction: null,
  format: '',
  indent: 0,
  children: [text('the desk')],
});
const content = {
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [
          text('Write to '),
          link('mailto:desk@examplia.example?subject=Norms&ATTACH=/home/user/.ssh/id_rsa'),
          text('.'),
        ],
      },
    ],
  },
} as unknown as SerializedEditorState;

const draft: Draft = {
  id: 'd1',
  templateId: 'norms-only',
  fields: { title: 'Non-paper', submitter: 'Republic of Examplia', issuingBody: '', forum: '', date: '2026-03-12' },
  submitterKind: 'state',
  language: 'en',
  createdAt: 0,
  updatedAt: 0,
  sections: [{ id: 'e', kind: 'norm', norm: 'e', heading: 'Norm 5', status: 'drafting', content }],
};

const dir = tempDir('mail-links');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('DOCX export of mail links', () => {
  it('keeps the link and drops its attach field', async () => {
    const docx = await writeExport(draft, dir, 'mail');
    const rels = part(docx, 'word/_rels/document.xml.rels');
    expect(rels).toContain('Target="mailto:desk@examplia.example?subject=Norms"');
    for (const name of partNames(docx)) expect(part(docx, name), name).not.toMatch(/attach|id_rsa/i);
  });
});
