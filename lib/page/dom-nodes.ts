/**
 * `Node.nodeType`'s numbers, written once. Read as numbers, never from a global `Node`: the
 * background's service worker and Node (the command line, the evaluations) have none, and in
 * Firefox the page's nodes are Xray wrappers from another global, which `instanceof` misreads.
 */

/** `Node.ELEMENT_NODE`. */
export const ELEMENT_NODE = 1;

/** `Node.TEXT_NODE`. */
export const TEXT_NODE = 3;

/** The element a node is, or the one it sits in (a Text node's parent): where a Range's end lies. */
export function elementAt(node: Node): Element | null {
  return node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
}
