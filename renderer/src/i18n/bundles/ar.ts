// Every UI namespace of one language, as one chunk loaded when that language is first needed.
export default import.meta.glob<Record<string, unknown>>('../../../../locales/ar/*.json', {
  eager: true,
  import: 'default',
});
