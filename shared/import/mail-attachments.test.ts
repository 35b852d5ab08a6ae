import { describe, expect, it } from 'vitest';
import normsOnly from '../../templates/norms-only.template.json';
import { loadTemplates } from '../templates/schema';
import { importDocument } from './index';

const templates = loadTemplates([normsOnly]);
const encode = (text: string) => new TextEncoder().encode(text);
const options = () => {
  let next = 0;
  return { templates, now: Date.UTC(2026, 2, 1), newId: () => `id-${next++}` };
};

function linkUrls(value: unknown): string[] {
  return [...JSON.stringify(value).matchAll(/"url":"([^"]*)"/g)].map((m) => m[1]!);
}

describe('import: mail links asking for a local file to be attached', () => {
  it('Markdown keeps the mail link without the attach field', async () => {
    const md =
      '# 13(e) Human rights\n\nWrite to [the desk](mailto:desk@examplia.example?subject=Norms&attach=/home/user/.ssh/id_rsa) or [the unit](<mailto:unit@examplia.example?%41TTACHMENT=C:/secret.docx>).\n';
    const { draft } = await importDocument({ name: 'contribution.md', bytes: encode(md) }, options());
    expect(linkUrls(draft)).toEqual(['mailto:desk@examplia.example?subject=Norms', 'mailto:unit@examplia.example']);
  });

  it('HTML keeps the mail link without the attachment field', async () => {
    const html =
      '<h1>13(e) Human rights</h1><p>Write to <a href="mailto:desk@examplia.example?Attachment=%2Fetc%2Fpasswd&body=Hello">the desk</a>.</p>';
    const { draft } = await importDocument({ name: 'contribution.html', bytes: encode(html) }, options());
    expect(linkUrls(draft)).toEqual(['mailto:desk@examplia.example?body=Hello']);
  });
});
