import { isDefaultRounding } from "./rounding/roundingRule";
import { increaseOf } from "./blocks/ladderBlock";
import { byCode, computeRound, rankOf } from "./computeRound";
import { eligibilityWithCount, isEligible } from "./eligibility";
import { ladder } from "./ladder";
import { rankSelect } from "./rankSelect";
import { Rational, ZERO, sum } from "./rational";
import type { BlockDef, EqualBlockDef, LadderBlockDef, MonthlyPerformanceDef, ProportionalBlockDef, RegionInput, RoundDef, WeightKey } from "./types";
import { WEIGHT_OPS, approxWeightFrom, weightsOf } from "./weights";
import { type Terms, sumsWithout, wholeOf } from "./wholeOf";

/** Each region's eligibility as a question sees it (see `eligibilityWithCount`). */
type Asked = ReturnType<typeof eligibilityWithCount>;

type State =
  /** Weights as doubles, 0 where a region is not in the block. */
  | { def: ProportionalBlockDef; eligible: boolean[]; asked: Asked[]; weights: Float64Array; weightsWithout: Float64Array; pot: number | null }
  | { def: EqualBlockDef; eligible: boolean[]; asked: Asked[] }
  /** Steps reached (exact and as doubles) and the remainder's weights, 0 where no step is reached. */
  | { def: LadderBlockDef; eligible: boolean[]; asked: Asked[]; increases: (Rational | null)[]; amountDoubles: Float64Array; whole: WholeLadder | null; restWeights: Float64Array; restWithout: Float64Array }
  /** Blocks no count moves (the beds round's months): each region's amount as computed. */
  | { def: null; amounts: Rational[] }
  /** Blocks the model does not follow (fixed amounts, caps, top N, per-unit pay, a declared column's weight): the full round answers. */
  | { def: "full" };

const MAX_POT = 2 ** 52;

/**
 * A ladder in whole kronor: thresholds, step amounts, the pot and what the
 * other regions' steps cost, as doubles. Integers below 2^52 add, subtract and
 * compare exactly in doubles (IEEE 754), as do halves and quarters of posts
 * (see `exactPosts`), so a question's step and the steps' cost need no BigInt.
 * A ladder with any other figure is answered by the full round.
 */
interface WholeLadder {
  thresholds: number[];
  amounts: number[];
  pot: number;
  stepTotalWithout: number[];
  /** Each region's plan as an exact double (see `exactPosts`), NaN where it has none such. */
  planned: Float64Array;
}

/**
 * The value as a double where the double is the value itself and a difference
 * of two such is too: a numerator below 2^31 over a power of two up to 2^20
 * (whole posts, half posts of a range's midpoint); null otherwise.
 */
function exactPosts(x: Rational | null): number | null {
  if (x === null) return null;
  if (x.d === 1n) {
    const v = Number(x.n);
    return Math.abs(v) < POSTS ? v : null;
  }
  if (x.d > QUARTERS || (x.d & (x.d - 1n)) !== 0n) return null;
  const v = Number(x.n);
  return Math.abs(v) < POSTS ? v / Number(x.d) : null;
}
const POSTS = 2 ** 31;
const QUARTERS = 1n << 20n;

/** The value as a double where it is a whole number below 2^52; null otherwise. */
function smallWhole(x: Rational | null): number | null {
  if (x === null || x.d !== 1n) return null;
  const v = Number(x.n);
  return Math.abs(v) < MAX_POT ? v : null;
}

function wholeLadder(def: LadderBlockDef, amounts: Rational[], regions: readonly RegionInput[]): WholeLadder | null {
  const thresholds = def.steps.map((st) => exactPosts(st.threshold));
  const steps = def.steps.map((st) => smallWhole(st.amount));
  const pot = smallWhole(def.pot);
  const total = smallWhole(sum(amounts));
  const each = amounts.map(smallWhole);
  if (pot === null || total === null || thresholds.includes(null) || steps.includes(null) || each.includes(null)) return null;
  const planned = Float64Array.from(regions, (r) => exactPosts(r.planned) ?? NaN);
  return { thresholds: thresholds as number[], amounts: steps as number[], pot, stepTotalWithout: each.map((a) => total - (a as number)), planned };
}

/**
 * Many what-ifs on one round: one region's count changed at a time (the region
 * then counts as applied, as `whatIf` has it), its new total. The model keeps
 * each block's doubles for the round as read; a question recomputes what the
 * one count moves (that region's eligibility, weight and step, the sums, every
 * share's double) and decides that region's whole kronor with the proof of
 * `largestRemainder` (see `wholeOf`). Where doubles cannot decide, or a block
 * rests on something else, the round is computed in full: every answer equals
 * `computeRound` with the changed count, always.
 */
/** The blocks the model follows: the presets' kinds, with built-in weights, no caps, nothing passed on, and the default rule for the last krona. */
function followed(def: BlockDef): def is ProportionalBlockDef | EqualBlockDef | LadderBlockDef | MonthlyPerformanceDef {
  if (def.rounding && !isDefaultRounding(def.rounding)) return false;
  if (def.kind === "proportional") return typeof def.weight === "string" && !def.cap && !def.floor && !def.leftover;
  return def.kind === "equal" || def.kind === "ladder" || def.kind === "monthlyPerformance";
}

export class WhatIfModel {
  private readonly regions: RegionInput[];
  private readonly index = new Map<string, number>();
  private readonly states: State[];
  private readonly ranks: number[];
  private readonly n: number;
  private readonly populations: Float64Array;
  /** No second term (see `Terms`). */
  private readonly zeros: Float64Array;
  private readonly scratch: Terms;
  /** How many answers needed the full round (a tie to split, a block no double decides): for tests and the benchmark. */
  fullRounds = 0;

  constructor(
    private readonly round: RoundDef,
    regions: readonly RegionInput[],
  ) {
    const base = computeRound(round, regions);
    const amountsAt = new Map(base.regions.map((r) => [r.code, r.amounts]));
    // In region-code order, the order computeRound works in and ties are broken in.
    this.regions = [...regions].sort(byCode);
    this.regions.forEach((r, i) => this.index.set(r.code, i));
    this.ranks = this.regions.map((r) => rankOf(r.code));
    this.n = this.regions.length;
    this.populations = Float64Array.from(this.regions, (x) => x.population.toNumber());
    this.zeros = new Float64Array(this.n);
    // NaN, not 0: the fields start as doubles, and the code that reads them is not thrown away when the first fraction arrives.
    this.scratch = { x: this.zeros, xr: NaN, fx: NaN, y: this.zeros, yr: NaN, fy: NaN };
    const amountsOf = (id: string) => this.regions.map((r) => amountsAt.get(r.code)![id]);
    // One block the model does not follow may pass money on to the next: then every answer is the full round's.
    // Another rule for the last krona than largest remainder in whole kronor: every answer is the full round's too.
    const blocks = round.rounding && !isDefaultRounding(round.rounding) ? [] : round.blocks.filter(followed);
    this.states = blocks.length === round.blocks.length ? blocks.map((def) => this.stateOf(def, amountsOf)) : [{ def: "full" }];
  }

  private stateOf(def: ProportionalBlockDef | EqualBlockDef | LadderBlockDef | MonthlyPerformanceDef, amountsOf: (id: string) => Rational[]): State {
    const rs = this.regions;
    if (def.kind === "monthlyPerformance") {
      const ids = [...def.measures.map((m) => m.id), def.bonus.id];
      return { def: null, amounts: rs.map((_, i) => sum(ids.map((id) => amountsOf(id)[i]))) };
    }
    const eligible = rs.map((r) => isEligible(r, def.among));
    const asked = rs.map((r) => eligibilityWithCount(r, def.among));
    if (def.kind === "equal") return { def, eligible, asked };
    if (def.kind === "proportional") {
      const weights = weightsOf(def.weight, rs, eligible).approx;
      return { def, eligible, asked, weights, weightsWithout: sumsWithout(weights), pot: smallWhole(def.pot) };
    }
    const increases = rs.map((r, i) => (eligible[i] ? increaseOf(r) : null));
    const steps = increases.map((inc) => (inc === null ? null : ladder(def.steps, inc)));
    const amounts = steps.map((st) => st?.amount ?? ZERO);
    const key = def.remainder.kind === "proportional" ? def.remainder.weight : "equal";
    const restWeights = weightsOf(key, rs, steps.map((st) => st !== null)).approx;
    return { def, eligible, asked, increases, amountDoubles: Float64Array.from(amounts, (a) => a.toNumber()), whole: wholeLadder(def, amounts, rs), restWeights, restWithout: sumsWithout(restWeights) };
  }

  /** The region's total with `count`, every block recomputed; exactly what `computeRound` gives. */
  totalWith(code: string, count: Rational): Rational {
    const r = this.at(code);
    const kronor = this.decided(r, count);
    return kronor === null ? this.computed(r, count) : Rational.from(kronor);
  }

  /**
   * The same total as a number, for a host that shows it straight away (a
   * what-if panel, a cell): whole kronor, so the double is the amount itself.
   */
  kronorWith(code: string, count: Rational): number {
    const r = this.at(code);
    const kronor = this.decided(r, count);
    if (kronor !== null) return kronor;
    const total = this.computed(r, count).toNumber();
    if (!Number.isSafeInteger(total)) throw new RangeError(`region ${code}: the total is beyond a double's whole numbers`);
    return total;
  }

  private at(code: string): number {
    const r = this.index.get(code);
    if (r === undefined) throw new RangeError(`no region ${code} in the round`);
    return r;
  }

  /**
   * Region r's total with `count` where every block's doubles decide it; null
   * where the full round must. Only numbers and the model's own arrays are
   * read here: the engine's region objects come in many shapes.
   */
  private decided(r: number, count: Rational): number | null {
    // Whole kronor below 2^52 each (see `wholeOf`): their sum in a double is exact while below 2^53.
    let total = 0;
    for (const s of this.states) {
      const amount = this.amountIn(s, r, count);
      if (amount === null) return null;
      total += amount;
    }
    return Number.isSafeInteger(total) ? total : null;
  }

  private computed(r: number, count: Rational): Rational {
    this.fullRounds++;
    return computeRound(this.round, this.regions.map((x, i) => (i === r ? { ...x, count, applied: true } : x))).regions[r].total;
  }

  /** The region's whole kronor in one block, or null where only the full round can say. */
  private amountIn(s: State, r: number, count: Rational): number | null {
    if (s.def === "full") return null;
    if (s.def === null) return this.regions[r].applied ? s.amounts[r].toNumber() : null;
    const asked = s.asked[r];
    const inside = asked.fixed && (!asked.mustReach || count.gte(this.regions[r].planned!));
    const def = s.def;
    if (def.kind === "equal") return inside ? this.equalAmount(def.pot, (s as Extract<State, { def: EqualBlockDef }>).eligible, r) : 0;
    if (def.kind === "proportional") {
      const st = s as Extract<State, { def: ProportionalBlockDef }>;
      const pot = st.pot;
      if (pot === null) return null;
      const t = this.terms(st.weights, inside ? approxWeightFrom(def.weight as WeightKey, count.toNumber(), this.populations[r]) : 0, 1);
      // x·(pot ÷ total): 3·11 + 2n + 3 rounding steps, as proportionalSplit counts them.
      const total = st.weightsWithout[r] + t.xr;
      if (total === 0) return 0;
      t.fx = pot / total;
      return wholeOf(pot, t, this.n, 3 * WEIGHT_OPS + 2 * this.n + 3, r);
    }
    return this.ladderAmount(s as Extract<State, { def: LadderBlockDef }>, r, count, inside);
  }

  /** The scratch terms, set to x (with xr at the question's region) times fx and no second term. */
  private terms(x: Float64Array, xr: number, fx: number): Terms {
    const t = this.scratch;
    t.x = x;
    t.xr = xr;
    t.fx = fx;
    t.y = this.zeros;
    t.yr = 0;
    t.fy = 0;
    return t;
  }

  /** Equal shares: every fraction ties, so the leftover kronor go to the first eligible regions in code order. */
  private equalAmount(pot: Rational, eligible: boolean[], r: number): number | null {
    if (!pot.isInteger() || pot.toNumber() >= MAX_POT) return null;
    let m = 1;
    let before = 0;
    eligible.forEach((e, i) => {
      if (e && i !== r) m++;
      if (e && i < r) before++;
    });
    const each = Number(pot.n / BigInt(m));
    return each + (before < pot.toNumber() - each * m ? 1 : 0);
  }

  private ladderAmount(s: Extract<State, { def: LadderBlockDef }>, r: number, count: Rational, inside: boolean): number | null {
    const w = s.whole;
    if (w === null) return null;
    let mine = 0;
    let reached = false;
    let inc = 0;
    if (inside) {
      const posts = exactPosts(count);
      const planned = w.planned[r];
      if (posts === null || Number.isNaN(planned)) return null; // a plan of tenths, or none: the full round says
      inc = posts - planned;
      let best = -1;
      for (let j = 0; j < w.thresholds.length; j++) if (inc >= w.thresholds[j] && (best < 0 || w.thresholds[j] >= w.thresholds[best])) best = j;
      if (best >= 0) {
        mine = w.amounts[best];
        reached = true;
      }
    }
    const stepTotal = w.stepTotalWithout[r] + mine;
    const n = this.n;
    const t = this.terms(s.amountDoubles, mine, 1);
    if (stepTotal > w.pot) {
      // Scaled: each step times pot ÷ cost (one rounding, one more for the product; 15 allowed).
      t.fx = w.pot / stepTotal;
      return wholeOf(w.pot, t, n, 15, r);
    }
    const left = w.pot - stepTotal;
    const rule = s.def.remainder;
    if (rule.kind === "none" || left <= 0) return wholeOf(left > 0 ? stepTotal : w.pot, t, n, 4, r);
    if (rule.kind === "proportional") {
      t.y = s.restWeights;
      t.yr = reached ? approxWeightFrom(rule.weight, count.toNumber(), this.populations[r]) : 0;
      const total = s.restWithout[r] + t.yr;
      // Nobody to take what is left: the steps alone are paid.
      if (total === 0) return wholeOf(stepTotal, t, n, 4, r);
      t.fy = left / total;
      return wholeOf(w.pot, t, n, 3 * WEIGHT_OPS + 2 * n + 4, r);
    }
    // The increase exactly, as the full round has it (the double `inc` only chose the step).
    const mineInc = inside ? count.minus(this.regions[r].planned as Rational) : null;
    const candidates = s.increases.map((x, i) => (i === r ? mineInc : s.eligible[i] ? x : null)).map((x) => (x !== null && x.isPositive() ? x : null));
    const { selected } = rankSelect(candidates, rule.n, "highest", rule.ties, this.ranks);
    const q = selected.filter(Boolean).length;
    if (q === 0) return wholeOf(stepTotal, t, n, 4, r);
    t.y = Float64Array.from(selected, Number);
    t.yr = t.y[r];
    t.fy = left / q;
    return wholeOf(w.pot, t, n, 6, r);
  }
}
