// A multinomial logistic regression over named binary features: the learned layer of the wording
// coach. Training is deterministic (full-batch gradient steps with AdaGrad, from zero weights, in
// a fixed order), so the same statements always give the same weights; scoring is a sum of the
// weights of the features present, so each decision can be explained by its largest terms.

export type Model = {
  classes: string[];
  /** Per feature, one weight per class. A feature not listed weighs nothing. */
  weights: Record<string, number[]>;
};

export type Example = { features: readonly string[]; y: number };
export type TrainOptions = { epochs: number; rate: number; l2: number; minCount: number };
export const TRAIN_DEFAULTS: TrainOptions = { epochs: 400, rate: 1, l2: 0.00001, minCount: 2 };

/** The raw score (logit) of each class. */
export function logits(model: Model, features: readonly string[]): number[] {
  const z = model.classes.map(() => 0);
  for (const f of features) {
    const w = model.weights[f];
    if (w) for (let c = 0; c < z.length; c++) z[c]! += w[c] ?? 0;
  }
  return z;
}

export function softmax(z: readonly number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** The features that pushed class c up the most against the runner-up, largest first. */
export function reasons(model: Model, features: readonly string[], c: number, other: number, n = 3): string[] {
  const terms: [string, number][] = [];
  for (const f of features) {
    const w = model.weights[f];
    if (!w || f === 'bias') continue;
    const d = (w[c] ?? 0) - (w[other] ?? 0);
    if (d > 0.05) terms.push([f, d]);
  }
  terms.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return terms.slice(0, n).map((t) => t[0]);
}

function vocabulary(examples: readonly Example[], minCount: number): string[] {
  const count = new Map<string, number>();
  for (const e of examples) for (const f of e.features) count.set(f, (count.get(f) ?? 0) + 1);
  return [...count.entries()]
    .filter(([f, n]) => n >= minCount || f === 'bias')
    .map(([f]) => f)
    .sort();
}

/** Train on the examples; classes are indexed by Example.y. */
export function train(classes: readonly string[], examples: readonly Example[], opts: TrainOptions = TRAIN_DEFAULTS): Model {
  const vocab = vocabulary(examples, opts.minCount);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({ y: e.y, x: e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined) }));
  const K = classes.length;
  const W = new Float64Array(vocab.length * K);
  const G = new Float64Array(vocab.length * K);
  const H = new Float64Array(vocab.length * K).fill(1e-8);
  const p = new Float64Array(K);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    G.fill(0);
    for (const r of rows) {
      let max = -Infinity;
      for (let c = 0; c < K; c++) {
        let z = 0;
        for (const i of r.x) z += W[i * K + c]!;
        p[c] = z;
        if (z > max) max = z;
      }
      let s = 0;
      for (let c = 0; c < K; c++) s += p[c] = Math.exp(p[c]! - max);
      for (let c = 0; c < K; c++) {
        const g = p[c]! / s - (c === r.y ? 1 : 0);
        for (const i of r.x) G[i * K + c]! += g;
      }
    }
    const n = rows.length;
    for (let j = 0; j < W.length; j++) {
      const g = G[j]! / n + opts.l2 * W[j]!;
      H[j]! += g * g;
      W[j]! -= (opts.rate * g) / Math.sqrt(H[j]!);
    }
  }
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    const w = Array.from(W.subarray(i * K, i * K + K), (v) => Math.round(v * 1000) / 1000);
    if (w.some((v) => Math.abs(v) >= 0.005)) weights[f] = w;
  });
  return { classes: [...classes], weights };
}
