// Everything inside the composer: toolbar, suggested sub-headings, link dialog, the page with
// the section body and its footnotes.
import { getExtensionDependencyFromEditor } from '@lexical/extension';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { $getRoot, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { useBlockSizeVariable } from '../ui/use-block-size-variable';
import { useTranslation } from 'react-i18next';
import { directionOf } from '../../../shared/model/languages';
import { registerAttribution } from './attribution/attribution';
import { FootnoteExtension } from './footnote/footnote-extension';
import { FootnoteList } from './footnote/FootnoteList';
import type { FootnoteRegistry } from './footnote/registry';
import { useFootnoteCount } from './footnote/use-footnote-count';
import { ContentFitExtension } from './limits/content-fit-extension';
import { FitNotices } from './limits/FitNotices';
import { useNearlyFull } from './limits/use-nearly-full';
import { LinkDialog } from './link/LinkDialog';
import { useLinkDialog } from './link/use-link-dialog';
import type { ContentLoad } from './content-load';
import type { SectionEditorProps } from './SectionEditor';
import { SubheadingBar } from './subheadings/SubheadingBar';
import { Toolbar } from './toolbar/Toolbar';
import { useActiveEditor } from './use-active-editor';
import { useChangeEmitter, type ContentReader } from './use-change-emitter';

/** The section's editor and its footnotes, for a pane beside it (the comments). */
export interface EditorHandle {
  editor: LexicalEditor;
  registry: FootnoteRegistry;
}

/** The section's stored content going into the editor: begun while it is built, before the shell first renders. */
type ShellProps = Omit<SectionEditorProps, 'sectionId' | 'initialContent' | 'footnoteStart'> & { load: ContentLoad };

/** Follows a change of the draft's document language while the section is open. */
function useDocumentDirection(editor: LexicalEditor, direction: 'ltr' | 'rtl'): void {
  useEffect(() => {
    // Read first: an update, even one changing nothing, reads the page's selection, which lays
    // out the whole section at once, on the way to its first frame.
    if (editor.read('pending', () => $getRoot().getDirection()) === direction) return;
    editor.update(() => {
      const root = $getRoot();
      if (root.getDirection() !== direction) root.setDirection(direction);
    });
  }, [editor, direction]);
}

function useRegistry() {
  const [editor] = useLexicalComposerContext();
  return getExtensionDependencyFromEditor(editor, FootnoteExtension).output.registry;
}

export function EditorShell({
  language,
  subheadings,
  placeholder,
  onChange,
  onFootnoteCountChange,
  labelledBy,
  readOnly = false,
  authorOf = null,
  onEditor,
  load,
  children,
}: ShellProps) {
  const subscribeLoad = useCallback((listener: () => void) => load.subscribe(listener), [load]);
  const loadFailed = useSyncExternalStore(subscribeLoad, () => !load.complete);
  const loading = useSyncExternalStore(subscribeLoad, () => load.pending);
  const { t, i18n } = useTranslation('editor');
  const [editor] = useLexicalComposerContext();
  // The blocks after the first screen follow once it is drawn.
  useEffect(() => load.continueIn(editor), [editor, load]);
  const registry = useRegistry();
  const editable = !readOnly && !loadFailed;
  useEffect(() => {
    editor.setEditable(editable);
  }, [editor, editable]);
  const notices = getExtensionDependencyFromEditor(editor, ContentFitExtension).output.notices;
  const { nearlyFull, measure } = useNearlyFull(editor);
  const emitChange = useChangeEmitter(
    editor,
    load,
    useCallback(
      (read: ContentReader) => {
        onChange(read);
        measure(read);
      },
      [onChange, measure],
    ),
  );
  useDocumentDirection(editor, directionOf(language));
  useEffect(() => (authorOf ? registerAttribution(editor, authorOf) : undefined), [editor, authorOf]);
  // The count of footnotes in the whole section: told once it is all in.
  useFootnoteCount(registry, onFootnoteCountChange, !loading);
  useEffect(() => {
    onEditor?.({ editor, registry });
    return () => onEditor?.(null);
  }, [editor, registry, onEditor]);
  const activeEditor = useActiveEditor(editor, registry);
  const link = useLinkDialog(editor, !editable);
  const controlsRef = useRef<HTMLDivElement>(null);
  useBlockSizeVariable(controlsRef, '--nd-toolbar-block-size');

  return (
    <div className="nd-editor">
      {loadFailed && (
        <p className="nd-editor__problem" role="alert">
          {t('errors.loadFailed')}
        </p>
      )}
      {/* Only the toolbar (and the link dialog it opens) sticks below the header: the rows
          under it would cover the lines being written. */}
      <div className="nd-editor__controls" ref={controlsRef}>
        <Toolbar sectionEditor={editor} activeEditor={activeEditor} readOnly={!editable} onLink={link.open} />
        {link.request && <LinkDialog key={link.request.editor.getKey()} request={link.request} onClose={link.close} />}
      </div>
      {children}
      <SubheadingBar
        editor={editor}
        subheadings={subheadings}
        language={language}
        disabled={!editable || activeEditor !== editor}
      />
      <FitNotices notices={notices} nearlyFull={nearlyFull} />
      {/* The page is the document's: it runs in the document's direction whatever the interface's,
          so an English text in an Arabic interface starts at the left edge, footnotes too. */}
      <div className="nd-editor__page" dir={directionOf(language)}>
        <div className="nd-editor__body">
          <ContentEditable
            className="nd-editor__content"
            lang={language}
            dir={directionOf(language)}
            ariaLabelledBy={labelledBy}
            ariaLabel={labelledBy ? undefined : t('contentLabel')}
            ariaMultiline
            spellCheck
            {...(placeholder && editable
              ? {
                  'aria-placeholder': placeholder,
                  // Words of the app where typing starts: isolated, in the interface's language.
                  placeholder: (
                    <p className="nd-editor__placeholder">
                      <bdi lang={i18n.language}>{placeholder}</bdi>
                    </p>
                  ),
                }
              : { placeholder: null })}
          />
        </div>
        <FootnoteList language={language} editable={editable} onNoteChange={emitChange} />
      </div>
    </div>
  );
}
