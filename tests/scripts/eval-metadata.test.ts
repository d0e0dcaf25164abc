import { describe, expect, it } from 'vitest';
import { isWriterNames } from '../../scripts/eval/metadata';

describe('isWriterNames', () => {
  it.each([
    // Equal once "By", case and spaces are set aside.
    ['By Jane  Roe', 'jane roe', true],
    // A run of the gold's words: what was cut around the names was no name.
    ['By Jane Roe\n   March 25, 2015', 'Jane Roe', true],
    ['by Jane Roe22 Dec 2016651', 'Jane Roe', true],
    // Not a run of whole words, another name, or none.
    ['Jane Roebuck', 'Jane Roe', false],
    ['Jane Roe', 'John Doe', false],
    ['Jane Roe', null, false],
  ])('%j against %j: %s', (gold, ours, right) => {
    expect(isWriterNames(gold, ours)).toBe(right);
  });
});
