// The six UN languages: the UI switches at once and remembers the choice, Arabic mirrors the
// whole layout, each draft keeps its own document language (whatever the UI language), and an
// official norm text the user pastes in a language is kept for every draft in that language.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './helpers/guards';
import { draftIdFromUrl, editor, openSection, outline } from './helpers/drafts';
import { tempFolder, zipPart } from './helpers/files';

const SCREENSHOTS = 'test-results/screenshots';

interface TemplateText {
  norm: Record<string, { title: string }>;
  subheading: Record<string, string>;
}
const templateText = (language: string) =>
  JSON.parse(readFileSync(join('locales', language, 'templates.json'), 'utf8')) as TemplateText;
const TEMPLATE_TEXT = { en: templateText('en'), ar: templateText('ar'), zh: templateText('zh') };

/** What the library says, and how the picker is named, in each language. */
const LIBRARY = {
  ar: { picker: 'لغة التطبيق', empty: 'لا توجد مسودات بعد', button: 'مسودة جديدة' },
  zh: { picker: '应用程序语言', empty: '尚无草稿', button: '新建草稿' },
  en: { picker: 'Language of the application', empty: 'No drafts yet', button: 'New draft' },
  fr: { picker: 'Langue de l’application', empty: 'Aucun projet pour l’instant', button: 'Nouveau projet' },
  ru: { picker: 'Язык интерфейса', empty: 'Проектов пока нет', button: 'Новый проект' },
  es: { picker: 'Idioma de la aplicación', empty: 'Todavía no hay borradores', button: 'Nuevo borrador' },
} as const;
type Language = keyof typeof LIBRARY;

function picker(page: Page, language: Language) {
  return page.getByRole('banner').getByRole('combobox', { name: LIBRARY[language].picker });
}

async function switchUi(page: Page, from: Language, to: Language): Promise<void> {
  await picker(page, from).selectOption(to);
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

/** Creates a draft from the English UI with the given document language; returns its id. */
async function createDraft(page: Page, submitter: string, language: Language): Promise<string> {
  await page.getByRole('button', { name: 'New draft' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New draft' });
  await dialog.getByRole('radio', { name: /^Norms only/ }).check();
  await dialog.getByLabel('Name of the State').fill(submitter);
  await dialog.getByLabel('Document language').selectOption(language);
  await dialog.getByRole('button', { name: 'Create draft' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Overview' })).toBeVisible();
  return draftIdFromUrl(page);
}

async function backToLibrary(page: Page): Promise<void> {
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('switches the UI to each of the six languages at once, and remembers the choice', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText(LIBRARY.en.empty)).toBeVisible();
  let current: Language = 'en';
  for (const next of ['ar', 'zh', 'fr', 'ru', 'es', 'en'] as const) {
    await switchUi(page, current, next);
    await expect(page.getByText(LIBRARY[next].empty)).toBeVisible();
    await expect(page.getByRole('button', { name: LIBRARY[next].button })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', next === 'ar' ? 'rtl' : 'ltr');
    // Each language is named in itself, whatever the UI language.
    await expect(picker(page, next).getByRole('option')).toHaveText([
      'العربية',
      '中文',
      'English',
      'Français',
      'Русский',
      'Español',
    ]);
    current = next;
  }

  await switchUi(page, 'en', 'ru');
  await page.reload();
  await expect(page.getByText(LIBRARY.ru.empty)).toBeVisible();
  await expect(picker(page, 'ru')).toHaveValue('ru');
});

test('Arabic mirrors the layout: outline on the right, toolbar from the right, pointing icons flipped', async ({
  page,
}) => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto('/');
  await createDraft(page, 'Republic of Examplia', 'ar');
  await backToLibrary(page);
  await switchUi(page, 'en', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'مسوداتك' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/languages-ar-library.png` });

  await page.locator('.draft-card-title a').first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'نظرة عامة' })).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/languages-ar-overview.png` });

  await page
    .getByRole('navigation', { name: 'المحتويات' })
    .getByRole('link', { name: /القاعدة 7/ })
    .click();
  const content = editor(page);
  await content.click();
  await page.keyboard.type(
    'تعمل جمهورية إكزامبليا على حماية بنيتها التحتية الحيوية وفقًا لقانون الأمن السيبراني لعام 2024 (CSA).',
  );
  const outlineBox = await page.getByRole('navigation', { name: 'المحتويات' }).boundingBox();
  const editorBox = await content.boundingBox();
  expect(outlineBox && editorBox && outlineBox.x > editorBox.x).toBe(true);

  const toolbar = page.getByRole('toolbar', { name: 'التنسيق' });
  const undo = await toolbar.getByRole('button', { name: 'تراجع' }).boundingBox();
  const footnote = await toolbar.getByRole('button', { name: 'إدراج حاشية' }).boundingBox();
  expect(undo && footnote && undo.x > footnote.x).toBe(true);
  const undoIcon = toolbar.getByRole('button', { name: 'تراجع' }).locator('svg');
  await expect(undoIcon).toHaveCSS('transform', 'matrix(-1, 0, 0, 1, 0, 0)');
  const boldIcon = toolbar.getByRole('button', { name: 'غامق' }).locator('svg');
  await expect(boldIcon).toHaveCSS('transform', 'none');
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('تم الحفظ');
  await page.getByRole('main').getByRole('heading', { level: 2 }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SCREENSHOTS}/languages-ar-section.png` });
});

test('the document language is the draft’s own: English stays left to right in Arabic, Arabic right to left in English', async ({
  page,
}) => {
  await page.goto('/');
  const englishDraft = await createDraft(page, 'Republic of Examplia', 'en');
  await backToLibrary(page);
  const arabicDraft = await createDraft(page, 'جمهورية إكزامبليا', 'ar');

  // Arabic draft, English UI.
  await openSection(page, /Norm 7 \(13g\)/);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(editor(page)).toHaveAttribute('dir', 'rtl');
  await expect(editor(page)).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).locator('[lang="ar"]')).toHaveAttribute(
    'dir',
    'rtl',
  );
  // The outline is the app speaking: the template's short title reads in the interface's language.
  await expect(outline(page).getByRole('link', { name: /Norm 7 \(13g\)/ })).toContainText(
    TEMPLATE_TEXT.en.norm.g.title,
  );
  await expect(
    outline(page)
      .getByRole('link', { name: /Norm 7 \(13g\)/ })
      .locator('[lang="ar"]'),
  ).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('dir', 'rtl');

  // English draft, Arabic UI.
  await page.goto(`/#/draft/${englishDraft}`);
  await switchUi(page, 'en', 'ar');
  await page
    .getByRole('navigation', { name: 'المحتويات' })
    .getByRole('link', { name: /القاعدة 7/ })
    .click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(editor(page)).toHaveAttribute('dir', 'ltr');
  await expect(editor(page)).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('dir', 'ltr');
  expect(arabicDraft).not.toBe(englishDraft);
});

test('changing a draft’s document language later says it translates nothing, and sticks', async ({ page }) => {
  await page.goto('/');
  await createDraft(page, 'Republic of Examplia', 'en');
  await openSection(page, /Norm 7 \(13g\)/);
  await editor(page).click();
  await page.keyboard.type('Examplia protects its grid.');
  await page.getByRole('button', { name: 'Document language: English' }).click();
  const dialog = page.getByRole('dialog', { name: 'Document language' });
  await expect(dialog).toHaveAccessibleDescription(/translates nothing/);
  await dialog.getByLabel('Language the draft is written in').selectOption('es');
  await dialog.getByRole('button', { name: 'Change the language' }).click();
  await expect(page.getByText('The document language is now Spanish. No text was translated.')).toBeVisible();
  await expect(editor(page)).toHaveAttribute('lang', 'es');
  await expect(editor(page)).toContainText('Examplia protects its grid.');
  // Spanish has no shipped official text: the English one is shown with the mark.
  await expect(page.getByText('Official text in Spanish not provided')).toBeVisible();

  await page.reload();
  await expect(page.getByRole('button', { name: 'Document language: Spanish' })).toBeVisible();
  await expect(editor(page)).toHaveAttribute('lang', 'es');
});

test('an official French text pasted once is marked as provided by the user and used by the next French draft', async ({
  page,
}) => {
  // Invented for the test: the app never ships or writes a norm text other than the English one.
  const FRENCH_TEXT = 'Texte officiel de la norme g (version d’essai collée par la délégation d’Examplia).';
  await page.goto('/');
  await createDraft(page, 'République d’Examplia', 'fr');
  await openSection(page, /Norm 7 \(13g\)/);
  const main = page.getByRole('main');
  await expect(main.getByText('Official text in French not provided')).toBeVisible();
  // The label is the document's own wording, in French; the official text stays English until pasted.
  await expect(
    main.getByText('Norme 7 (rapport de 2015 du Groupe d’experts gouvernementaux, paragraphe 13 g))', { exact: true }),
  ).toHaveAttribute('lang', 'fr');
  await expect(main.locator('blockquote[lang="en"]')).toHaveText(/^States should take/);

  await main.getByRole('button', { name: 'Paste the official French text' }).click();
  const field = main.getByLabel('Official text of this norm in French');
  await main.getByRole('button', { name: 'Keep this text' }).click();
  await expect(main.getByRole('alert')).toHaveText('Paste the official text first.');
  // Pasted from a PDF: a line break in the middle, which becomes a space.
  await field.fill(FRENCH_TEXT.replace(' (version', '\n  (version'));
  await main.getByRole('button', { name: 'Keep this text' }).click();
  await expect(main.getByText('Official text in French, provided by you')).toBeVisible();
  const quote = main.locator('blockquote[lang="fr"]');
  await expect(quote).toHaveText(FRENCH_TEXT);
  await expect(main.getByText('Official text in French not provided')).toHaveCount(0);

  // A second French draft has it; a Spanish one does not.
  await backToLibrary(page);
  await createDraft(page, 'République d’Examplia', 'fr');
  await openSection(page, /Norm 7 \(13g\)/);
  await expect(page.getByRole('main').getByText('Official text in French, provided by you')).toBeVisible();
  await expect(page.getByRole('main').locator('blockquote[lang="fr"]')).toHaveText(FRENCH_TEXT);
  await openSection(page, /Norm 1 \(13a\)/);
  await expect(page.getByRole('main').getByText('Official text in French not provided')).toBeVisible();

  // All the texts the user provided, by language, in one place.
  await page.getByRole('button', { name: 'Official norm texts you provided' }).click();
  const library = page.getByRole('dialog', { name: 'Official norm texts you provided' });
  await expect(library.getByLabel('Language')).toHaveValue('fr');
  const norm7 = library.getByRole('listitem').filter({ hasText: 'Norm 7 (13g)' });
  await expect(norm7).toContainText('Provided by you');
  await expect(norm7.locator('[lang="fr"]')).toHaveText(FRENCH_TEXT);
  await expect(library.getByRole('listitem').filter({ hasText: 'Norm 1 (13a)' })).toContainText('Not provided');
  await library.getByLabel('Language').selectOption('es');
  await expect(library.getByText('Provided by you', { exact: true })).toHaveCount(0);
  await expect(library.getByText('Not provided: the English official text is shown')).toHaveCount(11);
  await library.getByRole('button', { name: 'Close' }).click();

  // The Word export of this second draft heads Norm 7 with the pasted text, the others in English.
  const folder = tempFolder('official-text');
  try {
    await page.getByRole('banner').getByRole('button', { name: 'Export to Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export to Word' });
    // Nothing is written in this draft: its norm headings are exported only on request.
    await dialog.getByLabel('Include sections that have no text yet (headings only)').check();
    const downloading = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export', exact: true }).click();
    const file = join(folder, 'french.docx');
    await (await downloading).saveAs(file);
    const xml = zipPart(file, 'word/document.xml');
    expect(xml).toContain(
      `Norme 7 (rapport de 2015 du Groupe d’experts gouvernementaux, paragraphe 13 g)) – ${FRENCH_TEXT}`,
    );
    expect(xml).toContain(
      'Norme 1 (rapport de 2015 du Groupe d’experts gouvernementaux, paragraphe 13 a)) – Consistent with the purposes of the United Nations',
    );
    expect(xml).not.toContain('States should take appropriate measures to protect their critical infrastructure');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  await backToLibrary(page);
  await createDraft(page, 'República de Examplia', 'es');
  await openSection(page, /Norm 7 \(13g\)/);
  await expect(page.getByRole('main').getByText('Official text in Spanish not provided')).toBeVisible();
});

for (const ui of ['ar', 'zh'] as const) {
  test(`with ${ui === 'ar' ? 'an Arabic' : 'a Chinese'} interface and an English document, the app speaks ${ui} and the document stays English`, async ({
    page,
  }) => {
    await page.goto('/');
    const draftId = await createDraft(page, 'Republic of Examplia', 'en');
    await switchUi(page, 'en', ui);
    await page.goto(`/#/draft/${draftId}`);
    const nav = page
      .getByRole('navigation')
      .filter({ has: page.getByRole('link') })
      .first();
    // Outline and coverage: the norms' short titles in the interface's language, not marked English.
    await expect(nav.getByRole('link').filter({ hasText: TEMPLATE_TEXT[ui].norm.g.title })).toHaveCount(1);
    await expect(nav.getByText(TEMPLATE_TEXT.en.norm.g.title)).toHaveCount(0);
    await expect(page.getByRole('main').getByText(TEMPLATE_TEXT[ui].norm.a.title)).toBeVisible();
    await nav.getByRole('link').filter({ hasText: TEMPLATE_TEXT[ui].norm.a.title }).click();
    // The section's heading is the document's: English, marked so.
    const heading = page.getByRole('main').getByRole('heading', { level: 2 });
    await expect(heading.locator('[lang="en"]')).toHaveText(TEMPLATE_TEXT.en.norm.a.title);
    // A sub-heading chip is named in the interface's language and inserts the English text.
    // The place to type is the document's: its placeholder is the app's words, in the interface's
    // language, and the English page runs left to right from its left edge.
    await expect(editor(page).locator('..').locator('.nd-editor__placeholder bdi')).toHaveAttribute('lang', ui);
    const sheet = page.locator('main .nd-editor__page');
    const [pageBox, textBox] = [await sheet.boundingBox(), await editor(page).boundingBox()];
    expect(textBox!.x - pageBox!.x).toBeLessThan(80);
    const chip = page
      .getByRole('main')
      .getByRole('button', { name: TEMPLATE_TEXT[ui].subheading.regulatoryFramework, exact: true });
    await expect(chip).toHaveAttribute('title', new RegExp(TEMPLATE_TEXT.en.subheading.regulatoryFramework));
    await editor(page).click();
    await chip.click();
    await expect(editor(page).locator('strong')).toContainText(TEMPLATE_TEXT.en.subheading.regulatoryFramework);
    await page.screenshot({ path: `${SCREENSHOTS}/languages-${ui}-ui-english-document.png` });
  });
}
