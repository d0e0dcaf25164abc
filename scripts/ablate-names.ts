/**
 * `npm run ablate:names`: what each rule run after the tagger (lib/analyze/ner/passes.ts) is worth,
 * source by source. Every source is scored by the tagger that never saw it (scripts/ner/held-out.ts)
 * with all the passes, then without each pass in turn; a pass is kept when dropping it costs typed
 * F1 on at least two sources.
 *
 *   npm run ablate:names -- [--data DIR] [--limit N] [--model-cache DIR] [--sources conll-dev,gum-bio,...]
 *
 * `--model-cache` keeps the held-out taggers in DIR and reuses them (scripts/ner/model-cache.ts);
 * `--sources` scores only those (a screen that leaves the validation source unread).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findEntities } from '../lib/analyze/ner';
import { NAME_PASSES, type NamePass } from '../lib/analyze/ner/passes';
import { forEachHeldOutSource } from './ner/held-out';
import { f1Of, overallOf, scoreNames, spansOfEntities } from './eval/name-scores';
import { ablationVerdict, signedGain } from './eval/ablation';
import { DATA_OPTION } from './data-options';

const { values } = parseArgs({
  options: {
    ...DATA_OPTION,
    limit: { type: 'string' },
    'model-cache': { type: 'string' },
    sources: { type: 'string' },
  },
});

const gains = new Map<string, Map<string, number>>(NAME_PASSES.map((pass) => [pass.name, new Map()]));
const sources: string[] = [];
forEachHeldOutSource(
  values.data,
  ({ name, documents }) => {
    sources.push(name);
    const f1With = (passes: NamePass[]): number =>
      f1Of(overallOf(scoreNames(documents, (text) => spansOfEntities(findEntities(text, passes))))).f1;
    const all = f1With(NAME_PASSES);
    for (const pass of NAME_PASSES) {
      gains.get(pass.name)!.set(name, all - f1With(NAME_PASSES.filter((other) => other !== pass)));
    }
  },
  {
    limit: values.limit ? Number(values.limit) : undefined,
    modelCache: values['model-cache'] && resolve(values['model-cache']),
    only: values.sources?.split(','),
    log: (message) => process.stderr.write(`${message}\n`),
  },
);

process.stdout.write(
  `| pass | ${sources.join(' | ')} | helps on | verdict |\n|${' --- |'.repeat(sources.length + 3)}\n`,
);
for (const pass of NAME_PASSES) {
  const bySource = gains.get(pass.name)!;
  const gainsOfPass = sources.map((source) => bySource.get(source)!);
  const { helped, verdict } = ablationVerdict(gainsOfPass);
  const cells = gainsOfPass.map((gain) => signedGain(gain, 3));
  process.stdout.write(`| ${pass.name} | ${cells.join(' | ')} | ${helped} | ${verdict} |\n`);
}
process.stdout.write(`\nEach cell: typed F1 with every pass minus F1 without this one (+ = the pass helps).\n`);
