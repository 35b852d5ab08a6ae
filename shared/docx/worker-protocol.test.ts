import { describe, expect, it } from 'vitest';
import type { Draft } from '../model/draft';
import type { ExportMessage } from './worker-protocol';
import { handleExportRequest } from './worker-protocol';
import { readZipDirectory } from '../ooxml/zip/read';
import { draftUnderReview } from '../../test/fixtures/draft-under-review';
import { EXAMPLIA_CONTACTS } from '../../test/fixtures/contacts';
import { inflateEntry } from '../ooxml/zip/inflate';

const draft: Draft = {
  id: 'd1',
  templateId: 't',
  fields: { title: 'Title', submitter: 'Republic of Examplia', issuingBody: '', forum: '', date: '2026-03-12' },
  submitterKind: 'state',
  language: 'fr',
  createdAt: 0,
  updatedAt: 0,
  sections: [],
};

describe('handleExportRequest', () => {
  it('posts progress, then the document bytes', async () => {
    const messages: ExportMessage[] = [];
    await handleExportRequest(
      { type: 'export', draft, options: { headerLine: 'Non-paper' }, now: Date.UTC(2026, 2, 12) },
      (m) => messages.push(m),
    );
    const last = messages.at(-1);
    expect(messages.slice(0, -1).every((m) => m.type === 'progress')).toBe(true);
    expect(last?.type).toBe('done');
    if (last?.type === 'done') expect([...last.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]);
  });

  it('posts an error message instead of throwing', async () => {
    const messages: ExportMessage[] = [];
    await handleExportRequest(
      { type: 'export', draft: { ...draft, sections: null } as unknown as Draft, options: {}, now: 0 },
      (m) => messages.push(m),
    );
    expect(messages.at(-1)?.type).toBe('error');
  });

  it('writes the file for review with Word comments only when asked, the normal one without', async () => {
    const parts = async (forReview: boolean | undefined) => {
      const messages: ExportMessage[] = [];
      await handleExportRequest(
        { type: 'export', draft: draftUnderReview(), options: {}, now: 0, ...(forReview ? { forReview } : {}) },
        (m) => messages.push(m),
      );
      const last = messages.at(-1);
      if (last?.type !== 'done') throw new Error('no file');
      return readZipDirectory(last.bytes).map((entry) => entry.name);
    };
    const review = await parts(true);
    expect(review).toContain('word/comments.xml');
    const normal = await parts(undefined);
    expect(normal).not.toContain('word/comments.xml');
  });

  it('writes the points of contact only in the internal copy', async () => {
    const withContacts = { ...draftUnderReview(), contacts: structuredClone(EXAMPLIA_CONTACTS) };
    const body = async (internal: boolean) => {
      const messages: ExportMessage[] = [];
      await handleExportRequest(
        { type: 'export', draft: withContacts, options: {}, now: 0, ...(internal ? { internal } : {}) },
        (m) => messages.push(m),
      );
      const last = messages.at(-1);
      if (last?.type !== 'done') throw new Error('no file');
      const entry = readZipDirectory(last.bytes).find((e) => e.name === 'word/document.xml')!;
      return new TextDecoder().decode(await inflateEntry(last.bytes, entry, 50 * 1024 * 1024));
    };
    expect(await body(true)).toContain('Ilse Varnholt');
    expect(await body(false)).not.toContain('Ilse Varnholt');
  });
});
