// Lint rules, including the boundaries between folders (shared/ stays pure) and the rule
// that UI text comes from locales/, never from literals in components.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Attributes whose value a user reads or hears: tooltips, accessible names, placeholders, and
// the `label` / `ariaLabel` props of our own components and Lexical's ContentEditable.
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
  'ariaLabel',
]);

/** The literal strings an attribute value can evaluate to ("x", {'x'}, {`x`}, {c ? 'x' : 'y'}). */
function literalTexts(expression) {
  if (!expression) return [];
  if (expression.type === 'Literal') return typeof expression.value === 'string' ? [expression.value] : [];
  if (expression.type === 'TemplateLiteral') return expression.quasis.map((q) => q.value.cooked ?? '');
  if (expression.type === 'ConditionalExpression')
    return [...literalTexts(expression.consequent), ...literalTexts(expression.alternate)];
  if (expression.type === 'LogicalExpression') return literalTexts(expression.right);
  if (expression.type === 'JSXExpressionContainer') return literalTexts(expression.expression);
  return [];
}

const noLiteralUiText = {
  meta: { type: 'problem', messages: { literal: 'UI text must come from locales/ via t(): "{{text}}"' } },
  create(context) {
    return {
      JSXText(node) {
        const text = node.value.trim();
        if (/\p{L}/u.test(text)) context.report({ node, messageId: 'literal', data: { text } });
      },
      JSXAttribute(node) {
        if (node.name.type !== 'JSXIdentifier' || !TEXT_ATTRIBUTES.has(node.name.name)) return;
        const text = literalTexts(node.value).find((t) => /\p{L}/u.test(t));
        if (text !== undefined) context.report({ node, messageId: 'literal', data: { text: text.trim() } });
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/.work/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,mts}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, drafter: { rules: { 'no-literal-ui-text': noLiteralUiText } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'drafter/no-literal-ui-text': 'error',
    },
  },
  {
    // shared/ runs in the renderer, a web worker, the CLI and tests: no DOM, Electron, React or Node.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'electron',
            'react',
            'react-dom',
            'dexie',
            'fs',
            'path',
            'os',
            'child_process',
            'crypto',
            'buffer',
            'url',
            'util',
            'stream',
            'zlib',
          ].map((name) => ({ name, message: 'shared/ is pure TypeScript: no DOM, Electron, React or Node modules.' })),
          patterns: [
            { group: ['node:*'], message: 'shared/ must not use Node built-ins.' },
            {
              group: ['react-dom/*', 'electron/*', '@lexical/react', '@lexical/react/*'],
              message: 'shared/ must not depend on UI or Electron.',
            },
            {
              group: [
                '../renderer/*',
                '../../renderer/*',
                '../electron/*',
                '../../electron/*',
                '../cli/*',
                '../../cli/*',
              ],
              message: 'shared/ must not import from the hosts.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'process',
        'require',
        'Buffer',
        '__dirname',
      ],
    },
  },
);
