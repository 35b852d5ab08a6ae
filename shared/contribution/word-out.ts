// A contributor's copy -> a Word file: a cover note (whose draft, for whom, what is asked, by
// when) in the draft's language, then the sections through the project's DOCX writer. Each
// asked section sits under a yellow bar "Your section — write here", each other section (unless
// left out) under a grey "For reference — do not edit" bar; a bookmark runs from each bar to the
// end of its section, and the ticket travels in a custom XML part (word-ticket.ts). Reading the
// file back (word-back.ts) finds a section by its bookmark, or by its heading line when Word or
// LibreOffice dropped the bookmark.
import type { ContributionTicket, Person } from '../collab/model';
import { stripMarks } from '../collab/marks';
import { publicDraft } from '../collab/public-draft';
import type { RenderContext } from '../docx/context';
import { fullDate } from '../docx/dates';
import { exportDocx, type BodyLayout } from '../docx/export-docx';
import { defaultExportOptions } from '../docx/options';
import { documentOutline, type OutlineSection } from '../docx/outline';
import { runPropertiesXml, textRunXml } from '../docx/wml';
import type { Draft, Section } from '../model/draft';
import { escapeXml } from '../ooxml/xml/escape';
import { appendToParagraph, bookmarkNames } from '../word-file/bookmarks';
import { ticketParts, wordTicket, type WordSectionMarker } from './word-ticket';
import { BAR_COLOURS, contributionTexts, fill, type ContributionTexts } from './word-texts';

function personLine(person: Person): string {
  const name = person.name.trim();
  const organisation = person.organisation.trim();
  return name && organisation ? `${name} (${organisation})` : name || organisation;
}

function barParagraph(
  ctx: RenderContext,
  colours: { fill: string; border: string },
  text: string,
  { bold = true, keepNext = true, bookmark = '' } = {},
): string {
  const side = (edge: string) => `<w:${edge} w:val="single" w:sz="6" w:space="1" w:color="${colours.border}"/>`;
  const properties =
    (keepNext ? '<w:keepNext/>' : '') +
    `<w:pBdr>${['top', 'left', 'bottom', 'right'].map(side).join('')}</w:pBdr>` +
    `<w:shd w:val="clear" w:color="auto" w:fill="${colours.fill}"/>` +
    (ctx.profile.rtl ? '<w:bidi/>' : '');
  const run = textRunXml(runPropertiesXml({ bold }, ctx.language, ctx.profile.rtl), text);
  return `<w:p><w:pPr>${properties}</w:pPr>${bookmark}${run}</w:p>`;
}

function coverParagraphs(
  ticket: ContributionTicket,
  copy: Draft,
  texts: ContributionTexts,
  askedNames: string[],
  ctx: RenderContext,
): string[] {
  const from = personLine(ticket.from) || copy.fields.submitter.trim();
  const lines = [
    fill(texts.draft, { title: copy.fields.title.trim(), from }),
    fill(texts.to, { to: personLine(ticket.to) }),
    ticket.request.trim() ? fill(texts.request, { request: ticket.request.trim() }) : '',
    fill(texts.sections, { sections: askedNames.join(ctx.profile.listSeparator) }),
    ticket.due ? fill(texts.due, { due: fullDate(ticket.due, ctx.profile.dateLocale) }) : '',
    fill(texts.howTo, { from }),
    ticket.others === 'omitted' ? texts.omitted : texts.others,
  ].filter((line) => line !== '');
  const colours = BAR_COLOURS.cover;
  return [
    barParagraph(ctx, colours, texts.heading),
    ...lines.map((line, index) =>
      barParagraph(ctx, colours, line, { bold: false, keepNext: index < lines.length - 1 }),
    ),
  ];
}

/** The sections the file shows: the asked ones, and the others unless the sender left them out. */
function shownSections(copy: Draft, ticket: ContributionTicket): Section[] {
  const asked = new Set(ticket.sections);
  const shown = copy.sections.filter((section) => ticket.others === 'read-only' || asked.has(section.id));
  // An asked section the copy lacks is written from the base it was sent with.
  const missing = ticket.base.filter((base) => asked.has(base.id) && !shown.some((s) => s.id === base.id));
  return [...shown, ...missing];
}

export async function contributionDocx(copy: Draft, env: { now: Date }): Promise<Uint8Array> {
  const ticket = copy.contribution;
  if (!ticket)
    throw new Error('contributionDocx: the draft is not a contributor’s copy (it has no contribution ticket)');
  const texts = contributionTexts(copy.language);
  const asked = new Set(ticket.sections);
  const draft = publicDraft({ ...copy, sections: shownSections(copy, ticket) });
  // Every asked section is written, even with no text yet: the contributor writes in it.
  const options = { ...defaultExportOptions(), includeEmptySections: true };
  const outline = documentOutline(draft, options);
  const names = bookmarkNames(outline.sections.map(({ section }) => section.id));
  const markers = new Map<string, WordSectionMarker>(
    outline.sections.map(({ section, heading }, index) => [
      section.id,
      { id: section.id, bookmark: names[index]!, heading: heading?.text.trim() ?? '', asked: asked.has(section.id) },
    ]),
  );
  const askedNames = outline.sections
    .filter(({ section }) => asked.has(section.id))
    .map(({ section, heading }) => section.heading.trim() || heading?.text.trim() || copy.fields.title.trim());

  let bookmarkId = 0;
  const layout: BodyLayout = {
    top: (ctx) => coverParagraphs(ticket, copy, texts, askedNames, ctx),
    section: ({ section, heading }: OutlineSection, paragraphs, ctx) => {
      const marker = markers.get(section.id)!;
      const id = ++bookmarkId;
      const start = `<w:bookmarkStart w:id="${id}" w:name="${escapeXml(marker.bookmark)}"/>`;
      const bar = marker.asked
        ? barParagraph(ctx, BAR_COLOURS.asked, texts.asked, { bookmark: start })
        : barParagraph(ctx, BAR_COLOURS.reference, texts.reference, { bookmark: start });
      const body = [...paragraphs];
      // An asked section with no text yet gets an empty paragraph to write in.
      if (marker.asked && body.length <= (heading ? 1 : 0)) body.push('<w:p/>');
      const last = body.length - 1;
      const end = `<w:bookmarkEnd w:id="${id}"/>`;
      if (last < 0) return [appendToParagraph(bar, end)];
      body[last] = appendToParagraph(body[last]!, end);
      return [bar, ...body];
    },
    // The date line is the lead's to write; after the last section it would read as its text.
    closing: false,
  };
  // Marks on the base (who wrote what in the lead's draft) are the lead's review data: the diff
  // the merge runs does not read them, so the file carries the base without them.
  const base = ticket.base.map((section) => ({ ...section, content: stripMarks(section.content) }));
  const data = wordTicket({ ...ticket, base }, copy.language, [...markers.values()]);
  return exportDocx(draft, options, { now: env.now }, { layout, related: ticketParts(data) });
}
