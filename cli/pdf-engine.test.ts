// The CLI's pdf.js (its legacy build) brings spec fill-ins for built-ins Node already has; they
// are slower than Node's own, and every array and the .normdraft writing of an import used them.
import { describe, expect, it } from 'vitest';
import { nodePdfEngine } from './pdf-engine';

describe('the command line’s PDF engine', () => {
  it('keeps Node’s own Array#push, JSON.stringify and JSON.parse once pdf.js is loaded', async () => {
    const before = [Array.prototype.push, JSON.stringify, JSON.parse];
    await nodePdfEngine();
    expect([Array.prototype.push, JSON.stringify, JSON.parse]).toEqual(before);
    expect(Array.prototype.push.toString()).toContain('[native code]');
  });
});
