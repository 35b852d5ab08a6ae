// A section's title as the UI shows it, marked as document text when it is the section's heading.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/model/languages';
import type { Section } from '../../../shared/model/draft';
import { DocumentText } from '../ui/DocumentText';
import { sectionTitle, titleIsDocumentText } from './section-names';

export function SectionTitle({ section, language }: { section: Pick<Section, 'kind' | 'norm' | 'heading'>; language: Language }) {
  const { t } = useTranslation('draft');
  const title = sectionTitle(section, t);
  return titleIsDocumentText(section) ? <DocumentText language={language}>{title}</DocumentText> : <>{title}</>;
}
