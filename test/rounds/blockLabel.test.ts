import { blockLabel } from "../../src/rounds/blockLabel";

describe("blockLabel", () => {
  it("names the decisions' numbered blocks Block N, in either language", () => {
    expect(blockLabel({ id: "block2", title: "Block 2: ytterligare utökning" })).toBe("Block 2");
    expect(blockLabel({ id: "block12", title: "x" }, "en")).toBe("Block 12");
  });
  it("names other blocks by their title in Swedish and their id in English", () => {
    expect(blockLabel({ id: "overcrowding", title: "Överbeläggningar" })).toBe("Överbeläggningar");
    expect(blockLabel({ id: "overcrowding", title: "Överbeläggningar" }, "en")).toBe("overcrowding");
  });
});
