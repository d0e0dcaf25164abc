/** Small analyses for the memory's tests: a story naming people, and what it quoted them saying. */
import type { Analysis, Entity, EntityType } from '../../../lib/analysis';

export interface StoryEntitySpec {
  name: string;
  type?: EntityType;
  mentions?: number;
  quotes?: string[];
}

/** An analysed story titled `title`, with each entity and its quotes. */
export function storyAnalysis(title: string, specs: readonly StoryEntitySpec[]): Analysis {
  const entities: Entity[] = specs.map((spec, index) => ({
    id: `e${index}`,
    name: spec.name,
    type: spec.type ?? 'person',
    salience: 1 - index / 10,
    mentions: Array.from({ length: spec.mentions ?? 1 }, () => ({ start: 0, end: spec.name.length, text: spec.name })),
  }));
  const quotes = specs.flatMap((spec, index) =>
    (spec.quotes ?? []).map((text, n) => ({
      id: `q${index}-${n}`,
      start: 0,
      end: text.length,
      text,
      kind: 'direct' as const,
      speakerId: `e${index}`,
      speaker: spec.name,
    })),
  );
  return {
    isArticle: true,
    detection: { score: 1, reasons: [] },
    article: {
      title,
      byline: null,
      siteName: null,
      publishedTime: '2026-11-30T10:00:00Z',
      dateline: null,
      agencies: [],
      lang: 'en',
      wordCount: 100,
    },
    text: `${title}. Body.`,
    entities,
    quotes,
    keyPoints: [],
  };
}

let databases = 0;
/** A database name no other test uses: fake-indexeddb keeps databases for the whole file. */
export function freshDbName(): string {
  databases += 1;
  return `newslens-memory-test-${databases}`;
}
