/**
 * Large message text sent in parts. Chromium converts a message on the sender's thread in one
 * piece: the copy of a page of a megabyte of JSON took one task of 46–64 ms of the page's thread
 * at CPU throttling 4 (wikipedia-2; docs/quality.md, issue 17), about 10 ms for each 350 KB. Sent
 * in parts, each awaited, every part's conversion has a task of its own.
 */

/** Characters in one part: about 7 ms of conversion at CPU throttling 4. */
const MESSAGE_PART_CHARS = 256 * 1024;

/** `text` in parts of at most `size` characters, in order; one part (maybe empty) at least. */
export function partsOf(text: string, size: number = MESSAGE_PART_CHARS): string[] {
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += size) parts.push(text.slice(start, start + size));
  return parts.length > 0 ? parts : [text];
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
