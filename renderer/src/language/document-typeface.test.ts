// @vitest-environment jsdom
// Document text on screen uses the Word export's typeface: the variable is set from the writer's
// table, and no style sheet sets a typeface of its own for document text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFontFamily } from '../../../shared/model/typefaces';
import { applyDocumentTypeface, DOCUMENT_FONT_VARIABLE } from './document-typeface';

const css = (path: string) => readFileSync(join(import.meta.dirname, '..', path), 'utf8');

describe('document typeface on screen', () => {
  it('sets the typeface of the draft’s language on the page', () => {
    applyDocumentTypeface('ar');
    expect(document.documentElement.style.getPropertyValue(DOCUMENT_FONT_VARIABLE)).toBe(documentFontFamily('ar'));
    applyDocumentTypeface('zh');
    expect(document.documentElement.style.getPropertyValue(DOCUMENT_FONT_VARIABLE)).toContain('SimSun');
  });

  it('has the editor take it, with no font list of its own', () => {
    expect(css('editor/editor.css')).toMatch(/--nd-doc-font: var\(--font-document[,)]/);
    expect(css('styles/base.css')).not.toMatch(/--font-document\s*:/);
  });
});
