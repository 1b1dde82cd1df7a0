import { OfficePort, officeRun } from "../../src/hosts/office/officePort";
import { presetFiles } from "../../src/rounds/presets";
import { render } from "../../src/messages/message";
import { Controller, type MappingStore } from "../../src/ui/controller";
import { reviewCard, reviewTitle } from "../../src/ui/reviewCard";
import { excelFromXlsx } from "../helpers/fakeExcelFiles";
import { roundedWorkbook } from "../helpers/roundedWorkbook";
import { EXAMPLE, SHEET } from "../helpers/workbooks";

const store: MappingStore = { load: () => ({}), save: () => undefined };

/** The taskpane on a stand-in Excel holding the 2024 workbook with its figures rounded by `rounding`. */
async function reviewed(rounding: Record<string, unknown>, edit?: (figures: Map<string, number | null>) => void) {
  const { file } = await roundedWorkbook({ example: EXAMPLE, sheet: SHEET, file: presetFiles["at-2024"], source: { preset: "at-2024" } }, rounding, edit);
  const fake = await excelFromXlsx(file);
  const port = new OfficePort(officeRun(fake.host()));
  const controller = new Controller({ port, store, version: "fordela test", now: () => new Date("2026-11-24T00:00:00Z"), select: (a) => port.select(a) });
  await controller.start();
  await controller.review();
  return controller.state.review!;
}

const noController = {} as Controller;

/** Just enough of a DOM for `h`: elements with attributes, children and text (the test environment is node). */
class StubNode {
  children: (StubNode | string)[] = [];
  attrs: Record<string, string> = {};
  constructor(readonly tag: string) {}
  setAttribute(k: string, v: string) {
    this.attrs[k] = v;
  }
  addEventListener() {}
  append(c: StubNode | string) {
    this.children.push(c);
  }
  get text(): string {
    return this.children.map((c) => (typeof c === "string" ? c : c.text)).join("");
  }
  find(pred: (n: StubNode) => boolean): StubNode[] {
    return this.children.flatMap((c) => (typeof c === "string" ? [] : [...(pred(c) ? [c] : []), ...c.find(pred)]));
  }
}

function card(review: Awaited<ReturnType<typeof reviewed>>, lang: "sv" | "en", c: Controller): StubNode {
  const g = globalThis as { document?: unknown };
  g.document = { createElement: (tag: string) => new StubNode(tag), createTextNode: (t: string) => t };
  try {
    return reviewCard(c, review, lang) as unknown as StubNode;
  } finally {
    delete g.document;
  }
}

describe("Granska names the rule for the last krona the workbook's figures follow", () => {
  it("half up with the difference on the largest region: the heading and the rule in Swedish and English, as the command line says it", async () => {
    const review = await reviewed({ method: "halfUpToLargest" });
    expect(review.convention?.rule).toEqual({ method: "halfUpToLargest", unit: 1n });
    const n = review.differences.length;
    expect(n).toBeGreaterThan(0);
    expect(reviewTitle(review, "sv")).toBe(`Granskning: ${n} av 63 belopp skiljer sig, men bara i avrundningen`);
    expect(reviewTitle(review, "en")).toBe(`Check: ${n} of 63 amounts differ, but only in the rounding`);
    expect(render(review.convention!.message, "sv", "ui")).toBe(
      'Beloppen följer avrundning uppåt från 0,5 med resten på den region som får mest (halfUpToLargest); lägg till "rounding": { "method": "halfUpToLargest" } i en egen omgångsfil med omgångens regler för att räkna så.',
    );
    expect(render(review.convention!.message, "en", "ui")).toBe(
      'The amounts follow rounding half up with the difference on the region that gets the most (halfUpToLargest); add "rounding": { "method": "halfUpToLargest" } to a round file of your own with the round\'s rules to compute that way.',
    );
    // The card says the rule instead of listing ±1 kr differences; the sums stay.
    const sv = card(review, "sv", noController);
    expect(sv.find((x) => x.attrs.id === "review-title")[0].text).toBe(reviewTitle(review, "sv"));
    expect(sv.find((x) => x.attrs.id === "review-convention")[0].text).toBe(render(review.convention!.message, "sv", "ui"));
    expect(sv.find((x) => x.tag === "ol")).toEqual([]);
    expect(sv.find((x) => x.tag === "table")).toHaveLength(1);
    expect(card(review, "en", noController).find((x) => x.attrs.id === "review-convention")[0].text).toMatch(/^The amounts follow rounding half up/);
  });

  it("in whole 10 000 kr: the unit is named", async () => {
    const review = await reviewed({ method: "largestRemainder", unit: 10000 });
    expect(review.convention?.rule).toEqual({ method: "largestRemainder", unit: 10000n });
    expect(render(review.convention!.message, "sv", "ui").replace(/\u00a0/g, " ")).toContain("avrundning nedåt till hela 10 000 kr med det som blir över till de största resterna (largestRemainder)");
  });

  it("one figure 1 kr off: no rule, the differing cells listed under the usual heading", async () => {
    const review = await reviewed({ method: "halfUpToLargest" }, (figures) => {
      const at = [...figures.keys()].find((k) => k.endsWith(",8"))!;
      figures.set(at, figures.get(at)! - 1);
    });
    expect(review.convention).toBeUndefined();
    expect(reviewTitle(review, "sv")).toBe(`Granskning: ${review.differences.length} av 63 belopp skiljer sig från den exakta fördelningen`);
    const sv = card(review, "sv", noController);
    expect(sv.find((x) => x.attrs.id === "review-convention")).toEqual([]);
    expect(sv.find((x) => x.tag === "ol")[0].children).toHaveLength(review.differences.length);
  });
});
