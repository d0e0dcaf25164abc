/**
 * An Analysis as a Markdown summary: what the popup's "Copy as Markdown" copies and what
 * `npm run annotate` prints. Same sections, same order as the popup.
 */
import type { Analysis, Entity } from '../analysis';
import {
  ENTITY_SECTIONS,
  countLabel,
  describeVoices,
  entitiesOfType,
  distinctByline,
  formatPublishedDate,
  groupQuotesBySpeaker,
} from './view';
import { speakerHeading } from './speaker-heading';

/** Characters that would start Markdown formatting inside running text. */
const MARKDOWN_PATTERNS = {
  special: /[\\`*_[\]<>|]/g,
  /** A line break inside an item would end the list item or the quote block. */
  lineBreak: /\s*\n\s*/g,
  /** "#" or "-" or "1." at a line start would become a heading or a list. */
  blockStart: /^(#|[-+] |\d+\. )/,
} as const;

export function formatSummaryMarkdown(analysis: Analysis): string {
  const sections = [
    headerLines(analysis),
    notReadLines(analysis),
    voicesLines(analysis),
    listSection('Key points', analysis.keyPoints.map(escapeMarkdown)),
    ...ENTITY_SECTIONS.map(({ type, heading }) => listSection(heading, entitiesOfType(analysis, type).map(entityLine))),
    quoteSection(analysis),
  ];
  return `${sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}

function headerLines(analysis: Analysis): string[] {
  const { article } = analysis;
  const byline = distinctByline(article);
  const source = [
    article.siteName && `**${escapeMarkdown(article.siteName)}**`,
    byline && `By ${escapeMarkdown(byline)}`,
    article.publishedTime && formatPublishedDate(article.publishedTime),
  ].filter(Boolean);
  const wire = [
    article.dateline && `Dateline: ${escapeMarkdown(article.dateline)}`,
    article.agencies.length > 0 && `Agencies: ${article.agencies.map(escapeMarkdown).join(', ')}`,
  ].filter(Boolean);
  return [
    `# ${escapeMarkdown(article.title ?? 'Untitled page')}`,
    ...(source.length > 0 || wire.length > 0 ? [''] : []),
    ...(source.length > 0 ? [source.join(' · ') + (wire.length > 0 ? '  ' : '')] : []),
    ...(wire.length > 0 ? [wire.join(' · ')] : []),
  ];
}

function notReadLines(analysis: Analysis): string[] {
  if (!analysis.isArticle && analysis.text === '') {
    const reasons = analysis.detection.reasons.map(escapeMarkdown).join('; ');
    return [`*No article detected${reasons ? `: ${reasons}` : ''}.*`];
  }
  return analysis.skipped ? [`*Not analysed: ${escapeMarkdown(analysis.skipped)}.*`] : [];
}

function voicesLines(analysis: Analysis): string[] {
  const voices = describeVoices(analysis.voices);
  return voices ? [`**Voices:** ${escapeMarkdown(voices)}`] : [];
}

function listSection(heading: string, items: string[]): string[] {
  return items.length > 0 ? [`## ${heading}`, '', ...items.map((item) => `- ${item}`)] : [];
}

function entityLine(entity: Entity): string {
  const role = entity.role ? ` — ${escapeMarkdown(entity.role)}` : '';
  return `**${escapeMarkdown(entity.name)}**${role} (${countLabel(entity.mentions.length, 'mention')})`;
}

function quoteSection(analysis: Analysis): string[] {
  const groups = groupQuotesBySpeaker(analysis);
  if (groups.length === 0) return [];
  const lines = ['## Quotes'];
  for (const group of groups) {
    const role = group.entity?.role ? ` (${escapeMarkdown(group.entity.role)})` : '';
    lines.push('', `### ${escapeMarkdown(speakerHeading(group))}${role}`, '');
    for (const quote of group.quotes) {
      const cue = quote.cue ? ` — ${escapeMarkdown(quote.cue)}` : '';
      lines.push(`> “${escapeMarkdown(quote.text)}”${cue}`, '');
    }
    lines.pop();
  }
  return lines;
}

/** Text from the page, made inert: it reads the same and formats nothing. */
export function escapeMarkdown(text: string): string {
  const flat = text.replace(MARKDOWN_PATTERNS.lineBreak, ' ');
  return flat.replace(MARKDOWN_PATTERNS.special, '\\$&').replace(MARKDOWN_PATTERNS.blockStart, '\\$1');
}
