/**
 * Large message text sent in parts. Chromium converts a message on the sender's thread in one
 * piece: the copy of a page of a megabyte of JSON took one task of 46–64 ms of the page's thread
 * at CPU throttling 4 (wikipedia-2; docs/quality.md, issue 17). Sent in parts, each awaited,
 * every part's conversion has a task of its own.
 */

/**
 * Characters in one part: a part of 256 K characters still took 32–35 ms of conversion at CPU
 * throttling 4 on a loaded machine (wikipedia-2; docs/quality.md, issue 17, branch `s-load`).
 */
const MESSAGE_PART_CHARS = 64 * 1024;

/**
 * The text of `chunks` (joined in order) in parts of at most `size` characters: neighbouring
 * chunks joined, a longer one cut; one part (maybe empty) at least. Each part is joined only when
 * asked for: joining a whole megabyte of copy before sending its first part took most of one task
 * (wikipedia-2 at CPU throttling 4; docs/quality.md, issue 17).
 */
export function* partsOf(chunks: readonly string[], size: number = MESSAGE_PART_CHARS): Generator<string, void, void> {
  let pending: string[] = [];
  let pendingLength = 0;
  let made = 0;
  // One pass past the last chunk (undefined) sends what is pending.
  for (let index = 0; index <= chunks.length; index++) {
    const chunk = chunks[index];
    if (chunk !== undefined && pendingLength + chunk.length <= size) {
      pending.push(chunk);
      pendingLength += chunk.length;
      continue;
    }
    const text = pending.join('');
    for (let start = 0; start < text.length; start += size, made++) yield text.slice(start, start + size);
    pending = chunk === undefined ? [] : [chunk];
    pendingLength = chunk?.length ?? 0;
  }
  if (made === 0) yield '';
}

/** How the parts of one text are sent: each part but the last, then the last with their count. */
export interface PartSender<Answer> {
  part(index: number, part: string): Promise<unknown>;
  last(part: string, count: number): Promise<Answer>;
}

/**
 * Send the text of `chunks` in parts (see `partsOf`), each awaited: its answer comes in a task of
 * its own, and so does the next part's conversion. The last part's answer is the whole's.
 */
export async function sendInParts<Answer>(
  chunks: readonly string[],
  send: PartSender<Answer>,
  size: number = MESSAGE_PART_CHARS,
): Promise<Answer> {
  const parts = partsOf(chunks, size);
  // The part after the one in hand says whether that one is the last.
  let inHand = parts.next().value ?? '';
  let sent = 0;
  for (let next = parts.next(); !next.done; next = parts.next(), sent++) {
    await send.part(sent, inHand);
    inHand = next.value;
  }
  return send.last(inHand, sent);
}

/**
 * The parts of each sender's text in transit, kept until its last part comes. A sender's part 0
 * starts its text anew, so the parts of a reading given up halfway are dropped by the next one.
 */
export class PartsInTransit {
  private readonly bySender = new Map<string, string[]>();

  /** Keep part `index` of `sender`'s text; a part out of order drops what was kept, and throws. */
  add(sender: string, index: number, part: string): void {
    if (index === 0) this.bySender.set(sender, []);
    const parts = this.bySender.get(sender);
    if (!parts || parts.length !== index) {
      this.bySender.delete(sender);
      throw new Error(`part ${index} of a message came out of order`);
    }
    parts.push(part);
  }

  /** The whole text: the `count` parts kept for `sender`, then `last`; throws when some are missing. */
  finish(sender: string, count: number, last: string): string {
    const parts = this.bySender.get(sender) ?? [];
    this.bySender.delete(sender);
    if (parts.length !== count) throw new Error(`${count} parts of a message were announced, ${parts.length} came`);
    return parts.join('') + last;
  }
}
