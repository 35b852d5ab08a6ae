import { describe, expect, it } from 'vitest';
import type { Draft } from '../model/draft';
import { languageProfile } from './language';
import { corePropertiesXml } from './metadata';
import { defaultExportOptions } from './options';

const draft = { fields: { title: 'Non-paper on <norms> & practice', submitter: ' Republic of Examplia ' } } as Draft;
const now = new Date('2026-03-12T09:30:15.123Z');
const en = languageProfile('en');

describe('core properties', () => {
  it('carries the title, the submitter as author and the export time', () => {
    const xml = corePropertiesXml(draft, defaultExportOptions(), { now }, en);
    expect(xml).toContain('<dc:title>Non-paper on &lt;norms&gt; &amp; practice</dc:title>');
    expect(xml).toContain('<dc:creator>Republic of Examplia</dc:creator>');
    expect(xml).toContain('<cp:lastModifiedBy>Republic of Examplia</cp:lastModifiedBy>');
    expect(xml).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-12T09:30:15Z</dcterms:created>');
    expect(xml).toContain('<dc:language>en-GB</dc:language>');
    expect(xml).not.toContain('revision');
  });

  it('leaves author and times out when the user asks', () => {
    const xml = corePropertiesXml(
      draft,
      { ...defaultExportOptions(), authorMode: 'empty', timestamps: 'omit' },
      { now },
      en,
    );
    expect(xml).not.toMatch(/creator|lastModifiedBy|created|modified/);
    expect(xml).toContain('<dc:title>');
  });
});
