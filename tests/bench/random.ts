/** A seeded source of pseudo-random choices: the same seed gives the same corpus and queries on every machine. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** An integer in [min, max], both included. */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One item, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** One item, the first ones more often: how studios, people and sources get cited in real catalogs. */
  pickSkewed<T>(items: readonly T[]): T;
  /** Up to `count` distinct items, by `pickSkewed`. */
  sample<T>(items: readonly T[], count: number, skewed?: boolean): T[];
}

/** mulberry32: tiny, fast and good enough to spread test data; not for anything secret. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('random: cannot pick from an empty list');
    return items[int(items.length)]!;
  };
  // Squaring a uniform draw favours low indices: index 0 is drawn about 1/sqrt(n) of the time.
  const pickSkewed = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('random: cannot pick from an empty list');
    const r = next();
    return items[Math.floor(r * r * items.length)]!;
  };
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick,
    pickSkewed,
    sample(items, count, skewed = true) {
      const chosen = new Set<(typeof items)[number]>();
      const wanted = Math.min(count, items.length);
      for (let tries = 0; chosen.size < wanted && tries < wanted * 10; tries++) {
        chosen.add(skewed ? pickSkewed(items) : pick(items));
      }
      return [...chosen];
    },
  };
}
