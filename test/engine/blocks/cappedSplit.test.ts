import { cappedSplit } from "../../../src/engine/cappedSplit";
import { d } from "./helpers";

const none = [null, null, null];
const show = (xs: { toString(): string }[]) => xs.map(String);

describe("cappedSplit", () => {
  it("without caps or floors is a plain proportional split", () => {
    // 900 by 1 : 2 : 6 → 100, 200, 600.
    const s = cappedSplit(d(900), [d(1), d(2), d(6)], [true, true, true], none, none);
    expect(show(s.amounts)).toEqual(["100", "200", "600"]);
    expect(s.state).toEqual(["free", "free", "free"]);
  });

  it("shares what a cap cuts off among the regions below their caps, by the same weight", () => {
    // 900 by 1 : 2 : 6 would give 100, 200, 600; C is capped at 300.
    // The 300 it cuts off goes to A and B by 1 : 2: A 100 + 100 = 200, B 200 + 200 = 400.
    // Level λ = (900 − 300) / (1 + 2) = 200 per unit of weight.
    const s = cappedSplit(d(900), [d(1), d(2), d(6)], [true, true, true], none, [null, null, d(300)]);
    expect(show(s.amounts)).toEqual(["200", "400", "300"]);
    expect(s.state).toEqual(["free", "free", "capped"]);
    expect(s.level!.toString()).toBe("200");
    expect(s.paid.toString()).toBe("900");
  });

  it("goes on until nothing is left: a second region meets its cap on the second round", () => {
    // 1 000 by 1 : 2 : 6, caps B 250, C 300. First C: 300, leaving 700 for A and B by 1 : 2 (233⅓, 466⅔);
    // B is then over 250, so B 250, and A takes the rest: 1 000 − 300 − 250 = 450.
    const s = cappedSplit(d(1000), [d(1), d(2), d(6)], [true, true, true], none, [null, d(250), d(300)]);
    expect(show(s.amounts)).toEqual(["450", "250", "300"]);
    expect(s.state).toEqual(["free", "capped", "capped"]);
  });

  it("pays every cap and leaves the rest when every region is capped", () => {
    // Caps 100 + 200 + 300 = 600 of a pot of 1 000: 400 is not paid.
    const s = cappedSplit(d(1000), [d(1), d(1), d(1)], [true, true, true], none, [d(100), d(200), d(300)]);
    expect(show(s.amounts)).toEqual(["100", "200", "300"]);
    expect(s.paid.toString()).toBe("600");
    expect(s.state).toEqual(["capped", "capped", "capped"]);
  });

  it("lifts a region to its floor and shares the rest by weight", () => {
    // 1 000 by 1 : 4 : 5 gives A 100; A's floor is 250. The others share 750 by 4 : 5: 333⅓ and 416⅔.
    const s = cappedSplit(d(1000), [d(1), d(4), d(5)], [true, true, true], [d(250), null, null], none);
    expect(s.amounts[0].toString()).toBe("250");
    expect(s.amounts[1].mul(3).toString()).toBe("1000");
    expect(s.amounts[2].mul(3).toString()).toBe("1250");
    expect(s.state).toEqual(["floor", "free", "free"]);
  });

  it("scales floors that together exceed the pot, as a ladder's steps", () => {
    // Floors 300 + 300 + 400 = 1 000 of a pot of 500: each floor × ½.
    const s = cappedSplit(d(500), [d(1), d(1), d(1)], [true, true, true], [d(300), d(300), d(400)], none);
    expect(show(s.amounts)).toEqual(["150", "150", "200"]);
    expect(s.floorsScale!.toString()).toBe("0.5");
  });

  it("leaves out regions outside the block and pays them nothing", () => {
    const s = cappedSplit(d(600), [d(1), d(2), d(3)], [true, false, true], none, none);
    // 600 by 1 : 3 among A and C.
    expect(show(s.amounts)).toEqual(["150", "0", "450"]);
    expect(s.state[1]).toBe("out");
  });

  it("keeps a floor above the cap at the cap", () => {
    const s = cappedSplit(d(1000), [d(1), d(1)], [true, true], [d(700), null], [d(400), null]);
    expect(show(s.amounts)).toEqual(["400", "600"]);
  });
});
