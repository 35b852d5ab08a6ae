// Files written before fields existed (.normdraft format 1, details beside the sections) keep
// opening, with the details where the app now reads them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNormdraft, serializeNormdraft } from '../../shared/format/normdraft';
import { draftPlainText } from '../../shared/model/text';
import { exampliaNonPaper } from '../fixtures/examplia';

describe('.normdraft format 1', () => {
  it('opens a file written before fields existed (format 1), with its details moved into fields', () => {
    const older = readFileSync(
      join(import.meta.dirname, '..', 'fixtures', 'older', 'examplia-non-paper.normdraft'),
      'utf8',
    );
    expect(JSON.parse(older)).toMatchObject({
      version: 1,
      draft: { title: exampliaNonPaper().fields.title, submitter: 'Republic of Examplia' },
    });
    const opened = parseNormdraft(older);
    // Drafts made now hold the title block's details as field nodes; the older file holds them as
    // text. What a reader sees is the same.
    const { sections, ...meta } = exampliaNonPaper();
    expect({ ...opened, sections: [] }).toEqual({ ...meta, sections: [] });
    expect(opened.sections.map(({ id, heading }) => ({ id, heading }))).toEqual(
      sections.map(({ id, heading }) => ({ id, heading })),
    );
    expect(draftPlainText(opened)).toBe(draftPlainText({ ...meta, sections }));
    expect(opened.fields).toMatchObject({
      submitter: 'Republic of Examplia',
      issuingBody: 'Ministry of Foreign Affairs of Examplia',
      date: '2025-09-05',
    });
    // Saved again, it is written in the current format.
    expect(JSON.parse(serializeNormdraft(opened))).toMatchObject({
      version: 2,
      draft: { fields: { submitter: 'Republic of Examplia' } },
    });
    expect(Object.keys(JSON.parse(serializeNormdraft(opened)).draft)).not.toContain('submitter');
  });
});
