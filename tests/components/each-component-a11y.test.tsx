/**
 * Each popup component on its own passes the accessibility check (the PopupView and card tests
 * check them together): a component that is later used elsewhere keeps its names and references.
 */
import type { ComponentChild } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EntityList } from '../../components/EntityList';
import { KeyPoints } from '../../components/KeyPoints';
import { LeadDisclosure } from '../../components/LeadDisclosure';
import { NotArticle } from '../../components/NotArticle';
import { QuoteList } from '../../components/QuoteList';
import { Summary } from '../../components/Summary';
import { VoicesRow } from '../../components/VoicesRow';
import { entitiesOfType, groupQuotesBySpeaker, leadParagraphs } from '../../lib/summary/view';
import { expectAccessible } from './a11y';
import { cleanup, renderView } from './render';
import { sampleAnalysis } from './sample-analysis';

afterEach(cleanup);

const analysis = sampleAnalysis();
const ignore = () => undefined;

const VIEWS: Array<[string, ComponentChild, string]> = [
  ['Summary', <Summary article={analysis.article} />, 'header'],
  ['VoicesRow', <VoicesRow voices={analysis.voices} />, 'p'],
  ['KeyPoints', <KeyPoints points={analysis.keyPoints} />, 'li'],
  ['LeadDisclosure', <LeadDisclosure paragraphs={leadParagraphs(analysis)} />, 'summary'],
  [
    'EntityList',
    <EntityList heading="People" type="person" entities={entitiesOfType(analysis, 'person')} onSelectEntity={ignore} />,
    'button',
  ],
  ['QuoteList', <QuoteList groups={groupQuotesBySpeaker(analysis)} onSelectQuote={ignore} />, 'button'],
  ['NotArticle', <NotArticle reasons={analysis.detection.reasons} onReadAnyway={ignore} />, 'button'],
];

describe('each popup component alone', () => {
  it.each(VIEWS)('%s renders and is accessible', (_name, view, expected) => {
    const root = renderView(view);
    expect(root.querySelector(expected), `renders a ${expected}`).not.toBeNull();
    expectAccessible(root);
  });
});
