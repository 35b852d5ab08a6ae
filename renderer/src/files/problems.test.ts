import { describe, expect, it } from 'vitest';
import { FileFormatError } from '../../../shared/format/file-format-error';
import { parseNormdraft } from '../../../shared/format/normdraft';
import { StorageError } from '../storage/errors';
import { openProblem, saveProblem } from './problems';

function problemOf(text: string) {
  try {
    parseNormdraft(text);
  } catch (error) {
    return openProblem(error);
  }
  throw new Error('parsed');
}

describe('file problems', () => {
  it('tells a truncated file, another kind of file, a newer version and a hostile draft apart', () => {
    expect(problemOf('{"format":"norms-drafter","version":1,"draft":{"id":').code).toBe('not-json');
    expect(problemOf('{"hello":"world"}').code).toBe('wrong-format');
    expect(problemOf('{"format":"norms-drafter","version":7,"draft":{}}').code).toBe('unsupported-version');
    expect(problemOf('{"format":"norms-drafter","version":1,"draft":{"__proto__":{"x":1}}}').code).toBe('invalid');
    expect(openProblem(new FileFormatError('too-large', 'x'))).toEqual({ code: 'too-large', params: { limit: 32 } });
  });

  it('blames the browser storage, not the file, when adding the draft fails', () => {
    expect(openProblem(new StorageError('invalid-content', 'exists')).code).toBe('storage');
    expect(openProblem(Object.assign(new Error('full'), { name: 'QuotaExceededError' })).code).toBe('storageFull');
    expect(openProblem(new TypeError('odd')).code).toBe('unknown');
  });

  it('explains a failed save', () => {
    expect(saveProblem(new FileFormatError('invalid', 'bad')).code).toBe('saveInvalid');
    expect(saveProblem(new StorageError('not-found', 'gone')).code).toBe('readDraft');
    expect(saveProblem(new Error('disk unplugged'))).toEqual({ code: 'write', params: { message: 'disk unplugged' } });
  });
});
