// One line of plain text in one of the house styles: a title block line, a heading, the date line.
export interface OutlineLine {
  style: string;
  text: string;
}

/** Blank lines are left out, as the writer leaves out blank paragraphs. */
export function outlineLine(text: string, style: string): OutlineLine[] {
  const trimmed = text.trim();
  return trimmed ? [{ style, text: trimmed }] : [];
}
