// The section editor the workspace mounts: one Lexical editor per section (remounted when the
// section changes), with its footnotes, toolbar, sub-heading suggestions and safe paste.
import { $getRoot, configExtension, defineExtension } from 'lexical';
import { LexicalExtensionComposer } from '@lexical/react/LexicalExtensionComposer';
import { ReactExtension } from '@lexical/react/ReactExtension';
import { useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { directionOf, type Language } from '../../../shared/model/languages';
import type { SerializedEditorState } from '../../../shared/model/lexical-json';
import { hasReviewMarks } from '../../../shared/review/content';
import { ContentLoad } from './content-load';
import { EditorShell, type EditorHandle } from './EditorShell';
import { FootnoteContext, footnoteLabel } from './footnote/context';
import { FootnoteExtension } from './footnote/footnote-extension';
import { FootnoteRegistry } from './footnote/registry';
import { SuggestingExtension } from './review/suggesting-extension';
import type { SuggestingSession } from './review/suggesting-session';
import { SectionCoreExtension } from './section-extension';
import type { ContentReader } from './use-change-emitter';
import './editor.css';
import './lists/lists.css';
import type { Subheading } from './subheadings/SubheadingBar';
import type { AuthorLookup } from './attribution/attribution';

export interface SectionEditorProps {
  /** The editor is remounted (and reset) when this changes. */
  sectionId: string;
  /** Read once per mount. */
  initialContent: SerializedEditorState;
  /** The document language: sets lang and dir on the content (ar → rtl). */
  language: Language;
  /** Number shown on this section's first footnote (derived by the caller across the draft). */
  footnoteStart: number;
  /** Translated suggested sub-headings, inserted as bold run-in text with one click. */
  subheadings: readonly Subheading[];
  /**
   * Every content change, body or footnote text (the caller debounces and saves), with a reader
   * of the section's content as it is when read (serialised when first read after a change).
   */
  onChange(read: ContentReader): void;
  onFootnoteCountChange?(count: number): void;
  /** What to write, shown in the UI language while the section is empty. */
  placeholder?: string;
  /** Id of the visible heading that names the editor. */
  labelledBy?: string;
  readOnly?: boolean;
  /** Shows each block's author ("Show who wrote what"); null or absent: not shown. */
  authorOf?: AuthorLookup | null;
  /** "Suggest changes", shared by the draft's sections (the draft screen owns it). */
  suggesting?: SuggestingSession | null;
  /** Review tools shown above the text; rendered inside the editor, so they may use its context. */
  children?: ReactNode;
  /** Told the section's editor once built (null when it goes), for the comments pane. */
  onEditor?(handle: EditorHandle | null): void;
}

function SectionEditorSession(props: SectionEditorProps) {
  const { t } = useTranslation('editor');
  // The references' numbers and names, known before the editor first draws them (registry.ts).
  const numbering = useMemo(
    () => ({ start: props.footnoteStart, label: (number: number) => footnoteLabel(t, 'reference', number) }),
    [props.footnoteStart, t],
  );
  const [registry] = useState(() => new FootnoteRegistry(numbering));
  useLayoutEffect(() => registry.setNumbering(numbering), [registry, numbering]);
  // Built once per mount: the extension must stay stable or the editor would be recreated.
  const [session] = useState(() => {
    // The first screen of blocks now, the rest once it is drawn (content-load.ts).
    const load = new ContentLoad();
    const extension = defineExtension({
      name: 'norms-drafter/section-editor',
      dependencies: [
        SectionCoreExtension,
        configExtension(FootnoteExtension, { registry }),
        configExtension(SuggestingExtension, { session: props.suggesting ?? null }),
        configExtension(ReactExtension, { contentEditable: null }),
      ],
      $initialEditorState: () => {
        // A section with comments or suggestions opens whole: the comments pane places each thread by
        // the words it marks, and would list those not loaded yet as deleted.
        load.$start(props.initialContent, Boolean(props.initialContent?.root) && hasReviewMarks(props.initialContent));
        // The document's direction on the root (Lexical would otherwise drop the content's dir
        // and guess each paragraph's from its first letter): every paragraph follows the
        // document's language, as in the exported Word file.
        $getRoot().setDirection(directionOf(props.language));
      },
    });
    return { extension, load };
  });
  const footnotes = useMemo(() => ({ registry, start: props.footnoteStart, t }), [registry, props.footnoteStart, t]);
  return (
    <FootnoteContext value={footnotes}>
      <LexicalExtensionComposer extension={session.extension} contentEditable={null}>
        <EditorShell {...props} load={session.load} />
      </LexicalExtensionComposer>
    </FootnoteContext>
  );
}

export function SectionEditor(props: SectionEditorProps) {
  return <SectionEditorSession key={props.sectionId} {...props} />;
}
