/**
 * The story's lead paragraphs, one click away: a native disclosure, so the keyboard, screen readers
 * and find-in-page work without script. A view: the paragraphs come in through props.
 */

export interface LeadDisclosureProps {
  /** The story's first paragraphs (`leadParagraphs`). */
  paragraphs: string[];
}

export function LeadDisclosure({ paragraphs }: LeadDisclosureProps) {
  if (paragraphs.length === 0) return null;
  return (
    <details class="lead" data-testid="lead">
      <summary class="lead__toggle">The lead</summary>
      {paragraphs.map((paragraph, index) => (
        <p key={index} class="lead__paragraph">
          {paragraph}
        </p>
      ))}
    </details>
  );
}
