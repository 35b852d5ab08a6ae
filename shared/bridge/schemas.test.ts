import { describe, expect, expectTypeOf, it } from 'vitest';
import type { OpenFileRequest, SaveFileRequest } from './api';
import {
  BRIDGE_LIMITS,
  BridgeArgumentError,
  findForbiddenKey,
  parseBridgeArguments,
  type BridgeArguments,
} from './schemas';

const docxFilter = { name: 'Word document', extensions: ['docx'] };
const saveRequest = (overrides: Record<string, unknown> = {}) => ({
  suggestedName: 'Examplia non-paper.docx',
  filters: [docxFilter],
  data: new Uint8Array([80, 75, 3, 4]),
  ...overrides,
});

describe('bridge argument schemas', () => {
  it('describe what the API types promise', () => {
    // Both directions: nothing the types allow is refused and nothing extra is accepted.
    // (Plain assignments: expectTypeOf cannot compare Uint8Array's overloaded methods.)
    const honest: SaveFileRequest = saveRequest() as SaveFileRequest;
    const parsed: BridgeArguments<'saveFile'>[0] = honest;
    const back: SaveFileRequest = parsed;
    expect(back).toBe(honest);
    expectTypeOf<BridgeArguments<'openFile'>[0]>().toEqualTypeOf<OpenFileRequest>();
    expectTypeOf<BridgeArguments<'openExternal'>>().toEqualTypeOf<[string]>();
  });

  it('accept well-formed calls', () => {
    const [request] = parseBridgeArguments('saveFile', [saveRequest()]);
    expect(request.suggestedName).toBe('Examplia non-paper.docx');
    expect(parseBridgeArguments('openFile', [{ filters: [docxFilter], maxBytes: 1024 }])[0].maxBytes).toBe(1024);
    expect(parseBridgeArguments('getAppInfo', [])).toEqual([]);
    expect(parseBridgeArguments('setUiLanguage', ['ar'])).toEqual(['ar']);
  });

  it('refuse wrong types, missing and extra arguments', () => {
    const bad: [Parameters<typeof parseBridgeArguments>[0], unknown][] = [
      ['saveFile', [saveRequest({ data: 'not bytes' })]],
      ['saveFile', [saveRequest({ data: [1, 2, 3] })]],
      ['saveFile', []],
      ['saveFile', [saveRequest(), 'extra']],
      ['openFile', [{ filters: [docxFilter], maxBytes: '10' }]],
      ['openFile', [{ filters: [docxFilter], maxBytes: -1 }]],
      ['openFile', [{ filters: [docxFilter], maxBytes: 1.5 }]],
      ['openFile', [{ filters: 'docx', maxBytes: 10 }]],
      ['openExternal', [42]],
      ['setUiLanguage', ['de']],
      ['getAppInfo', ['anything']],
      ['getAppInfo', 'not a list'],
    ];
    for (const [method, args] of bad) {
      expect(() => parseBridgeArguments(method, args), `${method} ${String(args)}`).toThrow(BridgeArgumentError);
    }
  });

  it('refuse extra keys, including prototype keys', () => {
    expect(() => parseBridgeArguments('saveFile', [saveRequest({ path: '/tmp/x' })])).toThrow(/Refused saveFile/);
    const polluted = JSON.parse('{"filters":[],"maxBytes":10,"__proto__":{"isAdmin":true}}');
    expect(() => parseBridgeArguments('openFile', [polluted])).toThrow(/forbidden key __proto__/);
    const nested = JSON.parse('{"filters":[{"name":"x","extensions":["a"],"constructor":{}}],"maxBytes":10}');
    expect(() => parseBridgeArguments('openFile', [nested])).toThrow(/forbidden key constructor/);
  });

  it('refuse huge strings, oversized data and unsafe names', () => {
    expect(() => parseBridgeArguments('openExternal', [`https://example.org/${'a'.repeat(10_000)}`])).toThrow(
      BridgeArgumentError,
    );
    expect(() => parseBridgeArguments('saveFile', [saveRequest({ suggestedName: 'n'.repeat(1_000_000) })])).toThrow(
      BridgeArgumentError,
    );
    expect(() => parseBridgeArguments('saveFile', [saveRequest({ suggestedName: '../../etc/passwd' })])).toThrow(
      /plain file name/,
    );
    const oversized = new Uint8Array(BRIDGE_LIMITS.maxFileBytes + 1);
    expect(() => parseBridgeArguments('saveFile', [saveRequest({ data: oversized })])).toThrow(/exceeds/);
    expect(() => parseBridgeArguments('openFile', [{ filters: [], maxBytes: BRIDGE_LIMITS.maxFileBytes + 1 }])).toThrow(
      BridgeArgumentError,
    );
    const manyFilters = Array.from({ length: 50 }, () => docxFilter);
    expect(() => parseBridgeArguments('openFile', [{ filters: manyFilters, maxBytes: 10 }])).toThrow(
      BridgeArgumentError,
    );
  });

  it('finds forbidden keys at any depth and refuses values nested too deeply', () => {
    expect(findForbiddenKey({ a: [{ b: JSON.parse('{"__proto__":1}') }] })).toBe('__proto__');
    expect(findForbiddenKey({ prototype: 1 })).toBe('prototype');
    let deep: unknown = 'leaf';
    for (let i = 0; i < 20; i += 1) deep = { next: deep };
    expect(findForbiddenKey(deep)).toBe('(nested too deeply)');
    expect(findForbiddenKey(new Uint8Array(10))).toBeNull();
  });
});
