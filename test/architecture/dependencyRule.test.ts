/**
 * The house stays as built: no module imports from a higher floor or from another room of its
 * own floor, every module is on a floor, and no imports go round in a circle.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { circles, importGraph, importsOf } from "./importGraph";
import { FLOORS, roomOf, violations } from "./floors";

const root = resolve(__dirname, "../..");
const graph = importGraph(root);

describe("the dependency rule", () => {
  it("reads the graph: hundreds of imports, every one resolved to a file", () => {
    expect(graph.length).toBeGreaterThan(500);
    expect(graph.filter((e) => e.to.startsWith("?"))).toEqual([]);
  });

  it("puts every module of src/ on a floor", () => {
    const modules = [...new Set(graph.flatMap((e) => [e.from, e.to]))].filter((p) => p.startsWith("src/"));
    expect(modules.filter((p) => roomOf(p) === null)).toEqual([]);
  });

  it("has no import up a floor or sideways to another room", () => {
    expect(violations(graph)).toEqual([]);
  });

  it("has no circle of imports, in src/ or in bench/", () => {
    expect(circles(graph)).toEqual([]);
    expect(circles(importGraph(root, "bench"))).toEqual([]);
  });

  it("fails when a module imports from a higher floor, sideways or in a circle", () => {
    // The engine taking a name from the rounds, as engine/whatIf.ts once did; resolved from source text.
    const file = join(root, "src", "engine", "whatIf.ts");
    const [upward] = importsOf(file, `import { compileRound } from "../rounds/roundFile";`);
    expect(upward.to).not.toBeNull();
    const added = { from: "src/engine/whatIf.ts", to: "src/rounds/roundFile.ts" };
    expect(violations([...graph, added])).toEqual([expect.stringContaining("up from engine to rounds")]);
    const sideways = { from: "src/hosts/office/officePort.ts", to: "src/hosts/xlsx/zipGuard.ts" };
    expect(violations([sideways])).toEqual([expect.stringContaining("sideways from hosts/office to hosts/xlsx")]);
    const round = [
      { from: "src/ui/page.ts", to: "src/ui/render.ts", spec: "" },
      { from: "src/ui/render.ts", to: "src/ui/page.ts", spec: "" },
    ];
    expect(circles(round)).toEqual([["src/ui/page.ts", "src/ui/render.ts"]]);
  });
});

describe("the rooms of src/workbook", () => {
  const rooms = FLOORS.flat().filter((r) => r.startsWith("workbook/"));

  it.each(rooms.map((r) => [r]))("%s says what it owns, and the architecture page links it", (room) => {
    const readme = join(root, "src", room, "README.md");
    expect(existsSync(readme)).toBe(true);
    expect(readFileSync(readme, "utf8").trim().split("\n").length).toBeGreaterThanOrEqual(2);
    const architecture = readFileSync(join(root, "docs", "dev", "architecture.md"), "utf8");
    expect(architecture).toContain(`](../../src/${room}/README.md)`);
  });
});

describe("the architecture page", () => {
  const page = readFileSync(join(root, "docs", "dev", "architecture.md"), "utf8");
  const rooms = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\/$/, ""));

  it("lists the floors of floors.ts, in order, with the workbook's rooms in order", () => {
    const rows = page.split("\n").filter((l) => /^\| \d+ \|/.test(l)).map((l) => rooms(l.split("|")[2]));
    // floors.ts gives each room of the workbook a floor of its own; the page shows them as one floor.
    const collapsed: string[][] = [];
    for (const floor of FLOORS) {
      if (floor.every((r) => r.startsWith("workbook/"))) {
        if (collapsed.at(-1)?.[0] !== "workbook") collapsed.push(["workbook"]);
      } else collapsed.push([...floor]);
    }
    expect(rows).toEqual(collapsed);
    const numbered = page.split("\n").filter((l) => /^\d+\. \[`/.test(l)).map((l) => `workbook/${rooms(l)[0]}`);
    expect(numbered).toEqual(FLOORS.flat().filter((r) => r.startsWith("workbook/")));
  });
});
