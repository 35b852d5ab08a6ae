// A section's title as the UI shows it, marked as document text when it is the section's heading.
// `chrome`: the app naming the section (outline, coverage), where a heading still worded as the
// template gave it reads in the interface's language instead of the document's.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/languages';
import type { Section } from '../../../shared/model/draft';
import { DocumentText } from '../ui/DocumentText';
import { sectionTitle, titleIsDocumentText } from './section-names';

interface SectionTitleProps {
  section: Pick<Section, 'kind' | 'norm' | 'heading'>;
  language: Language;
  chrome?: boolean;
}

export function SectionTitle({ section, language, chrome = false }: SectionTitleProps) {
  const { t } = useTranslation('draft');
  const documentLanguage = chrome ? language : undefined;
  const title = sectionTitle(section, t, documentLanguage);
  return titleIsDocumentText(section, documentLanguage) ? <DocumentText language={language}>{title}</DocumentText> : <>{title}</>;
}
