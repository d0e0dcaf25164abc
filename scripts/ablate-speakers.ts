/**
 * `npm run ablate:speakers`: what each hand-written attribution rule (lib/analyze/quotes/rules.ts)
 * is worth, source by source. The sources: PolNeAR train by publisher (metadata.tsv's `publisher`
 * column, seven outlets), each read by rankers trained by five folds (scripts/speakers/training.ts),
 * and the seed article's quotes, read by a ranker trained on all of train. PolNeAR dev is never
 * read. Every source is scored with all the rules, then without each rule in turn (its candidates
 * read anew and the rankers retrained without it); a rule is kept when dropping it costs speaker
 * accuracy on at least two sources. Deterministic: the same data and code give the same table.
 *
 * Rules that each add nothing alone may stand in for one another, so dropping several at once
 * can cost what dropping one did not. `--without id,id` starts from every rule but those: each of
 * them is then switched on in turn (a cell is what adding it back gains), each other one off.
 *
 *   npm run ablate:speakers -- [--data DIR] [--fixtures DIR] [--limit N] [--rules id,id] [--without id,id]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { findEntities } from '../lib/analyze/ner';
import { chooseSpeakers, readQuotes } from '../lib/analyze/quotes';
import {
  ALL_SPEAKER_RULES,
  type RuleSet,
  SPEAKER_RULES,
  type SpeakerRuleId,
  withoutRule,
} from '../lib/analyze/quotes/rules';
import { ablationVerdict, signedGain } from './eval/ablation';
import { foldOf, scoreSplit } from './eval/quote-attribution';
import { type SeedGold, speakerMatches } from './eval/seed-quotes';
import { SPEAKER_FOLDS } from './eval/speaker-folds';
import { quotesChosenBy, readByFolds, readSpeakerTrain, trainSpeakerModel } from './speakers/training';
import { DATA_OPTION, FIXTURES_OPTION } from './data-options';

const SEED = 'seed article';

const { values } = parseArgs({
  options: {
    ...DATA_OPTION,
    ...FIXTURES_OPTION,
    limit: { type: 'string' },
    rules: { type: 'string' },
    without: { type: 'string' },
  },
});

const log = (message: string): void => void process.stderr.write(`${message}\n`);

const train = await readSpeakerTrain(values.data, values.limit ? Number(values.limit) : undefined);
const publisherOf = await readPublishers(join(values.data, 'polnear', 'data', 'metadata.tsv'));
const seedText = await readFile(join(values.fixtures, 'seed-article.txt'), 'utf8');
const seedGold = JSON.parse(await readFile(join(values.fixtures, 'seed-article.gold.json'), 'utf8')) as SeedGold;
const seedEntities = findEntities(seedText);
const publishers = [...new Set(train.articles.map((article) => publisherOf.get(article.name)!))].sort();
log(`${train.articles.length} PolNeAR train articles from ${publishers.join(', ')}; and the seed article`);

/** Speaker accuracy on each source with the rules `enabled`. */
function accuracyBySource(enabled: RuleSet): Map<string, number> {
  const { readings, examples, models } = readByFolds(train, SPEAKER_FOLDS, enabled);
  const chosen = quotesChosenBy(train, readings, (i) => models[foldOf(i, SPEAKER_FOLDS)]);
  const found = train.articles.map((_, i) => chosen(i));
  const accuracy = new Map<string, number>();
  for (const publisher of publishers) {
    const mine = train.articles.flatMap((article, i) => (publisherOf.get(article.name) === publisher ? [i] : []));
    const [scores] = scoreSplit(
      mine.map((i) => train.articles[i]),
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
const left = new Set(values.without?.split(',') ?? []);
const baseline: RuleSet = new Set([...ALL_SPEAKER_RULES].filter((id) => !left.has(id)));
/** The baseline with `id` switched off, or on when the baseline leaves it out. */
const toggled = (id: SpeakerRuleId): RuleSet =>
  baseline.has(id) ? withoutRule(id, baseline) : new Set([...baseline, id]);
const all = accuracyBySource(baseline);
log(`baseline: ${sources.map((source) => `${source} ${all.get(source)!.toFixed(3)}`).join(', ')}`);
const asked = values.rules?.split(',');
const rules = SPEAKER_RULES.filter((rule) => !asked || asked.includes(rule.id));

process.stdout.write(
  `| rule | ${sources.join(' | ')} | helps on | verdict |\n|${' --- |'.repeat(sources.length + 3)}\n`,
);
process.stdout.write(
  `| (baseline${left.size > 0 ? `: all but ${[...left].join(', ')}` : ': all rules'}; accuracy) | ${sources.map((source) => all.get(source)!.toFixed(3)).join(' | ')} | | |\n`,
);
for (const rule of rules) {
  const other = accuracyBySource(toggled(rule.id));
  // The baseline minus the baseline without the rule, or the baseline with it minus the baseline.
  const sign = baseline.has(rule.id) ? 1 : -1;
  const gains = sources.map((source) => sign * (all.get(source)! - other.get(source)!));
  const { helped, verdict } = ablationVerdict(gains);
  log(`${rule.id}: helps on ${helped}, ${verdict}`);
  const row = baseline.has(rule.id) ? rule.id : `${rule.id} (added back)`;
  process.stdout.write(
    `| ${row} | ${gains.map((gain) => signedGain(gain, 4)).join(' | ')} | ${helped} | ${verdict} |\n`,
  );
}
process.stdout.write(
  '\nEach cell: speaker accuracy with the rule minus without it, the others as in the baseline (+ = the rule helps); ' +
    `publishers by five folds of PolNeAR train, the seed article's ${seedGold.quotes.length} quotes by a ranker trained on all of train.\n`,
);
