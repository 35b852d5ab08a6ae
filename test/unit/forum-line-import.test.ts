// A document exported in any of the six languages writes its forum as "Submitted to: …" in that
// language (templates' block.forumLine); importing it back must recognise the line and keep
// only the forum's name, whatever the forum is called.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../shared/import/ir';
import { detectFields } from '../../shared/import/map/fields';
import { LANGUAGES } from '../../shared/model/languages';

const root = join(import.meta.dirname, '..', '..', 'locales');
const forumLine = (language: string): string =>
  (JSON.parse(readFileSync(join(root, language, 'templates.json'), 'utf8')) as { block: { forumLine: string } }).block
    .forumLine;
const p = (text: string): Block => ({ kind: 'paragraph', inlines: [{ kind: 'text', text }] });
const h1 = (text: string): Block => ({ kind: 'heading', level: 1, inlines: [{ kind: 'text', text }] });

// A forum whose name says nothing a parser could recognise: only the prefix tells.
const FORUM = 'Examplia Regional Dialogue 2026';

describe('importing the forum line an export writes', () => {
  for (const language of LANGUAGES)
    it(`recognises the ${language} prefix and keeps the forum's name`, () => {
      const blocks = [
        h1('Contribution of the Examplia Civic Network'),
        p(forumLine(language).replace('{forum}', FORUM)),
      ];
      expect(detectFields(blocks, blocks[0]!, []).forum).toBe(FORUM);
    });
});
