import { computeRound } from "../../src/engine/computeRound";
import { PotInvariantError, checkWithinPot } from "../../src/engine/potInvariant";
import { Rational } from "../../src/engine/rational";
import type { RoundResult } from "../../src/engine/types";
import { render } from "../../src/messages/message";
import { preset } from "../../src/rounds/presets";
import { REGIONS } from "../../src/workbook/values/regions";
import { region } from "../rounds/helpers";

const round = preset("at-2025")!;
const regions = REGIONS.map((r, i) => region({ code: r.code, population: 100000 + i * 7919, count: 5 + i, forecast: i % 3 !== 0 }));
const good = (): RoundResult => computeRound(round, regions);
const kr = (n: number) => Rational.from(n);

/** Whether the invariant stops a result, and with which message. */
function stops(result: RoundResult): string | null {
  try {
    checkWithinPot(round, result);
    return null;
  } catch (e) {
    if (!(e instanceof PotInvariantError)) throw e;
    return render(e.notice, "en");
  }
}

describe("a round never pays more than its pot (checked after every computation)", () => {
  it("holds for a computed round", () => expect(stops(good())).toBeNull());

  it("stops a block that pays more than its pot", () => {
    const r = good();
    const first = r.regions[0];
    first.amounts.block1 = first.amounts.block1.plus(kr(1));
    first.total = first.total.plus(kr(1));
    r.totals.block1 = r.totals.block1.plus(kr(1));
    r.totals.total = r.totals.total.plus(kr(1));
    r.blocks[0] = { ...r.blocks[0], allocated: r.blocks[0].allocated.plus(kr(1)) };
    expect(stops(r)).toBe("internal error: block1 pays 44,000,001\u00a0kr of a pot of 44,000,000\u00a0kr; nothing was written. Report it to Fördela's developers with the workbook and the round");
  });

  it("stops a round whose blocks pay less than its pot without saying it is unallocated", () => {
    const r = good();
    r.blocks[1] = { ...r.blocks[1], allocated: r.blocks[1].allocated.minus(kr(1)) };
    r.totals.block2 = r.totals.block2.minus(kr(1));
    expect(stops(r)).toContain("block2 pays");
  });

  it("stops a region whose amounts do not add up to its total, or a negative amount", () => {
    const r = good();
    r.regions[2].total = r.regions[2].total.plus(kr(1));
    expect(stops(r)).toContain(`${round.id} 04`);
    const s = good();
    s.regions[3].amounts.block1 = kr(-1);
    expect(stops(s)).toContain(`${round.id} 05`);
  });
});
