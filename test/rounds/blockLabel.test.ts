import { blockLabel } from "../../src/engine/blockLabel";

describe("blockLabel", () => {
  it("names the decisions' numbered blocks Block N, in either language", () => {
    expect(blockLabel({ id: "block2", title: "Block 2: ytterligare utökning" })).toBe("Block 2");
    expect(blockLabel({ id: "block12", title: "x" }, "en")).toBe("Block 12");
  });
  it("names other blocks by their title, in English by the English title where the round gives one", () => {
    expect(blockLabel({ id: "overcrowding", title: "Överbeläggningar", titleEn: "Overcrowding" })).toBe("Överbeläggningar");
    expect(blockLabel({ id: "overcrowding", title: "Överbeläggningar", titleEn: "Overcrowding" }, "en")).toBe("Overcrowding");
    // An officer's round with a Swedish title only: the title, never the internal id.
    expect(blockLabel({ id: "overcrowding", title: "Överbeläggningar" }, "en")).toBe("Överbeläggningar");
  });
});
