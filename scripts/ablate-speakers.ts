/**
 * `npm run ablate:speakers`: what each hand-written attribution rule (lib/analyze/quotes/rules.ts)
 * is worth, source by source. The sources: PolNeAR train by publisher (metadata.tsv's `publisher`
 * column, seven outlets), each read by rankers trained by five folds (scripts/speakers/training.ts),
 * and the seed article's quotes, read by a ranker trained on all of train. PolNeAR dev is never
 * read. Every source is scored with all the rules, then without each rule in turn (its candidates
 * read anew and the rankers retrained without it); a rule is kept when dropping it costs speaker
 * accuracy on at least two sources. Deterministic: the same data and code give the same table.
 *
 *   npm run ablate:speakers -- [--data DIR] [--fixtures DIR] [--limit N] [--rules id,id]
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findEntities } from '../lib/analyze/ner';
import { chooseSpeakers, readQuotes } from '../lib/analyze/quotes';
import { ALL_SPEAKER_RULES, type RuleSet, SPEAKER_RULES, withoutRule } from '../lib/analyze/quotes/rules';
import { foldOf, readPolnearSplit, scoreSplit } from './eval/quote-attribution';
import { type SeedGold, speakerMatches } from './eval/seed-quotes';
import { SPEAKER_FOLDS } from './eval/speaker-folds';
import { foldModels, speakerExamples, trainSpeakerModel } from './speakers/training';

/** A change in accuracy smaller than this is noise, not help (about one quote of a publisher's 700). */
const MIN_GAIN = 0.001;

/** Sources on which a rule must help to stay. */
const MIN_SOURCES_HELPED = 2;

const SEED = 'seed article';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: resolve('../shared/data') },
    fixtures: { type: 'string', default: resolve('../shared/fixtures') },
    limit: { type: 'string' },
    rules: { type: 'string' },
  },
});

const log = (message: string): void => void process.stderr.write(`${message}\n`);

const train = await readPolnearSplit(
  join(values.data, 'polnear', 'data', 'train'),
  values.limit ? Number(values.limit) : undefined,
);
const publisherOf = await readPublishers(join(values.data, 'polnear', 'data', 'metadata.tsv'));
const trainEntities = train.map((article) => findEntities(article.text));
const seedText = await readFile(join(values.fixtures, 'seed-article.txt'), 'utf8');
const seedGold = JSON.parse(await readFile(join(values.fixtures, 'seed-article.gold.json'), 'utf8')) as SeedGold;
const seedEntities = findEntities(seedText);
const publishers = [...new Set(train.map((article) => publisherOf.get(article.name)!))].sort();
log(`${train.length} PolNeAR train articles from ${publishers.join(', ')}; and the seed article`);

/** Speaker accuracy on each source with the rules `enabled`. */
function accuracyBySource(enabled: RuleSet): Map<string, number> {
  const readings = train.map((article, i) => readQuotes(article.text, trainEntities[i], enabled));
  const examples = train.map((article, i) => speakerExamples(article, readings[i]));
  const models = foldModels(examples, SPEAKER_FOLDS);
  const found = train.map((article, i) => ({
    quotes: chooseSpeakers(article.text, readings[i], models[foldOf(i, SPEAKER_FOLDS)]),
    entityNames: new Set(trainEntities[i].map((entity) => entity.name)),
  }));
  const accuracy = new Map<string, number>();
  for (const publisher of publishers) {
    const mine = train.flatMap((article, i) => (publisherOf.get(article.name) === publisher ? [i] : []));
    const [scores] = scoreSplit(
      mine.map((i) => train[i]),
      (_, j) => found[mine[j]],
    );
    accuracy.set(publisher, scores.speakerRight / scores.speakerJudged);
  }
  const seedQuotes = chooseSpeakers(
    seedText,
    readQuotes(seedText, seedEntities, enabled),
    trainSpeakerModel(examples.flat()),
  );
  const seedRight = seedGold.quotes.filter((gold) =>
    seedQuotes.some((quote) => quote.text.trim() === gold.text.trim() && speakerMatches(gold.speaker, quote.speaker)),
  ).length;
  accuracy.set(SEED, seedRight / seedGold.quotes.length);
  return accuracy;
}

/** The publisher of each PolNeAR article, by file name. */
async function readPublishers(path: string): Promise<Map<string, string>> {
  const [header, ...rows] = (await readFile(path, 'utf8')).trim().split('\n');
  const columns = header.split('\t');
  const filename = columns.indexOf('filename');
  const publisher = columns.indexOf('publisher');
  return new Map(rows.map((row) => row.split('\t')).map((cells) => [cells[filename], cells[publisher]]));
}

const sources = [...publishers, SEED];
const all = accuracyBySource(ALL_SPEAKER_RULES);
log(`all rules: ${sources.map((source) => `${source} ${all.get(source)!.toFixed(3)}`).join(', ')}`);
const asked = values.rules?.split(',');
const rules = SPEAKER_RULES.filter((rule) => !asked || asked.includes(rule.id));

process.stdout.write(
  `| rule | ${sources.join(' | ')} | helps on | verdict |\n|${' --- |'.repeat(sources.length + 3)}\n`,
);
process.stdout.write(
  `| (all rules: accuracy) | ${sources.map((source) => all.get(source)!.toFixed(3)).join(' | ')} | | |\n`,
);
for (const rule of rules) {
  const without = accuracyBySource(withoutRule(rule.id));
  const gains = sources.map((source) => all.get(source)! - without.get(source)!);
  const helped = gains.filter((gain) => gain >= MIN_GAIN).length;
  const verdict = helped >= MIN_SOURCES_HELPED ? 'keep' : 'drop';
  log(`${rule.id}: helps on ${helped}, ${verdict}`);
  process.stdout.write(`| ${rule.id} | ${gains.map(signed).join(' | ')} | ${helped} | ${verdict} |\n`);
}
process.stdout.write(
  '\nEach cell: speaker accuracy with every rule minus accuracy without this one (+ = the rule helps); ' +
    `publishers by five folds of PolNeAR train, the seed article's ${seedGold.quotes.length} quotes by a ranker trained on all of train.\n`,
);

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(3)}`;
}
