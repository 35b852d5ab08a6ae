// Limits on the XML parts of a DOCX, checked while they are inflated, before mammoth builds
// anything: a small archive can unpack into tens of megabytes of XML, hundreds of thousands of
// tiny elements (mammoth's tree costs about 2 KB each) or elements nested so deep that the
// converter runs out of stack. Word documents nest a few dozen levels; a long submission holds a
// few tens of thousands of elements and a few megabytes of XML.
//
// The scanner is a real XML tokenizer (attribute values may hold ">" and "/", comments, CDATA
// sections and processing instructions may hold anything) fed the inflated bytes chunk by chunk,
// so that a trick cannot hide nesting from it and the limits stop the inflation itself. It reads
// bytes, not text: markup is ASCII, and no byte of a multi-byte UTF-8 character is ASCII. A DTD or any other markup
// declaration is refused: Word never writes one, and entities are how XML files explode or read
// other files.
import { ImportError } from '../errors';

export const XML_LIMITS = {
  maxDepth: 128,
  /** Elements in all the parts read, together. */
  maxElements: 100_000,
  /** Bytes of XML in all the parts read, together. */
  maxBytes: 25 * 1024 * 1024,
} as const;

export interface XmlBudget {
  elements: number;
  bytes: number;
}

export function newXmlBudget(): XmlBudget {
  return { elements: XML_LIMITS.maxElements, bytes: XML_LIMITS.maxBytes };
}

const enum State {
  Text,
  Open, // just after "<"
  StartTag,
  Quoted,
  EndTag,
  Bang, // after "<!", deciding between a comment, CDATA and a declaration
  Comment,
  Cdata,
  Instruction,
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const BRACKET = 0x5d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

export const tooMuchXml = () =>
  new ImportError('docx-too-much-content', { limit: XML_LIMITS.maxBytes / (1024 * 1024) });

export class XmlShapeScanner {
  private state = State.Text;
  private depth = 0;
  private quote = 0;
  /** The previous character, inside a start tag ("/" before ">" closes it at once). */
  private slash = false;
  /** Characters after "<!" so far, or the run of "-", "]" or "?" before a possible end. */
  private marker = '';
  private run = 0;

  constructor(private readonly budget: XmlBudget) {}

  /** Scans the next piece of the part; throws ImportError when a limit is passed. */
  push(text: Uint8Array): void {
    this.budget.bytes -= text.length;
    if (this.budget.bytes < 0) throw tooMuchXml();
    const length = text.length;
    for (let i = 0; i < length; i++) {
      switch (this.state) {
        case State.Text: {
          const lt = text.indexOf(LT, i);
          if (lt < 0) return;
          i = lt;
          this.state = State.Open;
          break;
        }
        case State.Open: {
          const c = text[i]!;
          if (c === SLASH) this.state = State.EndTag;
          else if (c === BANG) {
            this.state = State.Bang;
            this.marker = '';
          } else if (c === QUESTION) {
            this.state = State.Instruction;
            this.run = 0;
          } else {
            if (--this.budget.elements < 0) throw tooMuchXml();
            this.state = State.StartTag;
            this.slash = false;
          }
          break;
        }
        case State.StartTag: {
          const c = text[i]!;
          if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
            this.quote = c;
            this.state = State.Quoted;
          } else if (c === GT) {
            if (!this.slash && ++this.depth > XML_LIMITS.maxDepth)
              throw new ImportError('docx-too-deep', { limit: XML_LIMITS.maxDepth });
            this.state = State.Text;
          }
          this.slash = c === SLASH;
          break;
        }
        case State.Quoted: {
          const close = text.indexOf(this.quote, i);
          if (close < 0) return;
          i = close;
          this.state = State.StartTag;
          this.slash = false;
          break;
        }
        case State.EndTag: {
          const gt = text.indexOf(GT, i);
          if (gt < 0) return;
          i = gt;
          this.depth--;
          this.state = State.Text;
          break;
        }
        case State.Bang: {
          this.marker += String.fromCharCode(text[i]!);
          if (this.marker === '--') {
            this.state = State.Comment;
            this.run = 0;
          } else if (this.marker === '[CDATA[') {
            this.state = State.Cdata;
            this.run = 0;
          } else if (!'--'.startsWith(this.marker) && !'[CDATA['.startsWith(this.marker))
            throw new ImportError('docx-unsafe');
          break;
        }
        case State.Comment:
          i = this.untilEnd(text, i, DASH, 2);
          break;
        case State.Cdata:
          i = this.untilEnd(text, i, BRACKET, 2);
          break;
        case State.Instruction:
          i = this.untilEnd(text, i, QUESTION, 1);
          break;
      }
    }
  }

  /** Call after the last piece: an unfinished tag is left to the XML reader to report. */
  end(): void {
    this.state = State.Text;
  }

  /** Skips to the ">" that follows at least `needed` of `closer` ("-->", "]]>", "?>"). */
  private untilEnd(text: Uint8Array, from: number, closer: number, needed: number): number {
    for (let i = from; i < text.length; i++) {
      const c = text[i]!;
      if (c === GT && this.run >= needed) {
        this.state = State.Text;
        return i;
      }
      this.run = c === closer ? this.run + 1 : 0;
    }
    return text.length;
  }
}

/** Checks a whole part at once (tests, and parts that are stored rather than deflated). */
export function checkXmlShape(xml: string, budget: XmlBudget = newXmlBudget()): void {
  const scanner = new XmlShapeScanner(budget);
  scanner.push(new TextEncoder().encode(xml));
  scanner.end();
}
