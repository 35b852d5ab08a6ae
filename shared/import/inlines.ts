// Building inline content the same way for every reader: adjacent runs with the same format merge,
// and links are kept only when safeUrl accepts them (http, https, mailto); others keep their text.
import { safeUrl } from '../security/links';
import type { Inline, TextRun } from './ir';
import type { WarningLog } from './warnings';

export interface RunFormat {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

function sameFormat(a: RunFormat, b: RunFormat): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline;
}

export function textRun(text: string, format: RunFormat = {}): TextRun {
  const run: TextRun = { kind: 'text', text };
  if (format.bold) run.bold = true;
  if (format.italic) run.italic = true;
  if (format.underline) run.underline = true;
  return run;
}

/** Appends text, merging with the previous run when the format is the same. */
export function appendText(out: Inline[] | TextRun[], text: string, format: RunFormat = {}): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.kind === 'text' && sameFormat(last, format)) last.text += text;
  else (out as Inline[]).push(textRun(text, format));
}

/** Appends inline content, merging text runs into the previous one where the format allows. */
export function pushInlines(out: Inline[], inlines: readonly Inline[]): void {
  for (const inline of inlines) {
    if (inline.kind === 'text') appendText(out, inline.text, inline);
    else out.push(inline);
  }
}

/**
 * A link with the given text runs, or just the runs when the target is not kept: in-document
 * anchors (a table of contents) silently, anything that is not a web or e-mail address with a warning.
 */
export function linkOrText(rawUrl: string, children: TextRun[], log: WarningLog): Inline[] {
  const trimmed = rawUrl.trim();
  if (children.length === 0) return []; // e.g. a link around an image that was left out
  if (trimmed.startsWith('#')) {
    log.count('internal-links-removed');
    return children;
  }
  const url = safeUrl(trimmed);
  if (url === null) {
    log.add('unsafe-link-dropped', { url: trimmed.length > 120 ? `${trimmed.slice(0, 117)}...` : trimmed });
    return children;
  }
  return [{ kind: 'link', url, children }];
}

/** Removes leading and trailing white space of a paragraph's content. */
export function trimInlines(inlines: Inline[]): Inline[] {
  const out = inlines.slice();
  while (out.length > 0) {
    const first = out[0]!;
    if (first.kind === 'break') out.shift();
    else if (first.kind === 'text' && first.text.trim() === '') out.shift();
    else {
      if (first.kind === 'text') out[0] = { ...first, text: first.text.replace(/^\s+/u, '') };
      break;
    }
  }
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    if (last.kind === 'break') out.pop();
    else if (last.kind === 'text' && last.text.trim() === '') out.pop();
    else {
      if (last.kind === 'text') out[out.length - 1] = { ...last, text: last.text.replace(/\s+$/u, '') };
      break;
    }
  }
  return out;
}

export function hasContent(inlines: readonly Inline[]): boolean {
  return inlines.some(
    (inline) =>
      inline.kind === 'footnote' || inline.kind === 'link' || (inline.kind === 'text' && inline.text.trim() !== ''),
  );
}
