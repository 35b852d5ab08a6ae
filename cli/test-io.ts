// An io for tests: real files, captured output.
import { nodeIo, type CliIo } from './io';

export interface CapturedIo extends CliIo {
  out: string[];
  err: string[];
}

export function captureIo(): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return { ...nodeIo, out, err, stdout: (line) => void out.push(line), stderr: (line) => void err.push(line) };
}
