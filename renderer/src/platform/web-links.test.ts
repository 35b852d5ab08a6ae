// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebApi } from './web';

afterEach(() => vi.restoreAllMocks());

describe('web build: opening links', () => {
  it('opens a mail link without its attach field, and refuses unsafe links', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    const api = createWebApi('test');
    expect(await api.openExternal('mailto:desk@examplia.example?ATTACHMENT=/etc/passwd&subject=Norms')).toBe(true);
    expect(open).toHaveBeenCalledWith('mailto:desk@examplia.example?subject=Norms', '_blank', 'noopener,noreferrer');
    expect(await api.openExternal('javascript:alert(1)')).toBe(false);
    expect(open).toHaveBeenCalledTimes(1);
  });
});
