// Toolbar icons drawn inline (no remote assets, no icon font). Icons that point or sit on one
// side of the text carry `nd-icon--mirror`, which toolbar.css flips in right-to-left layouts.
import type { ReactNode } from 'react';

function Icon({
  children,
  mirror = false,
  strokeWidth = 2,
}: {
  children: ReactNode;
  mirror?: boolean;
  strokeWidth?: number;
}) {
  return (
    <svg
      className={mirror ? 'nd-icon nd-icon--mirror' : 'nd-icon'}
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const UndoIcon = () => (
  <Icon mirror>
    <path d="M9 14 4 9l5-5" />
    <path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" />
  </Icon>
);

export const RedoIcon = () => (
  <Icon mirror>
    <path d="m15 14 5-5-5-5" />
    <path d="M20 9H9.5a5.5 5.5 0 0 0 0 11H13" />
  </Icon>
);

export const BoldIcon = () => (
  <Icon strokeWidth={2.6}>
    <path d="M7 5h6a3.5 3.5 0 0 1 0 7H7z" />
    <path d="M7 12h7a3.5 3.5 0 0 1 0 7H7z" />
  </Icon>
);

export const ItalicIcon = () => (
  <Icon>
    <path d="M19 4h-8" />
    <path d="M13 20H5" />
    <path d="M15 4 9 20" />
  </Icon>
);

export const UnderlineIcon = () => (
  <Icon>
    <path d="M7 4v6a5 5 0 0 0 10 0V4" />
    <path d="M5 20h14" />
  </Icon>
);

export const HeadingIcon = () => (
  <Icon>
    <path d="M4 6v12M12 6v12M4 12h8" />
    <path d="M16 11.5a2 2 0 1 1 3.6 1.2L16 18h4.5" />
  </Icon>
);

export const SubheadingIcon = () => (
  <Icon>
    <path d="M4 6v12M12 6v12M4 12h8" />
    <path d="M16 10h4l-2.2 3a2.4 2.4 0 1 1-1.9 3.9" />
  </Icon>
);

export const QuoteIcon = () => (
  <Icon>
    <path d="M10 7H6.5A2.5 2.5 0 0 0 4 9.5v2A2.5 2.5 0 0 0 6.5 14H9v1.5A2.5 2.5 0 0 1 6.5 18" />
    <path d="M20 7h-3.5A2.5 2.5 0 0 0 14 9.5v2a2.5 2.5 0 0 0 2.5 2.5H19v1.5a2.5 2.5 0 0 1-2.5 2.5" />
  </Icon>
);

export const BulletListIcon = () => (
  <Icon mirror>
    <circle cx="5" cy="6" r="1.2" fill="currentColor" stroke="none" />
    <circle cx="5" cy="12" r="1.2" fill="currentColor" stroke="none" />
    <circle cx="5" cy="18" r="1.2" fill="currentColor" stroke="none" />
    <path d="M10 6h10M10 12h10M10 18h10" />
  </Icon>
);

export const NumberedListIcon = () => (
  <Icon strokeWidth={1.8}>
    <path d="M4.5 4.5 6 3.5v5" />
    <path d="M4.2 11.3a1.3 1.3 0 1 1 2.3 1L4.2 15h2.6" />
    <path d="M4.2 17.3h2.4l-1.3 1.6a1.2 1.2 0 1 1-1.2 1.8" />
    <path d="M10 6h10M10 12h10M10 18h10" />
  </Icon>
);

export const LetteredListIcon = () => (
  <Icon strokeWidth={1.8}>
    <circle cx="5.3" cy="6.6" r="1.5" />
    <path d="M6.8 5v3.2" />
    <path d="M3.8 10.5v4.7" />
    <circle cx="5.3" cy="13.7" r="1.5" />
    <path d="M6.8 17.5a1.7 1.7 0 1 0 0 2.4" />
    <path d="M10 6h10M10 12h10M10 18h10" />
  </Icon>
);

export const OutdentIcon = () => (
  <Icon mirror>
    <path d="m7 8-4 4 4 4" />
    <path d="M21 6H11M21 12H11M21 18H11" />
  </Icon>
);

export const IndentIcon = () => (
  <Icon mirror>
    <path d="m3 8 4 4-4 4" />
    <path d="M21 6H11M21 12H11M21 18H11" />
  </Icon>
);

export const LinkIcon = () => (
  <Icon>
    <rect x="2" y="8" width="11" height="8" rx="4" />
    <rect x="11" y="8" width="11" height="8" rx="4" />
  </Icon>
);

export const FootnoteIcon = () => (
  <Icon mirror>
    <path d="M3 10h11M3 15h15M3 20h10" />
    <path d="m18 4.5 2-1.5v6" />
  </Icon>
);

/** A pen over a marked line: Word's Track Changes. */
export const SuggestIcon = () => (
  <Icon mirror>
    <path d="M3 20h7" />
    <path d="M14.5 4.5l5 5L10 19H5v-5z" />
  </Icon>
);

/** A speech bubble: Word's New Comment. */
export const CommentIcon = () => (
  <Icon mirror>
    <path d="M4 5h16v11H10l-4 4v-4H4z" />
    <path d="M8 9h8M8 12h5" />
  </Icon>
);
