import { describe, expect, it } from 'vitest';
import { defaultExportOptions, MAX_HEADER_LINE_CHARS, parseExportOptions } from './options';

describe('parseExportOptions', () => {
  it('keeps every valid choice', () => {
    const chosen = {
      includeEmptySections: true,
      headingForm: 'short',
      headerLine: 'Unclassified',
      authorMode: 'empty',
      timestamps: 'omit',
    } as const;
    expect(parseExportOptions(chosen)).toEqual(chosen);
  });

  it('falls back to the default for each missing or wrong field', () => {
    expect(parseExportOptions(null)).toEqual(defaultExportOptions());
    expect(parseExportOptions({ headingForm: 'long', authorMode: 42, includeEmptySections: 'yes' })).toEqual(
      defaultExportOptions(),
    );
    expect(parseExportOptions(JSON.parse('{"__proto__": {"headingForm": "short"}}'))).toEqual(defaultExportOptions());
  });

  it('leaves empty sections out unless asked, whatever an older version remembered', () => {
    expect(defaultExportOptions().includeEmptySections).toBe(false);
    expect(parseExportOptions({ includeEmptyNorms: true }).includeEmptySections).toBe(false);
  });

  it('keeps the header line to one short line', () => {
    expect(parseExportOptions({ headerLine: '  For\nofficial   use ' }).headerLine).toBe('For official use');
    expect(parseExportOptions({ headerLine: 'x'.repeat(1000) }).headerLine).toHaveLength(MAX_HEADER_LINE_CHARS);
  });
});
