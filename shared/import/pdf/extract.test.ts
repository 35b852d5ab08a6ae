import { describe, expect, it } from 'vitest';
import { plainForms } from './extract';

describe('text of a PDF item', () => {
  it('writes ligatures and Arabic presentation forms as their letters, and leaves other text alone', () => {
    expect(plainForms('\ufb01nance and e\ufb03cient')).toBe('finance and efficient');
    expect(plainForms('\ufefb')).toBe('\u0644\u0627');
    expect(plainForms('（负责任）¹ “Examplia”')).toBe('（负责任）¹ “Examplia”');
  });
});
