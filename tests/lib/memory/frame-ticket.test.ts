import { describe, expect, it } from 'vitest';
import { frameTicket, readFrameTicket } from '../../../lib/memory/frame-ticket';

describe('the ticket handed to the memory frame', () => {
  it('reads back what the reader posts, a ticket or none', () => {
    expect(readFrameTicket(frameTicket('t-1', 'dark'))).toEqual(frameTicket('t-1', 'dark'));
    expect(readFrameTicket(frameTicket(null, 'light'))).toEqual(frameTicket(null, 'light'));
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'ticket'],
    ['another kind of message', { kind: 'other', ticket: 't', scheme: 'light' }],
    ['an empty ticket', { kind: 'newslens-memory-ticket', ticket: '', scheme: 'light' }],
    ['a ticket that is no string', { kind: 'newslens-memory-ticket', ticket: 7, scheme: 'light' }],
  ])('ignores %s', (_, data) => {
    expect(readFrameTicket(data)).toBeNull();
  });

  it('takes any scheme but dark for light', () => {
    expect(readFrameTicket({ kind: 'newslens-memory-ticket', ticket: 't', scheme: 'sepia' })?.scheme).toBe('light');
  });
});
