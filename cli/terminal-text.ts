// Everything the command line prints passes through here: document text, file names and error
// messages come from files anyone may have written, and a terminal obeys control sequences in
// them (move the cursor, rewrite lines, set the window title, write to the clipboard, OSC 8
// links). Removed: escape sequences (CSI, OSC, DCS, SOS, PM, APC and two-character ones, in their
// 7-bit and 8-bit forms), every other C0 control but tab and line feed (carriage return and
// backspace rewrite what is shown), DEL and the C1 controls. Bidirectional formatting characters
// are kept: Arabic text needs them, and they only reorder text within its own line.
import type { CliIo } from './io';

/* eslint-disable no-control-regex -- finding control characters is what this module is for */
// ESC or an 8-bit introducer, then the sequence's body up to its terminator (BEL, ST or ESC \).
const STRING_SEQUENCE =
  /(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u009c\u001b]*(?:\u0007|\u009c|\u001b\\)?/g;
const CSI_SEQUENCE = /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?/g;
const ESCAPE_SEQUENCE = /\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/* eslint-enable no-control-regex */

/** The text without anything a terminal would act on instead of showing. */
export function terminalSafe(text: string): string {
  return text.replace(STRING_SEQUENCE, '').replace(CSI_SEQUENCE, '').replace(ESCAPE_SEQUENCE, '').replace(CONTROLS, '');
}

/** The same io, printing only terminal-safe text (given to every command by runCli). */
export function terminalSafeIo(io: CliIo): CliIo {
  return { ...io, stdout: (line) => io.stdout(terminalSafe(line)), stderr: (line) => io.stderr(terminalSafe(line)) };
}
