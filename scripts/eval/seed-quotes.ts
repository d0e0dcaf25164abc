/**
 * Quotes: the seed article (../shared/fixtures/seed-article.txt and its .gold.json), measured
 * through the contract: `analyzePlainText(text).quotes`.
 *
 * - found: a gold quote whose words (trimmed) equal a predicted quote's text;
 * - kind: the found quote's `kind` equals the gold kind;
 * - speaker (direct quotes only): our `speaker` ends on the last word of the gold speaker; where
 *   the gold names several ("Russia; China"), every part's last word is among the words of ours;
 * - headings: no predicted quote overlaps the place in the text of one of the gold's `notQuotes`.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quote } from '../../lib/analysis';
import { analyzePlainText } from '../../lib/pipeline';
import type { EvalOptions, Evaluation } from './report';

export interface SeedGold {
  quotes: Array<{ text: string; kind: 'direct' | 'partial'; speaker: string }>;
  notQuotes: string[];
}

export const run: Evaluation = async (options: EvalOptions) => {
  const text = await readFile(join(options.fixturesDir, 'seed-article.txt'), 'utf8');
  const gold = JSON.parse(await readFile(join(options.fixturesDir, 'seed-article.gold.json'), 'utf8')) as SeedGold;
  const predicted = analyzePlainText(text).quotes;
  const rows = gold.quotes.map((g) => {
    const found = predicted.find((q) => q.text.trim() === g.text.trim());
    return {
      quote: g.text.length > 40 ? `${g.text.slice(0, 40)}…` : g.text,
      'gold kind': g.kind,
      kind: found?.kind ?? '(not found)',
      'gold speaker': g.speaker,
      speaker: found?.speaker ?? '(none)',
      verdict: verdict(g, found),
    };
  });
  const headingSpans = gold.notQuotes.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
  const headingsTaken = predicted.filter((q) =>
    headingSpans.some((h) => h.start >= 0 && q.start < h.end && q.end > h.start),
  );
  const count = (v: string) => rows.filter((r) => r.verdict === v).length;
  return [
    {
      title: 'Quotes: seed article (found, kind, speaker of direct quotes)',
      columns: ['quote', 'gold kind', 'kind', 'gold speaker', 'speaker', 'verdict'],
      rows,
      notes: [
        `found ${rows.length - count('not found')}/${rows.length}; right kind ${rows.filter((r) => r.kind === r['gold kind']).length}/${rows.length}; ` +
          `direct quotes with the right speaker ${rows.filter((r) => r['gold kind'] === 'direct' && r.verdict === 'ok').length}/${gold.quotes.filter((g) => g.kind === 'direct').length}`,
        `section headings taken for quotes: ${headingsTaken.length} (bar 0)`,
        "speaker judged on direct quotes only: ours ends on the gold speaker's last word (each part's last word in ours where the gold names several)",
      ],
    },
  ];
};

function verdict(gold: SeedGold['quotes'][number], found: Quote | undefined): string {
  if (!found) return 'not found';
  if (found.kind !== gold.kind) return 'wrong kind';
  if (gold.kind === 'direct' && !speakerMatches(gold.speaker, found.speaker)) return 'wrong speaker';
  return 'ok';
}

/** Does our speaker name the gold's (its last word; each part's last word where the gold names several)? */
export function speakerMatches(goldSpeaker: string, ours: string | null): boolean {
  const ourWords = (ours ?? '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
  const lastWords = goldSpeaker.split(';').map((part) => part.trim().split(/\s+/).pop()!.toLowerCase());
  if (lastWords.length === 1) return ourWords.at(-1) === lastWords[0];
  return lastWords.every((word) => ourWords.includes(word));
}
