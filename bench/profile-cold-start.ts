// npx tsx bench/profile-cold-start.ts [runs] [--no-build]: where a cold start's main-thread time
// goes. Builds and seeds as `npm run bench` does, then makes cold first navigations to Norm 7 of
// the large draft (bench/lib/cold-start.ts) under a Chrome trace and prints, per start, the
// renderer main thread's CPU time up to the probe's editableAt (the trace's thread time, which a
// loaded machine distorts far less than wall-clock time), the part spent evaluating modules, the
// longest task in CPU time, and the main thread's lazy compilation (wall-clock), beside the
// wall-clock editableAt. Compare two checkouts by running it in each, alternately.
import { medianOf } from './lib/stats';
import { buildWeb } from './lib/build';
import { coldContext, seedColdProfile } from './lib/cold-start';
import { serveApp } from './lib/server';
import { tracedStart } from './lib/start-cpu';
import { MIDDLE_NORM_SECTION, sectionUrl } from './cases/pages';

const runs = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 5);

async function tracedColdStart(url: string, origin: string): Promise<Record<string, number>> {
  const context = await coldContext();
  try {
    return await tracedStart(await context.newPage(), url, origin);
  } finally {
    await context.close();
  }
}

if (!process.argv.includes('--no-build')) await buildWeb();
const site = await serveApp();
try {
  await seedColdProfile(site.url);
  const samples: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++)
    samples.push(await tracedColdStart(sectionUrl(site.url, MIDDLE_NORM_SECTION), site.url));
  for (const name of Object.keys(samples[0]!)) console.log(`COLD ${name}: ${medianOf(samples.map((s) => s[name]!))}`);
} finally {
  await site.close();
}
