/**
 * The background's side of the reading memory: it owns the database, opens it once (a database
 * that cannot open leaves the memory off, and everything else working), records each analysed
 * story unless the tab is private or the reader paused it, and answers the card's frame, the
 * popup and the options page. No error of the memory reaches a page.
 */
import type { Analysis } from '../analysis';
import { keepStory } from '../memory/retention';
import type { MemoryDb } from '../memory/schema';
import {
  alsoInReading,
  countStories,
  exportMemory,
  forgetEverything,
  forgetSite,
  forgetStoriesOlderThan,
  readingOverview,
} from '../memory/store';
import type { AlsoInReading, EntityRef, MemoryExport, MemoryStatus, ReadingAnswer } from '../memory/types';
import { isHostListed } from './setting-values';
import { readMemorySettings } from './settings';

/** A ticket the card's frame redeems once; one left unredeemed expires after this long, in ms. */
const TICKET_LIFETIME_MS = 60_000;

/** What a story's tab tells the memory. */
export interface ReadStory {
  url: string;
  site: string;
  analysis: Analysis;
  /** A private (incognito) tab: never recorded. */
  incognito: boolean;
}

interface Ticket {
  /**
   * What the frame will show, asked of the database as the ticket is granted: the reader posts the
   * ticket to the frame meanwhile, so the frame's redeeming finds the answer read, or nearly.
   */
  answer: Promise<AlsoInReading | null>;
  expires: number;
}

type Opened = { db: MemoryDb; reason: null } | { db: null; reason: string };

export class MemoryService {
  private opened: Promise<Opened> | null = null;
  private readonly tickets = new Map<string, Ticket>();

  constructor(
    private readonly open: () => Promise<MemoryDb>,
    private readonly now: () => number = Date.now,
    private readonly newTicket: () => string = () => crypto.randomUUID(),
  ) {}

  /** The database, opened on first use; null (with the reason kept) when it cannot open. */
  private async database(): Promise<MemoryDb | null> {
    this.opened ??= this.open().then(
      (db): Opened => ({ db, reason: null }),
      (error: unknown): Opened => ({ db: null, reason: describe(error) }),
    );
    return (await this.opened).db;
  }

  /** Record an analysed story; never throws (the page's reading must not see the memory fail). */
  async record(story: ReadStory): Promise<boolean> {
    if (story.incognito || story.analysis.skipped || story.analysis.text === '') return false;
    try {
      const [db, { paused, keepDays }] = await Promise.all([this.database(), readMemorySettings()]);
      if (!db || paused) return false;
      const { url, site, analysis } = story;
      return (await keepStory(db, { url, site, analysis, readAt: this.now() }, keepDays)) !== null;
    } catch (error) {
      console.warn('NewsLens: the story was not kept in the reading memory:', error);
      return false;
    }
  }

  /**
   * A ticket for the card's frame to ask about `ref` (seen from the story at `url`), or null when
   * the memory is off. The reader posts the ticket to the frame (never in its address); the history
   * itself goes from here to the frame, an extension page the story's scripts cannot read.
   */
  async ticketFor(ref: EntityRef, url: string): Promise<string | null> {
    const db = await this.database();
    if (!db) return null;
    const now = this.now();
    for (const [id, ticket] of this.tickets) if (ticket.expires < now) this.tickets.delete(id);
    const id = this.newTicket();
    // Kept as a settled promise: a read that fails answers null, as the frame's redeeming did.
    const answer = alsoInReading(db, ref, url).catch((error: unknown) => {
      console.warn('NewsLens: the reading memory could not be read:', error);
      return null;
    });
    this.tickets.set(id, { answer, expires: now + TICKET_LIFETIME_MS });
    return id;
  }

  /**
   * Whether the memory's history can be shown (its database open), paused or not: a paused memory
   * records nothing new but still shows what it holds.
   */
  async isAvailable(): Promise<boolean> {
    return (await this.database()) !== null;
  }

  /** What the frame holding `ticket` shows; the ticket is used up. Null for an unknown ticket. */
  async redeem(ticket: string): Promise<AlsoInReading | null> {
    const held = this.tickets.get(ticket);
    this.tickets.delete(ticket);
    if (!held || held.expires < this.now()) return null;
    return held.answer;
  }

  async status(): Promise<MemoryStatus> {
    const [db, { paused }] = await Promise.all([this.database(), readMemorySettings()]);
    if (!db) return { on: false, paused, reason: await this.offReason(), stories: 0 };
    return { on: true, paused, reason: null, stories: await countStories(db) };
  }

  /** "Your reading", or why the memory is off: what the popup needs in one answer. */
  async overview(): Promise<ReadingAnswer> {
    const db = await this.database();
    if (!db) return { on: false, reason: await this.offReason() };
    return { on: true, overview: await readingOverview(db, this.now()) };
  }

  /** Why the database could not open, if it could not. */
  private async offReason(): Promise<string | null> {
    return (await this.opened)?.reason ?? null;
  }

  /** Retention now: the reader shortened the days kept, so older stories go at once, not at the next story. */
  async forgetOlderThan(days: number): Promise<number> {
    this.dropTickets();
    const db = await this.database();
    return db ? forgetStoriesOlderThan(db, this.now(), days) : 0;
  }

  async forgetSite(site: string): Promise<number> {
    this.dropTickets();
    const db = await this.database();
    return db ? forgetSite(db, (host) => isHostListed(host, [site])) : 0;
  }

  async forgetEverything(): Promise<void> {
    this.dropTickets();
    const db = await this.database();
    if (db) await forgetEverything(db);
  }

  /** Tickets granted before a forgetting hold answers read before it: none of them is redeemed after it. */
  private dropTickets(): void {
    this.tickets.clear();
  }

  async export(): Promise<MemoryExport | null> {
    const db = await this.database();
    return db ? exportMemory(db, this.now()) : null;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
