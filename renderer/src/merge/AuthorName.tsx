// An author as the review shows them: a swatch of their colour, their name and organisation.
import type { Author } from './people';

export function AuthorName({ author }: { author: Author }) {
  return (
    <span className="merge-author">
      <span className="merge-swatch" style={{ backgroundColor: author.colour }} aria-hidden="true" />
      <bdi className="merge-author-name">{author.name}</bdi>
      {author.organisation && (
        <>
          {' · '}
          <bdi className="merge-author-org">{author.organisation}</bdi>
        </>
      )}
    </span>
  );
}
