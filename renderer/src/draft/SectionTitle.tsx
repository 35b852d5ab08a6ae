// A section's title as the UI shows it, marked as document text when it is the section's heading.
// `chrome`: the app naming the section (outline, coverage), where a heading still worded as the
// template gave it reads in the interface's language instead of the document's.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/languages';
import type { Section } from '../../../shared/model/draft';
import { DocumentText } from '../ui/DocumentText';
import { sectionTitle, templateHeadingKey, titleIsDocumentText } from '../templates/section-names';

interface SectionTitleProps {
  section: Pick<Section, 'kind' | 'norm' | 'heading'>;
  language: Language;
  chrome?: boolean;
}

export function SectionTitle({ section, language, chrome = false }: SectionTitleProps) {
  const { t } = useTranslation('draft');
  // Looked up once: a heading still as the template worded it reads in the interface's language.
  const key = chrome ? templateHeadingKey(section, language) : null;
  if (key) return <>{t(key, { ns: 'templates' })}</>;
  const title = sectionTitle(section, t);
  return titleIsDocumentText(section) ? <DocumentText language={language}>{title}</DocumentText> : <>{title}</>;
}
