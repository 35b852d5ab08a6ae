import { describe, expect, it } from 'vitest';
import { writeComments } from './comments';

const BOLD = '<w:rPr><w:b/><w:bCs/></w:rPr>';
const body = `<w:p><w:r>${BOLD}<w:t xml:space="preserve">R&amp;D in Examplia, in every forum</w:t></w:r></w:p>`;
const comment = (quote: string, text = 'Which forums?') => ({ author: 'Examplia Digital Rights Forum', text, quote });

describe('writeComments', () => {
  it('puts the comment range around the words, with the reference after them, keeping the run formatting', () => {
    const { body: anchored, xml } = writeComments(body, [comment('in every forum')]);
    expect(anchored).toBe(
      `<w:p><w:r>${BOLD}<w:t xml:space="preserve">R&amp;D in Examplia, </w:t></w:r>` +
        `<w:commentRangeStart w:id="0"/><w:r>${BOLD}<w:t xml:space="preserve">in every forum</w:t></w:r><w:commentRangeEnd w:id="0"/>` +
        '<w:r><w:commentReference w:id="0"/></w:r></w:p>',
    );
    expect(xml).toContain(
      '<w:comment w:id="0" w:author="Examplia Digital Rights Forum"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">Which forums?</w:t></w:r></w:p></w:comment>',
    );
  });

  it('finds words holding escaped characters, numbers comments in order and writes each line as a paragraph', () => {
    const { body: anchored, xml } = writeComments(body, [
      comment('R&D'),
      comment('Examplia', 'First line\nSecond & last'),
    ]);
    expect(anchored).toContain(
      '<w:commentRangeStart w:id="0"/><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">R&amp;D</w:t></w:r><w:commentRangeEnd w:id="0"/>',
    );
    expect(anchored).toContain(
      '<w:commentRangeStart w:id="1"/><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">Examplia</w:t></w:r><w:commentRangeEnd w:id="1"/>',
    );
    expect(xml).toContain(
      '<w:p><w:r><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">First line</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Second &amp; last</w:t></w:r></w:p>',
    );
  });

  it('refuses words the body does not hold', () => {
    expect(() => writeComments(body, [comment('Norm 13')])).toThrow('not in the body');
  });
});
