// Run by backups.test.ts as a separate process that is killed (SIGKILL) while writing backups:
// writes large backups of one draft in a loop, printing "w" before each write.
import { serializeNormdraft } from '../shared/format/normdraft';
import { paragraphState } from '../shared/model/empty';
import { BackupStore } from './backups';
import { inProcessInspector } from './testing/inspectors';

const [dir, run] = process.argv.slice(2);
if (!dir) throw new Error('usage: backups-crash-child <dir> <run>');
let clock = Date.UTC(2026, 4, 12, 9) + Number(run ?? 0) * 86_400_000;
const store = new BackupStore(dir, {
  inspector: inProcessInspector,
  now: () => (clock += 60_000),
  minIntervalMs: 0,
  limits: { writesPerMinute: Infinity, maxTotalBytes: Infinity },
});
// About 2 MB per file, so that the kill often lands in the middle of one.
const paragraphs = Array.from({ length: 4000 }, (_, i) =>
  `Paragraph ${i} of the Republic of Examplia's national non-paper, with enough words to take a while to write to disk. `.repeat(
    4,
  ),
);

for (let i = 0; ; i++) {
  const data = new TextEncoder().encode(
    serializeNormdraft({
      id: 'd1',
      templateId: 'norms-only',
      submitterKind: 'state',
      language: 'en',
      fields: {
        title: `Backup ${i}`,
        submitter: 'Republic of Examplia',
        issuingBody: '',
        forum: '',
        date: '2026-05-12',
      },
      createdAt: 1,
      updatedAt: clock,
      sections: [
        {
          id: 'norm-a',
          kind: 'norm',
          norm: 'a',
          heading: 'a',
          status: 'drafting',
          content: paragraphState(paragraphs),
        },
      ],
    }),
  );
  process.stdout.write('w');
  await store.write('d1', data);
}
