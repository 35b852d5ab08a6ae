// npx tsx bench/compare-style.ts '<css rules>' [section id] [rounds] [--no-build]: whether a style
// change makes typing faster. Separate runs compare badly on a machine whose speed drifts by half
// within minutes; here one page of the large draft is typed in by stretches that take turns: the
// app as built, the same again, and the app with the rules added, in an order that turns each
// round, so the drift falls on the three alike. The two stretches of the app as built differ only
// by chance: their difference is printed as the noise the change's gain must stand out from.
import { buildWeb } from './lib/build';
import { launchBrowser } from './lib/browser';
import { seedLibrary } from './lib/seed-library';
import { serveApp } from './lib/server';
import { median, percentile } from './lib/stats';
import {
  caretInMiddle,
  MIDDLE_NORM_SECTION,
  openSection,
  proseKeys,
  sectionUrl,
  setTrialStyle,
  typeMeasured,
} from './cases/pages';

// Flags may come anywhere: the rest are the rules, the section and the rounds, in that order.
const [rules, sectionId = MIDDLE_NORM_SECTION, roundsArg = '8'] = process.argv
  .slice(2)
  .filter((arg) => !arg.startsWith('--'));
const rounds = Number(roundsArg);
if (!rules || !(rounds > 0)) {
  console.error("usage: npx tsx bench/compare-style.ts '<css rules>' [section id] [rounds] [--no-build]");
  process.exit(2);
}
const KEYS_PER_STRETCH = 40;

const stretches = [
  { name: 'as built', rules: '' },
  { name: 'as built, again', rules: '' },
  { name: 'with the rules', rules },
];

if (!process.argv.includes('--no-build')) await buildWeb();
const site = await serveApp();
const context = await launchBrowser();
try {
  await seedLibrary(context, site.url);
  const { page } = await openSection(context, sectionUrl(site.url, sectionId));
  await caretInMiddle(page);
  await page.waitForTimeout(1500);
  const latencies = stretches.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    const order = stretches.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) {
      await setTrialStyle(page, stretches[i]!.rules);
      // The caret's line back in the middle of the view whatever the rules moved.
      await page.evaluate(() => getSelection()?.anchorNode?.parentElement?.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(400);
      latencies[i]!.push(...(await typeMeasured(page, proseKeys(KEYS_PER_STRETCH))).keydown);
    }
  }
  console.log(`Keydown to presented frame (Event Timing), ${rounds} stretches of ${KEYS_PER_STRETCH} keys each:`);
  for (const [i, stretch] of stretches.entries())
    console.log(
      `  ${stretch.name.padEnd(16)} median ${median(latencies[i]!).toFixed(1)} ms, p95 ${percentile(latencies[i]!, 95).toFixed(1)} ms`,
    );
  const [built, again, changed] = latencies as [number[], number[], number[]];
  const both = [...built, ...again];
  console.log(
    `  noise (as built against itself): median ${Math.abs(median(built) - median(again)).toFixed(1)} ms, p95 ${Math.abs(percentile(built, 95) - percentile(again, 95)).toFixed(1)} ms; ` +
      `the rules against both: median ${(median(changed) - median(both)).toFixed(1)} ms, p95 ${(percentile(changed, 95) - percentile(both, 95)).toFixed(1)} ms`,
  );
} finally {
  await context.close();
  await site.close();
}
