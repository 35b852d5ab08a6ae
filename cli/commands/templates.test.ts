// `templates` without --json shows each template's parts, as the JSON listing does.
import { describe, expect, it } from 'vitest';
import { captureIo } from '../test-io';
import { run } from './templates';

async function listing(...args: string[]): Promise<string[]> {
  const io = captureIo();
  expect(await run(args, io)).toBe(0);
  expect(io.err).toEqual([]);
  return io.out;
}

describe('templates as text', () => {
  it("lists each template's parts under it, norms by number and letter, with their questions' ids", async () => {
    const lines = await listing();
    const survey = lines.findIndex((line) => line.startsWith('national-survey '));
    const views = lines.findIndex((line) => line.startsWith('sg-views '));
    expect(survey).toBeGreaterThan(0);
    const surveyParts = lines.slice(survey + 2, views).map((line) => line.trim());
    expect(surveyParts).toHaveLength(17);
    expect(surveyParts).toContain(
      'Part I: International law: challenges, capacityNeeds, assistance, assistanceDetails',
    );
    expect(surveyParts).toContain('Part II: The norms');
    expect(surveyParts).toContainEqual(
      expect.stringMatching(/^Norm 7 \(13g\): Protect critical infrastructure: measuresLegislation, measuresPolicy,/),
    );
    const viewsParts = lines.slice(views + 2).map((line) => line.trim());
    expect(viewsParts).toContain('Content of the relevant concepts');
    expect(viewsParts).toHaveLength(6);
  });

  it('shows the parts in the language asked for', async () => {
    const lines = await listing('--language', 'fr');
    const trimmed = lines.map((line) => line.trim());
    expect(trimmed).toContain('Contenu des notions pertinentes');
    expect(trimmed).not.toContain('Content of the relevant concepts');
  });
});
