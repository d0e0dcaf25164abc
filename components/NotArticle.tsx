/** What the popup says on a page it did not read: why, and an offer to read it anyway. */

export interface NotArticleProps {
  /** The detector's reasons (`Analysis.detection.reasons`). */
  reasons: string[];
  /** The reader asked to read the page anyway; absent while that reading runs. */
  onReadAnyway?: () => void;
}

export function NotArticle({ reasons, onReadAnyway }: NotArticleProps) {
  return (
    <section class="notice" data-testid="not-article" aria-labelledby="not-article-heading">
      <h2 class="notice__heading" id="not-article-heading">
        No article detected
      </h2>
      {reasons.length > 0 && (
        <ul class="notice__reasons" aria-label="Why">
          {reasons.map((reason, index) => (
            <li key={index}>{reason}</li>
          ))}
        </ul>
      )}
      {onReadAnyway && (
        <button type="button" class="button button--primary" data-testid="read-anyway" onClick={onReadAnyway}>
          Read this page anyway
        </button>
      )}
    </section>
  );
}
