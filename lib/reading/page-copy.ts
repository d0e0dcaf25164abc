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

/** Nodes copied in one step: a small fraction of a task's budget, so the clock is read often enough. */
const NODES_PER_STEP = 250;

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
  const attributes: string[] = [];
  for (const attribute of Array.from(element.attributes)) attributes.push(attribute.name, attribute.value);
  return attributes;
}

/**
 * The page copied, in steps of NODES_PER_STEP nodes. Comments and other non-element, non-text
 * nodes are left out, as are shadow roots and frames (which Readability never sees either), and
 * the content of a bulk of elements without prose (MAX_ELEMENTS_WITHOUT_PARAGRAPH).
 */
export function* copyPageInSteps(doc: Document, url: string): Steps<LiveCopy | null> {
  const rootElement = doc.documentElement;
  if (!rootElement) return null;
  const root: CopiedElement = [rootElement.localName, copiedAttributes(rootElement), []];
  const texts: Text[] = [];
  // Each node with whether it is to be measured: elements are counted only under an element
  // found too large to copy without looking (so an ordinary page is counted once, at its root).
  const stack: Array<[Node, CopiedNode[], boolean]> = [];
  const pushChildren = (parent: Node, into: CopiedNode[], measure: boolean): void => {
    for (let child = parent.lastChild; child; child = child.previousSibling) stack.push([child, into, measure]);
  };
  pushChildren(rootElement, root[2], isBulk(rootElement.querySelectorAll('*').length));
  let copied = 0;
  while (stack.length > 0) {
    const [node, into, measure] = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      texts.push(node as Text);
      into.push(copiedText(node as Text));
    } else if (node.nodeType === ELEMENT_NODE) {
      const element: CopiedElement = [(node as Element).localName, copiedAttributes(node as Element), []];
      into.push(element);
      const elementCount = measure ? (node as Element).querySelectorAll('*').length : 0;
      if (!isBulkWithoutProse(node as Element, elementCount)) {
        pushChildren(node, element[2], isBulk(elementCount));
      }
      // A count runs through the element's whole content: a step of its own.
      if (measure) yield;
    }
    if (++copied % NODES_PER_STEP === 0) yield;
  }
  return { copy: { url, root }, texts };
}

/** Text written as it is into the copy's JSON (brackets and commas), beside the nodes still to write. */
interface Literal {
  literal: string;
}

/** The text closing a node's children and the node, and the text between two nodes: one object each, not one per node. */
const CLOSE_NODE: Literal = { literal: ']]' };
const BETWEEN_NODES: Literal = { literal: ',' };

/**
 * The copy as JSON text, the same as `JSON.stringify(copy)`, written in steps of NODES_PER_STEP
 * pieces. One string crosses to the background in one piece (lib/extension/messages.ts, `Json`),
 * where the copy as nested arrays was converted value by value on the page's thread: twice as
 * long (346 KB of JSON: 21–25 ms against 10–14 ms for the string, at CPU throttling 4;
 * docs/quality.md, issue 17). Written in one call, the text of a large page would take a task's
 * budget and more (8 ms for those 346 KB); each step's pieces are joined at once.
 */
export function* pageCopyJsonInSteps(copy: PageCopy): Steps<string> {
  const chunks = [`{"url":${JSON.stringify(copy.url)},"root":`];
  let pieces: string[] = [];
  const stack: Array<CopiedNode | Literal> = [copy.root];
  let written = 0;
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (typeof next === 'string') pieces.push(JSON.stringify(next));
    else if (!Array.isArray(next)) pieces.push(next.literal);
    else {
      const [name, attributes, children] = next;
      pieces.push(`[${JSON.stringify(name)},${JSON.stringify(attributes)},[`);
      stack.push(CLOSE_NODE);
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]);
        if (i > 0) stack.push(BETWEEN_NODES);
      }
    }
    if (++written % NODES_PER_STEP === 0) {
      chunks.push(pieces.join(''));
      pieces = [];
      yield;
    }
  }
  chunks.push(pieces.join(''), '}');
  return chunks.join('');
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
