import { describe, expect, it } from 'vitest';
import { gumDocumentBlocks, gumDocumentHeader, readGumDocuments } from '../../../../../lib/analyze/ner/corpora/gum';

/** A made-up document in GUM's CoNLL-U: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC. */
const FILE = [
  '# newdoc id = GUM_bio_anna',
  '# meta::genre = bio',
  '# newpar',
  '# sent_id = GUM_bio_anna-1',
  '1\tProfessor\tprofessor\tNOUN\tNN\t_\t3\tcompound\t_\tEntity=(1-person-new-_-_-1-coref',
  '2\tAnna\tAnna\tPROPN\tNNP\t_\t3\tflat\t_\t_',
  '3\tBerg\tBerg\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)',
  '4\tjoined\tjoin\tVERB\tVBD\t_\t0\troot\t_\t_',
  '5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(2-organization-new-_-_-1-sgl',
  '6\tUniversity\tUniversity\tPROPN\tNNP\t_\t4\tobj\t_\t_',
  '7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_',
  '8\tOslo\tOslo\tPROPN\tNNP\t_\t6\tnmod\t_\tEntity=(3-place-new-_-_-1-sgl)2)|SpaceAfter=No',
  '9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_',
  '',
  '# newpar',
  '# sent_id = GUM_bio_anna-2',
  '1-2\tShe’s\t_\t_\t_\t_\t_\t_\t_\t_',
  '1\tShe\tshe\tPRON\tPRP\t_\t3\tnsubj\t_\tEntity=(1-person-giv-_-_-1-coref)',
  '2\t’s\tbe\tAUX\tVBZ\t_\t3\taux\t_\t_',
  '3\tin\tin\tADP\tIN\t_\t0\troot\t_\t_',
  '4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\tEntity=(4-place-new-_-_-1-sgl',
  '5\tUnited\tUnite\tVERB\tNNP\t_\t6\tamod\t_\t_',
  '6\tStates\tStates\tPROPN\tNNPS\t_\t3\tobj\t_\tEntity=4)',
  '7\tand\tand\tCCONJ\tCC\t_\t8\tcc\t_\t_',
  '8\tcity\tcity\tNOUN\tNN\t_\t6\tconj\t_\tEntity=(5-place-new-_-_-1-sgl)',
  '',
  '# sent_id = GUM_bio_anna-3',
  '1\tEmperor\tEmperor\tPROPN\tNNP\t_\t0\troot\t_\tEntity=(6-person-new-_-_-1-sgl',
  '2\tof\tof\tADP\tIN\t_\t3\tcase\t_\t_',
  '3\tMexico\tMexico\tPROPN\tNNP\t_\t1\tnmod\t_\tEntity=(7-place-new-_-_-1-sgl)6)',
  '',
].join('\n');

describe('readGumDocuments', () => {
  const [document] = readGumDocuments(FILE);
  const names = document.names.map(({ label, start, end }) => `${label} ${document.text.slice(start, end)}`);

  it('lays out paragraphs a line each, with the spacing the tokens were written with', () => {
    expect(document.text).toBe(
      'Professor Anna Berg joined the University of Oslo.\nShe’s in the United States and city Emperor of Mexico',
    );
    expect(document.genre).toBe('bio');
  });

  it('keeps the mentions headed by a proper noun, without the article or a title, the outer of two, and no role', () => {
    expect(names).toEqual(['PER Anna Berg', 'ORG University of Oslo', 'LOC United States', 'LOC Mexico']);
  });
});

describe('gumDocumentBlocks and gumDocumentHeader', () => {
  it('split a file into its documents, each with its id and genre (the id’s second part without meta::genre)', () => {
    const second = ['# newdoc id = GUM_interview_dolphins', '# sent_id = GUM_interview_dolphins-1', ''].join('\n');
    const blocks = gumDocumentBlocks(`${FILE}\n${second}`);
    expect(blocks.map(gumDocumentHeader)).toEqual([
      { id: 'GUM_bio_anna', genre: 'bio' },
      { id: 'GUM_interview_dolphins', genre: 'interview' },
    ]);
    expect(blocks[1].startsWith('# newdoc id = GUM_interview_dolphins\n')).toBe(true);
  });
});
