// Bringing back a Word file exported for review and changed as Word writes a review: every
// change and comment on its section with its reviewer; accepting all gives the reviewed text,
// rejecting all the text as it was; the normal export of the result holds no review data.
import { describe, expect, it } from 'vitest';
import { publicDraft } from '../../collab/public-draft';
import { defaultExportOptions } from '../../docx/options';
import { exportDocx } from '../../docx/export-docx';
import type { Draft } from '../../model/draft';
import { fieldTexts } from '../../model/field-texts';
import type { SerializedEditorState, SerializedNode } from '../../model/lexical-json';
import { hasChildren } from '../../model/walk';
import { readPackage, textOf, writePackage } from '../../ooxml/package';
import { sampleDraft, sampleNormSection } from '../../../test/fixtures/sample-draft';
import { doc, para } from '../../../test/fixtures/content';
import {
  exampliaDraft,
  exportOfExamplia,
  ins,
  LEGAL,
  POLICY,
  reviewAsWordDoes,
  reviewedByLegal,
  splice,
} from '../../../test/fixtures/reviewed-word-file';
import { draftUnderReview, draftWithSuggestedBreaks } from '../../../test/fixtures/draft-under-review';
import { bringBackReview, ReviewFileError } from '../bring-back';
import { exportForReview } from '../export-for-review';
import { forEachReviewNode, withoutReview } from '../content';
import { forEachParagraphMark } from '../paragraph-marks';
import { acceptSuggestions, rejectSuggestions } from '../suggestions';
import { FOOTNOTE_MARK, writtenTexts } from './paragraphs';

const NOW = Date.UTC(2026, 5, 10);

function env() {
  let n = 0;
  return { newId: () => `r${++n}`, now: NOW };
}

/** Each section's paragraphs, then its footnotes' text. */
function texts(draft: Draft): Record<string, string[]> {
  const fields = fieldTexts(draft);
  const notes = (content: SerializedEditorState): string[] => {
    const out: string[] = [];
    const walk = (node: SerializedNode) => {
      if (node.type === 'footnote') out.push(...writtenTexts(node.note, fields));
      if (hasChildren(node)) node.children.forEach(walk);
    };
    walk(content.root);
    return out;
  };
  return Object.fromEntries(
    draft.sections.map((section) => [
      section.id,
      [...writtenTexts(section.content, fields), ...notes(section.content)],
    ]),
  );
}

/** The content with neighbouring text nodes of the same format joined (as the editor joins them). */
function joinedText(content: SerializedEditorState): unknown {
  const walk = (node: SerializedNode): SerializedNode => {
    let copy = node.type === 'footnote' ? { ...node, note: joinedText(node.note) as SerializedEditorState } : node;
    if (hasChildren(copy)) {
      const children: SerializedNode[] = [];
      for (const child of copy.children.map(walk)) {
        const last = children[children.length - 1];
        if (
          last?.type === 'text' &&
          child.type === 'text' &&
          last.format === child.format &&
          last.style === child.style
        )
          children[children.length - 1] = { ...last, text: last.text + child.text };
        else children.push(child);
      }
      copy = { ...copy, children } as SerializedNode;
    }
    return copy;
  };
  return { root: walk(content.root) };
}

async function broughtBack() {
  const original = exampliaDraft();
  const reviewed = await reviewAsWordDoes(await exportOfExamplia(original));
  return { original, ...(await bringBackReview(original, reviewed, env())) };
}

describe('bringing back a file reviewed in Word', () => {
  it('puts every change and comment on its section with its reviewer, and changes no text', async () => {
    const { original, draft, report } = await broughtBack();
    expect(report).toEqual({
      sections: [
        { id: 'norm-c', norm: 3, suggestions: 6, comments: 2, authors: [LEGAL, POLICY] },
        { id: 'norm-h', norm: 8, suggestions: 3, comments: 1, authors: [LEGAL, POLICY] },
      ],
      suggestions: 9,
      comments: 3,
      unmatched: 0,
    });
    const review = draft.review!;
    const by = (id: string) => review.suggestions.find((s) => s.id === id)!;
    const changes: Record<string, string[]> = {};
    for (const section of draft.sections)
      forEachReviewNode(section.content, (node) => {
        if (node.type !== 'suggestion') return;
        const words = node.children
          .map((c) => (c.type === 'text' ? c.text : c.type === 'footnote' ? '[note]' : ''))
          .join('');
        (changes[section.id] ??= []).push(`${node.kind} "${words}" by ${by(node.suggestionId).author}`);
      });
    expect(changes).toEqual({
      'norm-c': [
        `delete "every" by ${LEGAL}`,
        `insert "each" by ${LEGAL}`,
        `insert " (as amended)" by ${POLICY}`,
        `insert " and Spanish" by ${POLICY}`,
        `delete "five" by ${POLICY}`,
        `insert "ten" by ${POLICY}`,
      ],
      'norm-h': [
        // Edited without tracking: by the file's last editor, dated when brought back.
        `delete "forty" by ${LEGAL}`,
        `insert "seventy-two" by ${LEGAL}`,
        `delete "[note]" by ${LEGAL}`,
      ],
    });
    expect(by(review.suggestions.find((s) => s.author === POLICY)!.id).at).toBe(Date.parse('2026-06-03T14:40:00Z'));
    expect(review.suggestions.filter((s) => s.at === NOW)).toHaveLength(2);

    expect(
      review.comments.map(({ id: _id, replies, ...thread }) => ({
        ...thread,
        replies: replies.map((r) => [r.author, r.text]),
      })),
    ).toEqual([
      {
        author: POLICY,
        at: Date.parse('2026-06-03T14:40:00Z'),
        text: 'Is thirty days realistic?',
        replies: [],
        resolved: null,
      },
      {
        author: LEGAL,
        at: Date.parse('2026-06-02T09:15:00Z'),
        text: 'Name the team, not only the link.',
        replies: [],
        resolved: null,
      },
      {
        author: LEGAL,
        at: Date.parse('2026-06-02T09:15:00Z'),
        text: 'Every request, or only appropriate ones?',
        replies: [[POLICY, 'Only appropriate ones.']],
        resolved: null,
      },
    ]);
    const quoted: string[] = [];
    for (const section of draft.sections)
      forEachReviewNode(section.content, (node) => {
        if (node.type === 'comment-range')
          quoted.push(node.children.map((c) => (c.type === 'text' ? c.text : '')).join(''));
      });
    expect(quoted).toEqual(['thirty days', 'national CERT', 'Requests for assistance']);
    // The linked words keep their link; the comment sits inside it.
    const item = draft.sections[0]!.content.root.children[2]!;
    expect(JSON.stringify(item)).toMatch(
      /"type":"link","version":1,"url":"https:\/\/cert\.examplia\.example".*"children":\[\{"type":"comment-range"/,
    );
    // The text as it stands (pending insertions left out) is the draft's until a suggestion is accepted.
    for (const section of draft.sections)
      expect(joinedText(withoutReview(section.content))).toEqual(
        joinedText(original.sections.find((s) => s.id === section.id)!.content),
      );
  });

  it('accepting all gives the reviewed text, rejecting all the text as it was', async () => {
    const { original, draft } = await broughtBack();
    expect(texts(acceptSuggestions(draft, 'all'))).toEqual({
      'norm-c': [
        `Examplia investigates each notified incident within thirty days${FOOTNOTE_MARK} and reports back.`,
        'The national contact point answers requests in English and French and Spanish.',
        'Notifications go to the national CERT.',
        'Reports are kept for ten years.',
        'Cyber Incident Act of 2024 (as amended), section 12.',
      ],
      'norm-h': [
        'Requests for assistance are answered within seventy-two hours.',
        'Assistance is given free of charge to every State.',
      ],
    });
    expect(texts(rejectSuggestions(draft, 'all'))).toEqual(texts(original));
    // Without the comments' marks, the very content it was: formats, links, list and footnotes included.
    for (const section of rejectSuggestions(draft, 'all').sections)
      expect(joinedText(withoutReview(section.content))).toEqual(
        joinedText(original.sections.find((s) => s.id === section.id)!.content),
      );
  });

  it('leaves the normal export of the result free of review data', async () => {
    const { draft } = await broughtBack();
    const bytes = await exportDocx(publicDraft(draft), defaultExportOptions(), { now: new Date(NOW) });
    const pkg = await readPackage(bytes);
    for (const part of pkg.parts) {
      const text = typeof part.data === 'string' ? part.data : textOf(part);
      for (const hidden of [
        LEGAL,
        POLICY,
        'w:ins ',
        'w:del ',
        'commentRangeStart',
        'seventy-two',
        'Spanish',
        'urn:norms-drafter:review',
      ])
        expect(text, part.path).not.toContain(hidden);
    }
    expect(pkg.parts.map((p) => p.path)).not.toContain('word/comments.xml');
  });

  it('refuses a file from another draft, changing nothing', async () => {
    const reviewed = await reviewAsWordDoes(await exportOfExamplia({ ...exampliaDraft(), id: 'other-draft' }));
    const draft = exampliaDraft();
    const error = await bringBackReview(draft, reviewed, env()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReviewFileError);
    expect((error as ReviewFileError).code).toBe('not-this-draft');
    expect(draft).toEqual(exampliaDraft());
  });
});

describe('a file that cannot be brought back', () => {
  async function refused(bytes: Uint8Array): Promise<string> {
    const draft = exampliaDraft();
    const error = await bringBackReview(draft, bytes, env()).catch((e: unknown) => e);
    expect(draft).toEqual(exampliaDraft());
    expect(error).toBeInstanceOf(ReviewFileError);
    return (error as ReviewFileError).code;
  }

  it('says a damaged file or one that is not a Word document is damaged', async () => {
    expect(await refused(new TextEncoder().encode('Republic of Examplia, comments on norm 3'))).toBe('damaged');
    const bytes = await exportOfExamplia();
    expect(await refused(bytes.slice(0, bytes.length >> 1))).toBe('damaged');
  });

  it('says a file larger than a Word document can be is too large', async () => {
    expect(await refused(new Uint8Array(51 * 1024 * 1024))).toBe('too-large');
  });

  it('says a Word file never exported for review that matches no section is not from this draft', async () => {
    const other = sampleDraft({
      id: 'ngo-paper',
      submitter: 'Open Networks Alliance',
      sections: [sampleNormSection('Civil society asks for transparency reports.', 'k', 'Transparency')],
    });
    const plain = await exportDocx(publicDraft(other), defaultExportOptions(), { now: new Date(NOW) });
    expect(await refused(plain)).toBe('not-this-draft');
  });
});

describe('a Word file of this draft not exported for review', () => {
  it('is matched by its sections’ heading lines and compared with the text of today', async () => {
    const original = exampliaDraft();
    const plain = await exportDocx(publicDraft(original), defaultExportOptions(), { now: new Date(NOW) });
    const pkg = await readPackage(plain);
    const parts = pkg.parts.map((part) =>
      part.path === 'word/document.xml'
        ? { ...part, data: textOf(part).replace('within forty hours', 'within forty-eight hours') }
        : part,
    );
    const edited = await writePackage({ relationships: pkg.relationships, parts });
    const { draft, report } = await bringBackReview(original, edited, { ...env(), unknownReviewer: 'Relecteur' });
    expect(report.sections.find((s) => s.id === 'norm-h')).toMatchObject({ suggestions: 2, authors: ['Relecteur'] });
    expect(texts(acceptSuggestions(draft, 'all'))['norm-h']![0]).toBe(
      'Requests for assistance are answered within forty-eight hours.',
    );
  });
});

describe('a draft with a review of its own', () => {
  it('comes back unchanged from a file nobody changed: its suggestions and comments are not doubled', async () => {
    const original = draftUnderReview();
    const exported = await exportForReview(original, defaultExportOptions(), { now: new Date(NOW) });
    const { draft, report } = await bringBackReview(original, exported, env());
    expect(report).toEqual({
      sections: [
        { id: 'norm-g', norm: 7, suggestions: 0, comments: 0, authors: [] },
        { id: 'norm-h', norm: 8, suggestions: 0, comments: 0, authors: [] },
      ],
      suggestions: 0,
      comments: 0,
      unmatched: 0,
    });
    expect(draft.review).toEqual(original.review);
    for (const section of draft.sections)
      expect(joinedText(section.content)).toEqual(
        joinedText(original.sections.find((s) => s.id === section.id)!.content),
      );
  });
});

describe('a draft with suggested paragraph breaks of its own', () => {
  it('comes back unchanged from a file nobody changed: its breaks are not suggested again', async () => {
    const original = draftWithSuggestedBreaks();
    const exported = await exportForReview(original, defaultExportOptions(), { now: new Date(NOW) });
    const { draft, report } = await bringBackReview(original, exported, env());
    expect(report.suggestions).toBe(0);
    expect(draft.review).toEqual(original.review);
    expect(draft.sections[1]!.content).toEqual(original.sections[1]!.content);
  });
});

describe('a draft changed since it was exported for review', () => {
  it('takes the tracked changes and comments it can place by their words and counts the rest', async () => {
    const exported = exampliaDraft();
    const reviewed = await reviewAsWordDoes(await exportOfExamplia(exported));
    // After the export, the drafter shortened the first paragraph of norm (h).
    const changed: Draft = {
      ...exported,
      sections: exported.sections.map((section) =>
        section.id === 'norm-h'
          ? {
              ...section,
              content: {
                root: {
                  ...section.content.root,
                  children: [para('Requests are answered within forty hours.'), section.content.root.children[1]!],
                },
              },
            }
          : section,
      ),
    };
    const { draft, report } = await bringBackReview(changed, reviewed, env());
    expect(report.sections).toEqual([
      { id: 'norm-c', norm: 3, suggestions: 6, comments: 2, authors: [LEGAL, POLICY] },
      // The untracked edit is not taken (the text it was made on is gone); the tracked deletion is.
      { id: 'norm-h', norm: 8, suggestions: 1, comments: 1, authors: [LEGAL, POLICY] },
    ]);
    // " for assistance" (no longer in the draft) and "forty" -> "seventy-two" made without tracking.
    expect(report.unmatched).toBe(2);
    for (const section of draft.sections)
      expect(joinedText(withoutReview(section.content))).toEqual(
        joinedText(changed.sections.find((s) => s.id === section.id)!.content),
      );
  });
});

describe('markers made by hand', () => {
  it('says a file whose markers part is not as the export wrote it (a DTD in it) is damaged, and reads nothing', async () => {
    const pkg = await readPackage(await exportOfExamplia());
    const parts = pkg.parts.map((part) =>
      part.path === 'customXml/item1.xml'
        ? { ...part, data: textOf(part).replace('<review ', '<!DOCTYPE review [<!ENTITY x "x">]><review ') }
        : part,
    );
    const draft = exampliaDraft();
    const error = await bringBackReview(
      draft,
      await writePackage({ relationships: pkg.relationships, parts }),
      env(),
    ).catch((e: unknown) => e);
    expect((error as ReviewFileError).code).toBe('damaged');
    expect(draft).toEqual(exampliaDraft());
  });
});

describe('paragraph breaks added and removed in Word', () => {
  const LEGAL_AT = '2026-06-02T09:15:00Z';
  const POLICY_AT = '2026-06-03T14:40:00Z';
  const ORIGINAL = [
    'Requests for assistance are answered within forty hours. Urgent requests come first.',
    'Reports are kept.',
    'Assistance is given free of charge.',
    'It is given to every State.',
  ];
  const draftOf = (): Draft => {
    const draft = exampliaDraft();
    draft.sections[1]!.content = doc(...ORIGINAL.map((text) => para(text)));
    return draft;
  };
  const run = (text: string) =>
    `<w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;
  /** The paragraph holding `text` with its paragraph mark tracked as `change` (Word: w:pPr/w:rPr). */
  const trackMark = (body: string, text: string, change: string) => {
    const start = body.lastIndexOf('<w:p>', body.indexOf(text));
    return `${body.slice(0, start)}<w:p><w:pPr><w:rPr>${change}</w:rPr></w:pPr>${body.slice(start + '<w:p>'.length)}`;
  };
  const mark = (tag: 'w:ins' | 'w:del', id: number, author: string, date: string) =>
    `<${tag} w:id="${id}" w:author="${author}" w:date="${date}"/>`;

  /**
   * As Word writes it: the policy officer splits the first paragraph and adds one after "Reports
   * are kept." with tracking; the legal adviser joins the last two with tracking (a space added),
   * then adds a paragraph without tracking (the file's last editor).
   */
  async function reviewed(): Promise<Uint8Array> {
    return reviewedByLegal(draftOf(), (body) => {
      body = body.replace(
        'forty hours. Urgent',
        `forty hours. </w:t></w:r></w:p><w:p>${run('Urgent').slice(0, -'</w:t></w:r>'.length)}`,
      );
      body = trackMark(body, 'Requests for assistance', mark('w:ins', 801, POLICY, POLICY_AT));
      body = trackMark(body, 'Reports are kept.', mark('w:ins', 802, POLICY, POLICY_AT));
      body = body.replace(
        'Reports are kept.</w:t></w:r></w:p>',
        'Reports are kept.</w:t></w:r></w:p>' +
          `<w:p>${ins(POLICY, POLICY_AT, 'Requests may be sent at any time.')}</w:p>` +
          `<w:p>${run('A yearly summary is published.')}</w:p>`,
      );
      body = trackMark(body, 'free of charge.', mark('w:del', 803, LEGAL, LEGAL_AT));
      body = splice(body, 'free of charge.', `${run('free of charge.')}${ins(LEGAL, LEGAL_AT, ' ')}`);
      return body;
    });
  }

  it('come back as suggested paragraph marks by their reviewers, not as line breaks', async () => {
    const { draft, report } = await bringBackReview(draftOf(), await reviewed(), env());
    expect(report.sections.find((s) => s.id === 'norm-h')).toEqual({
      id: 'norm-h',
      norm: 8,
      suggestions: 5,
      comments: 0,
      authors: [POLICY, LEGAL],
    });
    const content = draft.sections[1]!.content;
    expect(JSON.stringify(content)).not.toMatch(/linebreak|\u2029/);
    const by = (id: string) => draft.review!.suggestions.find((s) => s.id === id)!.author;
    const marks: string[] = [];
    forEachParagraphMark(content, (kind, id, block) =>
      marks.push(`${kind} after "${writtenTexts(doc(block), fieldTexts(draft)).join('')}" by ${by(id)}`),
    );
    expect(marks).toEqual([
      `insert after "Requests for assistance are answered within forty hours. " by ${POLICY}`,
      `insert after "Reports are kept." by ${POLICY}`,
      `insert after "Requests may be sent at any time." by ${LEGAL}`,
      `delete after "Assistance is given free of charge. " by ${LEGAL}`,
    ]);
    // Nothing in the text changes until accepted.
    expect(texts(publicDraft(draft) as unknown as Draft)['norm-h']).toEqual(ORIGINAL);
  });

  it('accepting all gives the reviewed paragraphs, rejecting all the original ones', async () => {
    const { draft } = await bringBackReview(draftOf(), await reviewed(), env());
    expect(texts(acceptSuggestions(draft, 'all'))['norm-h']).toEqual([
      'Requests for assistance are answered within forty hours. ',
      'Urgent requests come first.',
      'Reports are kept.',
      'Requests may be sent at any time.',
      'A yearly summary is published.',
      'Assistance is given free of charge. It is given to every State.',
    ]);
    expect(texts(rejectSuggestions(draft, 'all'))['norm-h']).toEqual(ORIGINAL);
    expect(JSON.stringify(rejectSuggestions(draft, 'all').sections[1]!.content)).not.toContain('review:');
  });
});
