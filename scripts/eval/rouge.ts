/**
 * ROUGE-N (Lin 2004) of a candidate text against one reference: n-grams of lower-cased words
 * (runs of letters and digits, so "Bos's" gives "bos" and "s"), no stemming and no stop-word removal;
 * repeated n-grams count as often as both texts hold them (clipped counts).
 */

export interface RougeScore {
  recall: number;
  precision: number;
  f1: number;
}

export function rougeN(candidate: string, reference: string, n: number): RougeScore {
  const ours = nGramCounts(candidate, n);
  const theirs = nGramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of ours) overlap += Math.min(count, theirs.get(gram) ?? 0);
  const recall = overlap / Math.max(1, total(theirs));
  const precision = overlap / Math.max(1, total(ours));
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { recall, precision, f1 };
}

/** The mean of each part over several scores (one per human summary, or one per document). */
export function meanScore(scores: RougeScore[]): RougeScore {
  const mean = (part: keyof RougeScore) => scores.reduce((sum, s) => sum + s[part], 0) / Math.max(1, scores.length);
  return { recall: mean('recall'), precision: mean('precision'), f1: mean('f1') };
}

export function rougeWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function nGramCounts(text: string, n: number): Map<string, number> {
  const words = rougeWords(text);
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const gram = words.slice(i, i + n).join(' ');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}
