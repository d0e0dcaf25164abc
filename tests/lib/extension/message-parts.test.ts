import { describe, expect, it, vi } from 'vitest';
import { PartsInTransit, partsOf, sendInParts } from '../../../lib/extension/message-parts';

describe('partsOf', () => {
  it('cuts a text into parts of at most the given size, in order, and keeps a short or empty one whole', () => {
    expect([...partsOf(['abcdefg'], 3)]).toEqual(['abc', 'def', 'g']);
    expect([...partsOf(['abcdef'], 3)]).toEqual(['abc', 'def']);
    expect([...partsOf(['ab'], 3)]).toEqual(['ab']);
    expect([...partsOf([''], 3)]).toEqual(['']);
  });

  it('joins neighbouring chunks up to the size and cuts a longer one', () => {
    expect([...partsOf(['a', 'b', 'c', 'def', 'ghijklm', ''], 3)]).toEqual(['abc', 'def', 'ghi', 'jkl', 'm']);
    expect([...partsOf([], 3)]).toEqual(['']);
  });
});

describe('sendInParts', () => {
  it('sends each part but the last in order, each awaited, then the last with their count, and answers its answer', async () => {
    const sent: string[] = [];
    let inFlight = 0;
    const answer = await sendInParts(
      ['ab', 'cd', 'e'],
      {
        part: async (index, part) => {
          inFlight += 1;
          expect(inFlight).toBe(1);
          await Promise.resolve();
          sent.push(`${index}:${part}`);
          inFlight -= 1;
        },
        last: async (part, count) => `${part}/${count}`,
      },
      2,
    );
    expect(sent).toEqual(['0:ab', '1:cd']);
    expect(answer).toBe('e/2');
  });

  it('sends a short text as the last part alone', async () => {
    const part = vi.fn(async () => undefined);
    expect(await sendInParts(['short'], { part, last: async (text, count) => [text, count] })).toEqual(['short', 0]);
    expect(part).not.toHaveBeenCalled();
  });
});

describe('PartsInTransit', () => {
  it('joins each sender’s parts before its last one, senders apart', () => {
    const transit = new PartsInTransit();
    transit.add('tab 1', 0, 'ab');
    transit.add('tab 2', 0, 'xy');
    transit.add('tab 1', 1, 'cd');
    expect(transit.finish('tab 1', 2, 'e')).toBe('abcde');
    expect(transit.finish('tab 2', 1, 'z')).toBe('xyz');
    expect(transit.finish('tab 3', 0, 'whole')).toBe('whole');
  });

  it('starts anew at a sender’s part 0, dropping the parts of a text given up halfway', () => {
    const transit = new PartsInTransit();
    transit.add('tab 1', 0, 'old');
    transit.add('tab 1', 0, 'new');
    expect(transit.finish('tab 1', 1, '!')).toBe('new!');
  });

  it('throws on a part out of order or a part missing, and keeps nothing of that text', () => {
    const transit = new PartsInTransit();
    transit.add('tab 1', 0, 'a');
    expect(() => transit.add('tab 1', 2, 'c')).toThrow(/out of order/);
    expect(() => transit.finish('tab 1', 1, 'z')).toThrow(/1 parts of a message were announced, 0 came/);
    transit.add('tab 1', 0, 'a');
    expect(() => transit.finish('tab 1', 2, 'z')).toThrow(/announced/);
    expect(transit.finish('tab 1', 0, 'z')).toBe('z');
  });
});
