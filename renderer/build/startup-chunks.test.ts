import { describe, expect, it } from 'vitest';
import { startupChunkNames } from './startup-chunks';
import { fakeBundle } from './testing/fake-bundle';

describe('start-up chunks', () => {
  it('are the entry, the UI texts, React and the screens it loads in later steps (in chunks of their own or not), and what they import, directly or not', () => {
    expect(startupChunkNames(fakeBundle())).toEqual([
      'assets/first-screen.js',
      'assets/index.js',
      'assets/react-dom.js',
      'assets/react-runtime.js',
      'assets/react.js',
      'assets/runtime.js',
      'assets/startup-texts.js',
      'assets/storage.js',
    ]);
  });

  it('leave out a screen and a language loaded when first used', () => {
    const names = startupChunkNames(fakeBundle());
    expect(names).not.toContain('assets/TrashScreen.js');
    expect(names).not.toContain('assets/fr.js');
  });
});
