// The third load step (main.tsx): i18next and the UI language's texts, in a task of their own. A
// module of its own because screens import i18n/setup.ts too: as a step it would share their chunk.
export { initI18n } from './i18n/setup';
