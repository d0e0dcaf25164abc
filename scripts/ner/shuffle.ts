/** The trainers' shuffle of their examples' order, each epoch, by a seeded generator. */

/** Fisher–Yates in place, drawing from `random` (seeded, so that a rerun trains the same model). */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}
