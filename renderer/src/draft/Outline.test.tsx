// The outline lists every section once the draft screen's first frame is drawn; in that frame it
// holds its heading, the draft's total and the overview, and says that its list is still coming.
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import draftTexts from '../../../locales/en/draft.json';
import templates from '../../../locales/en/templates.json';
import { emptyEditorState } from '../../../shared/model/empty';
import type { SectionState } from './draft-state';
import { Outline } from './Outline';

vi.mock('../platform', () => ({ platform: {}, isDesktop: false }));

// Section names are looked up in the app's own instance (section-names.ts).
const i18n = i18next;
beforeAll(async () => {
  await i18n.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { draft: draftTexts, templates } },
    interpolation: { escapeValue: false },
  });
});

const section = (id: string, kind: SectionState['kind'], heading: string, words: number): SectionState => ({
  id,
  kind,
  norm: null,
  heading,
  status: 'drafting',
  content: emptyEditorState,
  words,
  footnotes: 0,
});

const sections = [section('s1', 'summary', 'Executive summary', 120), section('s2', 'approach', 'Our approach', 380)];

const render = (listed: boolean | undefined) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <Outline draftId="d1" sections={sections} language="en" currentSectionId="s2" listed={listed} />
    </I18nextProvider>,
  );

describe('the outline', () => {
  it('lists every section with its words', () => {
    const html = render(undefined);
    expect(html).toContain('Executive summary');
    expect(html).toContain('Our approach');
    expect(html).toContain('380 words');
    expect(html).not.toContain('aria-busy');
  });

  it('holds its heading, the total and the overview in the first frame, its list marked as coming', () => {
    const html = render(false);
    expect(html).toContain('Contents');
    expect(html).toContain('500 words');
    expect(html).toContain('Overview');
    expect(html).not.toContain('Executive summary');
    expect(html).toContain('aria-busy="true"');
  });
});
