/** At most three one-line points that carry the story, in story order (`firstScreenPoints`). */

export interface KeyPointsProps {
  /** `Analysis.shortPoints`, or the first `keyPoints` of an Analysis made before them. */
  points: string[];
}

export function KeyPoints({ points }: KeyPointsProps) {
  if (points.length === 0) return null;
  return (
    <section class="section" aria-labelledby="key-points-heading" data-testid="key-points">
      <h2 class="section__heading" id="key-points-heading">
        Key points
      </h2>
      <ul class="key-points">
        {points.map((point, index) => (
          <li key={index}>{point}</li>
        ))}
      </ul>
    </section>
  );
}
