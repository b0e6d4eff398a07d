import { createHash } from "node:crypto";

/** A short, stable hash of the given parts (hex). */
export function stableHash(...parts: Array<string | number>): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}

/** mulberry32: a small, fast PRNG; the same seed gives the same sequence everywhere. */
export function seededRandom(seed: string | number): () => number {
  let state = Number.parseInt(stableHash(String(seed)).slice(0, 8), 16) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A shuffled copy, deterministic for a seed (Fisher–Yates). */
export function seededShuffle<T>(items: readonly T[], seed: string | number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** `count` items picked deterministically for a seed, in their original order. */
export function seededPick<T>(items: readonly T[], count: number, seed: string | number): T[] {
  const chosen = new Set(
    seededShuffle(
      items.map((_, index) => index),
      seed,
    ).slice(0, count),
  );
  return items.filter((_, index) => chosen.has(index));
}
