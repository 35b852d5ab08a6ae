// The lint rule drafter/no-literal-ui-text keeps UI text out of components: literal JSX text and
// literal text in attributes users read or hear (aria-label, title, placeholder, alt, label).
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const eslint = new ESLint({ cwd: root });

async function uiTextProblems(code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, 'renderer', 'src', 'lint-probe.tsx') });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'drafter/no-literal-ui-text').map((m) => m.message);
}

const component = (jsx: string) => `import { useTranslation } from 'react-i18next';
export function Probe({ busy }: { busy: boolean }) {
  const { t } = useTranslation();
  return ${jsx};
}
`;

// The first lint loads the configuration, its plugins and the TypeScript parser (several seconds,
// once): done here so that each test measures only its own linting.
beforeAll(() => uiTextProblems(component('<p />')), 60_000);

describe('no literal UI text in components', () => {
  it('reports literal text in JSX and in attributes people read or hear', async () => {
    const cases = [
      '<p>Saved</p>',
      '<button aria-label="Close the dialog" />',
      '<span title={"Bold (Ctrl+B)"} />',
      '<input placeholder={`Search drafts`} />',
      '<img alt="Coverage of the norms" src="x.png" />',
      '<button aria-label={busy ? t("busy") : "Ready"} />',
    ];
    for (const jsx of cases) expect(await uiTextProblems(component(jsx)), jsx).toHaveLength(1);
  });

  it('accepts text from t(), symbols, and attributes that are not read', async () => {
    const cases = [
      '<p>{t("save.saved")}</p>',
      '<button aria-label={t("actions.close")} className="toast-close">×</button>',
      '<span title={t("toolbar.bold")} data-state="pressed" />',
      '<input placeholder={t("search.label")} type="search" autoComplete="off" />',
      '<p>{" · "}</p>',
    ];
    for (const jsx of cases) expect(await uiTextProblems(component(jsx)), jsx).toEqual([]);
  });
});
