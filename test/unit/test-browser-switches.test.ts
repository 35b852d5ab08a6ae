// The end-to-end tests and the bench drive Chromium as the desktop app runs it. Chromium keeps
// only the last --disable-features it is given, so a second one would drop the first's features
// without a word.
import { describe, expect, it } from 'vitest';
import { DISABLED_FEATURES } from '../../electron/engine-switches';
import { chromiumArgs } from '../../playwright.config';

const disabledFeatures = (args: string[]) => {
  const lists = args.filter((arg) => arg.startsWith('--disable-features='));
  expect(lists).toHaveLength(1);
  return lists[0]!.slice('--disable-features='.length).split(',');
};

describe("the tests' Chromium", () => {
  it("runs with the desktop app's engine switches, in its one list of disabled features", () => {
    expect(disabledFeatures(chromiumArgs())).toEqual(expect.arrayContaining([...DISABLED_FEATURES]));
  });

  it('has no address bar popups, with or without the engine switches', () => {
    for (const args of [chromiumArgs(), chromiumArgs({ engine: false })]) {
      expect(disabledFeatures(args)).toEqual(expect.arrayContaining(['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup']));
    }
    expect(disabledFeatures(chromiumArgs({ engine: false }))).not.toContain(DISABLED_FEATURES[0]);
  });
});
