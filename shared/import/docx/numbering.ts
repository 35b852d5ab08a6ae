// Mammoth keeps only "ordered or not" from a list's numbering format, so a./b./c. lists would come
// out as 1./2./3. The importer therefore reads word/numbering.xml itself: every list level whose
// format is a letter gets a paragraph-style marker (or its own style id is recorded), which the
// mammoth document transform then finds on each list paragraph (see mammoth.ts).
//
// Mammoth also forgets which numbering instance (w:num) a paragraph belongs to, so a lettered
// list that a paragraph interrupts would start again at a. Each instance with lettered levels
// therefore gets its own copy of its abstract numbering, whose levels carry a marker naming the
// instance, the level and its start (listMarker): the transform counts the items of each and
// gives the list after the interruption its letter (c., d.).

/** The paragraph-style id added to lettered list levels that have none. */
export const LETTERED_STYLE_ID = 'NormsDrafterLetteredList';
/** The prefix of the markers of an instance's other (not lettered) levels, which restart the levels below them. */
const LEVEL_STYLE_PREFIX = 'NormsDrafterListLevel';

export interface LetteredNumbering {
  /** numbering.xml with the marker added. */
  xml: string;
  /** Paragraph-style ids that identify lettered list levels (always includes LETTERED_STYLE_ID). */
  letteredStyleIds: Set<string>;
}

/** What a level's marker says: its numbering instance, its level and the number it starts at. */
export interface ListMarker {
  instance: string;
  level: number;
  start: number;
  lettered: boolean;
}

const LEVEL = /<w:lvl\b[^>]*?(\/?)>([\s\S]*?)<\/w:lvl>/g;
// Arabic documents letter their lists أ، ب، ج (abjad) or أ، ب، ت (alphabetical).
const LETTER_FORMAT = /<w:numFmt\b[^>]*\bw:val\s*=\s*["'](lowerLetter|upperLetter|arabicAbjad|arabicAlpha)["']/;
const PARAGRAPH_STYLE = /<w:pStyle\b[^>]*\bw:val\s*=\s*["']([^"']{1,255})["']/;
const ABSTRACT = /<w:abstractNum\b[^>]*?\bw:abstractNumId\s*=\s*["']([^"']{1,64})["'][^>]*>[\s\S]*?<\/w:abstractNum>/g;
const INSTANCE = /<w:num\b[^>]*?\bw:numId\s*=\s*["']([0-9]{1,9})["'][^>]*>([\s\S]*?)<\/w:num>/g;
const ABSTRACT_REF = /<w:abstractNumId\b[^>]*\bw:val\s*=\s*["']([^"']{1,64})["']/;
const LEVEL_INDEX = /\bw:ilvl\s*=\s*["'](\d{1,2})["']/;
const START = /<w:start\b[^>]*\bw:val\s*=\s*["'](\d{1,6})["']/;
const OVERRIDE = /<w:lvlOverride\b[^>]*?\bw:ilvl\s*=\s*["'](\d{1,2})["'][^>]*>([\s\S]*?)<\/w:lvlOverride>/g;
const START_OVERRIDE = /<w:startOverride\b[^>]*\bw:val\s*=\s*["'](\d{1,6})["']/;
const MARKER = new RegExp(`^(?:${LETTERED_STYLE_ID}|${LEVEL_STYLE_PREFIX})-(\\d{1,9})-(\\d{1,2})-(\\d{1,6})$`);
/** Instances given their own copy at most; past it, lists keep only their letters (a hostile file stays small). */
const MAX_COPIES = 500;

/** The instance, level and start a paragraph's list marker names; null for any other style id. */
export function listMarker(styleId: string): ListMarker | null {
  const match = MARKER.exec(styleId);
  if (!match) return null;
  return {
    instance: match[1]!,
    level: Number(match[2]),
    start: Number(match[3]),
    lettered: styleId.startsWith(`${LETTERED_STYLE_ID}-`),
  };
}

const withStyle = (level: string, id: string) => {
  const open = level.indexOf('>') + 1;
  return `${level.slice(0, open)}<w:pStyle w:val="${id}"/>${level.slice(open)}`;
};

export function markLetteredLevels(xml: string): LetteredNumbering {
  const letteredStyleIds = new Set<string>([LETTERED_STYLE_ID]);
  const lettered = (body: string) => LETTER_FORMAT.test(body);
  const marked = xml.replace(LEVEL, (whole: string, selfClosing: string, body: string) => {
    if (selfClosing || !lettered(body)) return whole;
    const existing = PARAGRAPH_STYLE.exec(body);
    if (existing) {
      letteredStyleIds.add(existing[1]!);
      return whole;
    }
    return withStyle(whole, LETTERED_STYLE_ID);
  });
  // The abstract numberings that hold lettered levels with no style of their own, by id, unmarked.
  const abstracts = new Map<string, string>();
  for (const match of xml.matchAll(ABSTRACT)) {
    const levels = [...match[0].matchAll(LEVEL)];
    if (levels.some(([, closed, body]) => !closed && lettered(body!) && !PARAGRAPH_STYLE.test(body!)))
      abstracts.set(match[1]!, match[0]);
  }
  if (abstracts.size === 0) return { xml: marked, letteredStyleIds };

  const copies: string[] = [];
  const rewritten = marked.replace(INSTANCE, (whole: string, numId: string, body: string) => {
    const abstractId = ABSTRACT_REF.exec(body)?.[1];
    const abstract = abstractId === undefined ? undefined : abstracts.get(abstractId);
    if (abstract === undefined || copies.length >= MAX_COPIES) return whole;
    const overrides = new Map<string, number>();
    for (const [, ilvl, inner] of body.matchAll(OVERRIDE)) {
      const start = START_OVERRIDE.exec(inner!)?.[1];
      if (start !== undefined) overrides.set(ilvl!, Number(start));
    }
    const copyId = `${abstractId}-${numId}`;
    copies.push(
      abstract
        .replace(/\bw:abstractNumId\s*=\s*["'][^"']*["']/, `w:abstractNumId="${copyId}"`)
        .replace(LEVEL, (level: string, closed: string, levelBody: string) => {
          if (closed || PARAGRAPH_STYLE.test(levelBody)) return level;
          const ilvl = LEVEL_INDEX.exec(level)?.[1] ?? '0';
          const start = overrides.get(ilvl) ?? Number(START.exec(levelBody)?.[1] ?? '1');
          const prefix = lettered(levelBody) ? LETTERED_STYLE_ID : LEVEL_STYLE_PREFIX;
          const id = `${prefix}-${numId}-${ilvl}-${start}`;
          if (prefix === LETTERED_STYLE_ID) letteredStyleIds.add(id);
          return withStyle(level, id);
        }),
    );
    return whole.replace(ABSTRACT_REF, (ref) => ref.replace(/w:val\s*=\s*["'][^"']*["']/, `w:val="${copyId}"`));
  });
  // The copies go before the first instance, where abstract numberings belong.
  const at = rewritten.search(/<w:num\b/);
  return {
    xml: at < 0 ? rewritten : `${rewritten.slice(0, at)}${copies.join('')}${rewritten.slice(at)}`,
    letteredStyleIds,
  };
}
