import { describe, expect, it } from 'vitest';
import { NORM_LETTERS } from '../../../shared/model/draft';
import { sectionPlainText } from '../../../shared/model/text';
import { messagesTranslator } from '../../../shared/templates/messages';
import french from '../../../locales/fr/templates.json';
import { writeZip } from '../../../shared/ooxml/zip/write';
import { TEMPLATES } from '../templates/registry';
import type { ImportRequest, ImportWorkerMessage, ImportWorkerRequest } from './protocol';
import { ImportFailure, importInWorker, type WorkerLike } from './run-import';
import { importWorkerHandler } from './worker-handler';

let ids = 0;
const handler = () =>
  importWorkerHandler({
    templates: TEMPLATES,
    translateFor: (language) => messagesTranslator(language === 'fr' ? french : {}),
    newId: () => `id-${(ids += 1)}`,
  });

/** Runs the worker's handler in this process, message by message, as the worker script does. */
class InProcessWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  terminated = false;
  readonly received: string[] = [];
  private readonly handle = handler();
  postMessage(message: unknown): void {
    this.received.push((message as ImportWorkerRequest).type);
    setTimeout(
      () =>
        void this.handle(message as ImportWorkerRequest, (m: ImportWorkerMessage) =>
          this.onmessage?.call(this as never, { data: m } as MessageEvent),
        ),
    );
  }
  terminate(): void {
    this.terminated = true;
  }
}

const markdown = [
  '# Examplia and the eleven norms',
  '',
  '**Republic of Examplia, May 2026**',
  '',
  '## Executive summary',
  '',
  'Examplia reports on its practice.[^1]',
  '',
  ...NORM_LETTERS.flatMap((letter) => [`## 13(${letter})`, '', `Examplia text for norm ${letter}.[^${letter}]`, '']),
  '## Annex: list of laws',
  '',
  'The Examplia Cyber Act 2024.',
  '',
  '[^1]: Summary source, https://example.org/summary',
  ...NORM_LETTERS.map((letter) => `[^${letter}]: Source for ${letter}, https://example.org/${letter}`),
].join('\n');

const request = (text: string, name = 'examplia.md', templateId?: string): ImportRequest => ({
  type: 'import',
  name,
  bytes: new TextEncoder().encode(text),
  templateId,
  now: Date.UTC(2026, 4, 12),
});

describe('importInWorker', () => {
  it('imports a Markdown submission: 11 norms, 12 footnotes, the annex a section of its own, progress to the end', async () => {
    const progress: number[] = [];
    const worker = new InProcessWorker();
    const { draft, report } = await importInWorker(request(markdown), () => worker, {
      onProgress: (f) => progress.push(f),
    });
    expect(report.normsFound).toEqual([...NORM_LETTERS]);
    expect(report.footnotesKept).toBe(12);
    const annex = draft.sections.find((s) => s.heading === 'Annex: list of laws');
    expect(annex && sectionPlainText(annex.content)).toBe('The Examplia Cyber Act 2024.');
    expect(report.unplacedSectionId).toBeNull();
    expect(progress.at(-1)).toBe(1);
    expect(worker.terminated).toBe(true);
  });

  it('uses the template the user chose instead of the one the document suggests', async () => {
    const { report } = await importInWorker(
      request(markdown, 'examplia.md', 'norms-only'),
      () => new InProcessWorker(),
    );
    expect(report).toMatchObject({ templateId: 'norms-only', templateDetected: false });
  });

  it('writes template headings in the language the document is in', async () => {
    const text = [
      '# Contribution de la République d’Examplia',
      '',
      '## Résumé',
      '',
      'La République d’Examplia présente ici les mesures qu’elle a prises pour mettre en œuvre les normes.',
      '',
      '## 13(a)',
      '',
      'Examplia coopère avec les États de la région et partage les informations sur les incidents.',
    ].join('\n');
    const { draft, report } = await importInWorker(request(text), () => new InProcessWorker());
    expect(report.language).toBe('fr');
    const frenchTexts = messagesTranslator(french);
    const summary = draft.sections.find((s) => s.kind === 'summary');
    expect(summary?.heading).toBe(frenchTexts('section.summary'));
  });

  it('reports an import error by its code, for a .docx that is really text', async () => {
    await expect(
      importInWorker(request('Just some notes', 'notes.docx'), () => new InProcessWorker()),
    ).rejects.toMatchObject({ code: 'docx-is-text' });
  });

  it('settles as cancelled at once and tells the worker to stop', async () => {
    const controller = new AbortController();
    const worker = new InProcessWorker();
    const running = importInWorker(request(markdown), () => worker, { signal: controller.signal });
    controller.abort();
    await expect(running).rejects.toEqual(new ImportFailure('cancelled'));
    expect(worker.received).toEqual(['import', 'cancel']);
  });

  it("ignores a message that is not the import's (pdf.js announces itself when loaded in the worker)", async () => {
    const worker = new InProcessWorker();
    const running = importInWorker(request(markdown), () => worker);
    worker.onmessage?.call(
      worker as never,
      { data: { sourceName: 'worker', targetName: 'main', action: 'ready' } } as MessageEvent,
    );
    const { report } = await running;
    expect(report.normsFound).toEqual([...NORM_LETTERS]);
  });

  it('reports a worker that cannot start as stopped', async () => {
    const failing = () => {
      throw new Error('no workers here');
    };
    await expect(importInWorker(request(markdown), failing)).rejects.toMatchObject({ code: 'stopped' });
  });
});

/** A minimal Word package (stored, uncompressed), enough to start reading it. */
function docxBytes(): Promise<Uint8Array> {
  const part = (name: string, xml: string) => ({ name, data: new TextEncoder().encode(xml) });
  return writeZip(
    [
      part(
        '[Content_Types].xml',
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
      part(
        '_rels/.rels',
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
      part(
        'word/document.xml',
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Examplia</w:t></w:r></w:p></w:body></w:document>',
      ),
    ],
    { compress: false },
  );
}

describe('importWorkerHandler', () => {
  it('ends a running import with "cancelled" when asked to', async () => {
    const handle = handler();
    const messages: ImportWorkerMessage[] = [];
    const running = handle({ type: 'import', name: 'examplia.docx', bytes: await docxBytes(), now: 0 }, (m) =>
      messages.push(m),
    );
    await handle({ type: 'cancel' }, () => {});
    await running;
    expect(messages.at(-1)).toMatchObject({ type: 'error', code: 'cancelled' });
  });
});
