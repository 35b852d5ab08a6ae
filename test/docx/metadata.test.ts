// @vitest-environment jsdom
// Unzips exports and fails on any hidden data: machine user or host name, comments, revision
// marks, rsids, template paths, document variables, custom XML, embedded objects, or properties
// the user did not choose.
import { rmSync } from 'node:fs';
import { hostname, userInfo } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplia } from './fixtures/examplia-en';
import { elements, part, partNames, tempDir, writeExport, xml } from './support';

const now = new Date('2026-03-12T10:15:30.000Z');
let dir: string;
let withAuthor: string;
let anonymous: string;

beforeAll(async () => {
  dir = tempDir('metadata');
  withAuthor = await writeExport(examplia, dir, 'with-author', {}, now);
  anonymous = await writeExport(examplia, dir, 'anonymous', { authorMode: 'empty', timestamps: 'omit' }, now);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Names so short or generic that they occur in any XML are not meaningful to look for. */
const GENERIC_NAMES = new Set(['root', 'user', 'admin', 'runner', 'localhost', 'ubuntu', 'debian', 'docker']);
function machineNames(): string[] {
  let user = '';
  try {
    user = userInfo().username;
  } catch {
    // Some sandboxes have no passwd entry: then no user name can leak either.
  }
  return [user, hostname()].filter((name) => name.length >= 4 && !GENERIC_NAMES.has(name.toLowerCase()));
}

const FORBIDDEN_MARKUP: Array<[string, RegExp]> = [
  ['rsid', /rsid/i],
  ['comment', /<w:comment|commentReference|commentRangeStart/],
  ['revision mark', /<w:(ins|del|moveFrom|moveTo|rPrChange|pPrChange)\b/],
  ['attached template', /attachedTemplate|<Template>/],
  ['document variable', /docVar/],
  ['custom XML', /customXml|w:customXml/],
  ['embedded object', /oleObject|w:object\b|w:embed|altChunk/],
  ['docx default author', /Un-named/],
  ['absolute path', /(file:\/\/\/|[A-Z]:\\|\/home\/|\/Users\/|\/root\/)/],
];

describe.each([
  ['with the submitter as author', () => withAuthor],
  ['anonymous, without times', () => anonymous],
])('an export %s', (_, file) => {
  it('holds no comments, revisions, rsids, template, variables, custom XML or embedded objects', () => {
    const names = partNames(file());
    expect(
      names.filter((n) => /comments|customXml|embeddings|vbaProject|people\.xml|attachedTemplate/i.test(n)),
    ).toEqual([]);
    for (const name of names) {
      const text = part(file(), name);
      for (const [what, pattern] of FORBIDDEN_MARKUP) expect(pattern.test(text), `${what} in ${name}`).toBe(false);
    }
  });

  it("holds neither this machine's user name nor its host name", () => {
    for (const name of partNames(file())) {
      const text = part(file(), name);
      for (const secret of machineNames()) expect(text.includes(secret), `${secret} in ${name}`).toBe(false);
    }
  });

  it('has no custom or extended properties', () => {
    const custom = partNames(file()).includes('docProps/custom.xml') ? xml(file(), 'docProps/custom.xml') : null;
    if (custom) expect(custom.documentElement.children).toHaveLength(0);
    expect(xml(file(), 'docProps/app.xml').documentElement.children).toHaveLength(0);
  });
});

function coreProperties(file: string): Map<string, string> {
  const core = xml(file, 'docProps/core.xml').documentElement;
  return new Map(Array.from(core.children).map((e) => [e.tagName, e.textContent ?? '']));
}

describe('core properties', () => {
  it('carry the title, the submitter as typed and the export time', () => {
    expect(Object.fromEntries(coreProperties(withAuthor))).toEqual({
      'dc:title': examplia.fields.title,
      'dc:creator': examplia.fields.submitter,
      'cp:lastModifiedBy': examplia.fields.submitter,
      'dc:language': 'en-GB',
      'dcterms:created': '2026-03-12T10:15:30Z',
      'dcterms:modified': '2026-03-12T10:15:30Z',
    });
  });

  it('carry only the title and language when the user leaves author and times out', () => {
    expect(Object.fromEntries(coreProperties(anonymous))).toEqual({
      'dc:title': examplia.fields.title,
      'dc:language': 'en-GB',
    });
  });

  it('leave the settings free of names and revision tracking', () => {
    const settings = part(withAuthor, 'word/settings.xml');
    expect(settings).not.toContain(examplia.fields.submitter);
    expect(elements(xml(withAuthor, 'word/settings.xml'), 'w:trackRevisions')).toHaveLength(0);
  });
});
