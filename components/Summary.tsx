/**
 * The story's header: headline, source line (site, byline, date) and wire line (dateline,
 * agencies). A view: everything it shows comes in through props.
 */
import type { ArticleMetadata } from '../lib/analysis';
import { distinctByline, formatPublishedDate } from '../lib/summary/view';

export interface SummaryProps {
  /** The article's metadata from the Analysis. */
  article: ArticleMetadata;
}

export function Summary({ article }: SummaryProps) {
  const byline = distinctByline(article);
  const source = [article.siteName, byline && `By ${byline}`].filter((part): part is string => Boolean(part));
  return (
    <header class="summary" data-testid="summary">
      <h1 class="summary__headline" data-testid="headline">
        {article.title ?? 'Untitled page'}
      </h1>
      {(source.length > 0 || article.publishedTime) && (
        <p class="summary__source" data-testid="source">
          {source.join(' · ')}
          {article.publishedTime && (
            <>
              {source.length > 0 && ' · '}
              <time dateTime={article.publishedTime}>{formatPublishedDate(article.publishedTime)}</time>
            </>
          )}
        </p>
      )}
      {(article.dateline || article.agencies.length > 0) && (
        <p class="summary__wire" data-testid="wire">
          {article.dateline && (
            <span class="wire-item">
              <span class="wire-item__label">Dateline</span> {article.dateline}
            </span>
          )}
          {article.agencies.length > 0 && (
            <span class="wire-item">
              <span class="wire-item__label">{article.agencies.length === 1 ? 'Agency' : 'Agencies'}</span>{' '}
              {article.agencies.join(', ')}
            </span>
          )}
        </p>
      )}
      {article.partial && (
        <p class="summary__note" role="note">
          This page shows only part of the story.
        </p>
      )}
    </header>
  );
}
