// A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so that the generated
// repository is the same on every machine for the same seed and filler text. Not for secrets:
// tokens come from node:crypto (scripts/bench/tokens.mjs).

/** splitmix32: spreads one 32-bit seed over the four words sfc32 needs. */
function splitmix32(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A generator of uniform numbers in [0, 1) with helpers for the choices the generator makes. */
export function createRandom(seed) {
  const init = splitmix32(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
  // Discard the first outputs: sfc32 mixes its state in during them.
  for (let i = 0; i < 12; i++) next();
  const int = (n) => Math.floor(next() * n);
  return {
    next,
    /** An integer in [0, n). */
    int,
    /** An integer in [lo, hi]. */
    range: (lo, hi) => lo + int(hi - lo + 1),
    chance: (p) => next() < p,
    pick: (list) => list[int(list.length)],
    /** A number spread evenly on a log scale between lo and hi: many small, some large. */
    logUniform: (lo, hi) => Math.round(lo * (hi / lo) ** next()),
    /** An index into `weights` picked in proportion to its weight. */
    weighted: (weights) => {
      let x = next() * weights.reduce((s, w) => s + w, 0);
      for (let i = 0; i < weights.length; i++) if ((x -= weights[i]) < 0) return i;
      return weights.length - 1;
    },
  };
}
