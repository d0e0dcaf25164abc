/**
 * A copy of the page that can travel in a message, so Readability can run away from the page's
 * main thread (its parse of a large page is one uninterruptible task of 50–150 ms there).
 *
 * The copy is plain data: elements with their attributes, and Text nodes' data in document order.
 * A Text node's place in that order is its index, the same on both sides, so what is extracted
 * from the rebuilt copy is mapped back to the live page by index alone. No page markup is parsed
 * on either side: the rebuild creates elements one by one.
 */
import { ELEMENT_NODE, TEXT_NODE } from '../page/dom-nodes';
import { runSteps, type Steps } from '../steps';

/** An element: its local name, its attributes as name, value, name, value…, its children. */
export type CopiedElement = [name: string, attributes: string[], children: CopiedNode[]];
/** A Text node's data, or an element. */
export type CopiedNode = string | CopiedElement;

/** The page as plain data (structured-clone and JSON safe). */
export interface PageCopy {
  url: string;
  root: CopiedElement;
}

/** A copy, and the live Text nodes its texts copy, by index. */
export interface LiveCopy {
  copy: PageCopy;
  texts: Text[];
}

/**
 * Nodes copied in one step: a small fraction of a task's budget, so the clock is read often enough.
 * With steps of 250, a task of wikipedia-2's copy (elements of many attributes) reached 30–50 ms
 * of thread time at CPU throttling 4 (docs/quality.md, issue 17).
 */
const NODES_PER_STEP = 50;

/**
 * Stands for the text of a script or a style sheet. Nothing is extracted from them (JSON-LD aside),
 * but a Range across one reads its text, which the text map must know (see block-text.ts); the
 * stand-in keeps them visible at a fraction of the size (inline bundles weigh megabytes).
 */
const CODE_STAND_IN = '{…}';

/** Scripts whose text is kept: structured data, which the metadata reads. */
const JSON_LD_TYPE = 'application/ld+json';

/**
 * An element holding more elements than this and no paragraph is copied without its content: a
 * results table or a list of that size is no story's text, and copying it, sending it and
 * rebuilding it for Readability took seconds (a page of 100,000 table cells: 2.3 s to copy in the
 * page, 4.4 s to extract in the background). No page of the evaluation sets comes near it: the
 * largest holds 9,888 elements in all, and its largest part without a paragraph 4,409.
 */
const MAX_ELEMENTS_WITHOUT_PARAGRAPH = 20_000;

/**
 * Whether an element's content is left out of the copy (see MAX_ELEMENTS_WITHOUT_PARAGRAPH);
 * `elementCount` is its count of elements, taken only where the caller needs it.
 */
function isBulkWithoutProse(element: Element, elementCount: number): boolean {
  return isBulk(elementCount) && element.querySelector('p') === null;
}

/** Whether this many elements are a bulk whose parts must each be measured before copying. */
function isBulk(elementCount: number): boolean {
  return elementCount > MAX_ELEMENTS_WITHOUT_PARAGRAPH;
}

/** The data a Text node is copied with. */
function copiedText(text: Text): string {
  const parent = text.parentElement;
  const parentName = parent?.localName;
  if (parentName !== 'script' && parentName !== 'style') return text.data;
  if (parentName === 'script' && parent!.getAttribute('type')?.trim().toLowerCase() === JSON_LD_TYPE) return text.data;
  return text.data.trim() ? CODE_STAND_IN : text.data;
}

function copiedAttributes(element: Element): string[] {
  // By index: no array of the attributes made for each element of the page.
  const { attributes } = element;
  const copied: string[] = [];
  for (let i = 0; i < attributes.length; i++) copied.push(attributes[i]!.name, attributes[i]!.value);
  return copied;
}

/** Where a walk of the page writes what it copies, node by node in document order. */
interface CopyWriter {
  /** An element begins: its children follow, then `close`. */
  open(name: string, attributes: string[]): void;
  text(data: string): void;
  close(): void;
}

/** Marks, on the walk's stack, where an element's children end. */
const CLOSE = null;

/**
 * The page walked in steps of NODES_PER_STEP nodes, written to `writer`; the live Text nodes in
 * the order written, or null without a document element. Comments and other non-element,
 * non-text nodes are left out, as are shadow roots and frames (which Readability never sees
 * either), and the content of a bulk of elements without prose (MAX_ELEMENTS_WITHOUT_PARAGRAPH).
 */
function* walkPageInSteps(doc: Document, writer: CopyWriter): Steps<Text[] | null> {
  const rootElement = doc.documentElement;
  if (!rootElement) return null;
  const texts: Text[] = [];
  // Each node with whether it is to be measured: elements are counted only under an element
  // found too large to copy without looking (so an ordinary page is counted once, at its root).
  const stack: Array<[Node, boolean] | typeof CLOSE> = [];
  const pushChildren = (parent: Node, measure: boolean): void => {
    stack.push(CLOSE);
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push([child, measure]);
  };
  writer.open(rootElement.localName, copiedAttributes(rootElement));
  pushChildren(rootElement, isBulk(rootElement.querySelectorAll('*').length));
  // The count at the root runs through the whole page (100,000 elements on the bench's huge page):
  // a step of its own, before the first nodes are copied.
  yield;
  let copied = 0;
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === CLOSE) {
      writer.close();
      continue;
    }
    const [node, measure] = next;
    if (node.nodeType === TEXT_NODE) {
      texts.push(node as Text);
      writer.text(copiedText(node as Text));
    } else if (node.nodeType === ELEMENT_NODE) {
      writer.open((node as Element).localName, copiedAttributes(node as Element));
      const elementCount = measure ? (node as Element).querySelectorAll('*').length : 0;
      if (isBulkWithoutProse(node as Element, elementCount)) writer.close();
      else pushChildren(node, isBulk(elementCount));
      // A count runs through the element's whole content: a step of its own.
      if (measure) yield;
    }
    if (++copied % NODES_PER_STEP === 0) yield;
  }
  return texts;
}

/** Writes the copy as nested arrays (`PageCopy`'s root). */
class ArrayWriter implements CopyWriter {
  private readonly openElements: CopiedElement[] = [];
  root: CopiedElement | null = null;

  open(name: string, attributes: string[]): void {
    const element: CopiedElement = [name, attributes, []];
    const parent = this.openElements.at(-1);
    if (parent) parent[2].push(element);
    else this.root = element;
    this.openElements.push(element);
  }

  text(data: string): void {
    this.openElements.at(-1)![2].push(data);
  }

  close(): void {
    this.openElements.pop();
  }
}

/** The page copied as nested arrays, in steps (see `walkPageInSteps`). */
export function* copyPageInSteps(doc: Document, url: string): Steps<LiveCopy | null> {
  const writer = new ArrayWriter();
  const texts = yield* walkPageInSteps(doc, writer);
  return texts && { copy: { url, root: writer.root! }, texts };
}

/** The page's copy as JSON text in chunks, and the live Text nodes its texts copy, by index. */
export interface LiveCopyJson {
  /** Joined, `JSON.stringify` of the copy (`PageCopy`); one chunk a step, none joined here. */
  chunks: string[];
  texts: Text[];
}

/** Writes the copy as JSON text, the same as `JSON.stringify` of the nested arrays; a chunk a step. */
class JsonWriter implements CopyWriter {
  readonly chunks: string[];
  private pieces: string[] = [];
  /** Whether the next node follows a sibling (a comma before it). */
  private afterSibling = false;

  constructor(url: string) {
    this.chunks = [`{"url":${JSON.stringify(url)},"root":`];
  }

  open(name: string, attributes: string[]): void {
    this.pieces.push(`${this.afterSibling ? ',' : ''}[${JSON.stringify(name)},${JSON.stringify(attributes)},[`);
    this.afterSibling = false;
  }

  text(data: string): void {
    this.pieces.push(`${this.afterSibling ? ',' : ''}${JSON.stringify(data)}`);
    this.afterSibling = true;
  }

  close(): void {
    this.pieces.push(']]');
    this.afterSibling = true;
  }

  /** The pieces written since the last chunk, joined into one. */
  endChunk(): void {
    this.chunks.push(this.pieces.join(''));
    this.pieces = [];
  }
}

/**
 * The page copied straight to JSON text, in steps: the copy crosses to the background as text
 * (lib/extension/message-parts.ts), which Chromium converts at half the cost of the nested arrays
 * (346 KB of JSON: 10–14 ms against 21–25 ms at CPU throttling 4; docs/quality.md, issue 17).
 * Written in the one walk of the page, no copy as arrays is made on the way, and each step's
 * pieces are joined at its end, so no step joins more than its own.
 */
export function* copyPageJsonInSteps(doc: Document, url: string): Steps<LiveCopyJson | null> {
  const writer = new JsonWriter(url);
  const walk = walkPageInSteps(doc, writer);
  for (let step = walk.next(); ; step = walk.next()) {
    writer.endChunk();
    if (step.done) {
      writer.chunks.push('}');
      return step.value && { chunks: writer.chunks, texts: step.value };
    }
    yield;
  }
}

/** The page copied at once. */
export function copyPage(doc: Document, url: string): LiveCopy | null {
  return runSteps(copyPageInSteps(doc, url));
}

/**
 * Builds the copy as `doc`'s document element (an empty document with no browsing context); the
 * rebuilt Text nodes, in the copy's order.
 */
export function rebuildPage(copy: PageCopy, doc: Document): Text[] {
  const texts: Text[] = [];
  const rootElement = createElement(doc, copy.root);
  const stack: Array<[CopiedNode, Element]> = [];
  const pushChildren = (from: CopiedElement, into: Element): void => {
    for (let i = from[2].length - 1; i >= 0; i--) stack.push([from[2][i], into]);
  };
  pushChildren(copy.root, rootElement);
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (typeof node === 'string') {
      texts.push(parent.appendChild(doc.createTextNode(node)));
      continue;
    }
    const element = parent.appendChild(createElement(doc, node));
    pushChildren(node, element);
  }
  if (doc.documentElement) doc.replaceChild(rootElement, doc.documentElement);
  else doc.appendChild(rootElement);
  return texts;
}

/** Stands for an element whose name the HTML parser took but createElement refuses ("a<b"). */
const UNNAMEABLE_ELEMENT = 'span';

function createElement(doc: Document, [name, attributes]: CopiedElement): Element {
  const element = attempt(() => doc.createElement(name)) ?? doc.createElement(UNNAMEABLE_ELEMENT);
  for (let i = 0; i < attributes.length; i += 2) {
    // An attribute whose name setAttribute refuses ('"', "a<b") is dropped: no extraction reads one.
    attempt(() => element.setAttribute(attributes[i], attributes[i + 1]));
  }
  return element;
}

/** The DOM call's result, or null where the name it was given is refused. */
function attempt<T>(call: () => T): T | null {
  try {
    return call() ?? null;
  } catch {
    return null;
  }
}
