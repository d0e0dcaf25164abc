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
 * chunks joined, a longer one cut; one part (maybe empty) at least.
 */
export function partsOf(chunks: readonly string[], size: number = MESSAGE_PART_CHARS): string[] {
  const parts: string[] = [];
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    const text = pending.join('');
    for (let start = 0; start < text.length; start += size) parts.push(text.slice(start, start + size));
    pending = [];
    pendingLength = 0;
  };
  for (const chunk of chunks) {
    if (pendingLength + chunk.length > size) flush();
    pending.push(chunk);
    pendingLength += chunk.length;
  }
  flush();
  return parts.length > 0 ? parts : [''];
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
  const last = parts.pop()!;
  for (const [index, part] of parts.entries()) await send.part(index, part);
  return send.last(last, parts.length);
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
