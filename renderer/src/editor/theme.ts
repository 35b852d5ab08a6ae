// Class names Lexical puts on the content it renders; styled in editor.css and the feature CSS.
import type { EditorThemeClasses } from 'lexical';

export const editorTheme: EditorThemeClasses = {
  paragraph: 'nd-p',
  heading: { h2: 'nd-h2', h3: 'nd-h3' },
  quote: 'nd-quote',
  link: 'nd-link',
  list: {
    ul: 'nd-ul',
    ol: 'nd-ol',
    listitem: 'nd-li',
    nested: { listitem: 'nd-li--nested' },
  },
  text: {
    bold: 'nd-bold',
    italic: 'nd-italic',
    underline: 'nd-underline',
    strikethrough: 'nd-strike',
    underlineStrikethrough: 'nd-underline-strike',
    subscript: 'nd-sub',
    superscript: 'nd-sup',
  },
};
