import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runInNewContext } from "node:vm";

/** What `npm run build:local` put in dist/ (npm test builds first). */
const dist = path.join(__dirname, "..", "..", "dist");
const read = (f: string) => readFileSync(path.join(dist, f), "utf8");

describe("the build (dist/)", () => {
  beforeAll(() => {
    if (!existsSync(path.join(dist, "functions.json"))) throw new Error("dist/ is missing: run npm run build:local (npm test does)");
  });

  it("generates functions.json with every function and its parameters", () => {
    const meta = JSON.parse(read("functions.json")) as { functions: { id: string; description: string; helpUrl: string; parameters: { name: string; optional?: boolean; dimensionality?: string }[] }[] };
    const sig = Object.fromEntries(meta.functions.map((f) => [f.id, f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`)]));
    expect(sig).toEqual({
      BLOCK1: ["counts", "populations", "pot"],
      BLOCK2: ["counts", "planned", "populations", "pot", "thresholds?", "amounts?"],
      LADDER: ["increase", "thresholds?", "amounts?"],
      PLANNED: ["text"],
      SHARE: ["weights", "pot", "method?", "unit?"],
      ROUNDTABLE: ["round_id", "table", "measures?"],
    });
    // AT.ROUND keeps its name; its id (what a saved formula stores) is not Excel's own ROUND.
    expect(Object.fromEntries(meta.functions.map((f) => [f.id, (f as unknown as { name: string }).name]))).toEqual({ BLOCK1: "BLOCK1", BLOCK2: "BLOCK2", LADDER: "LADDER", PLANNED: "PLANNED", SHARE: "SHARE", ROUNDTABLE: "ROUND" });
    for (const f of meta.functions) {
      expect(f.description).not.toMatch(/ \/ |[åäö]/); // the English half only
      expect(f.helpUrl).toMatch(/^https:\/\/.+\/help\.html#/);
    }
    expect(meta.functions.find((f) => f.id === "BLOCK1")!.parameters[0].dimensionality).toBe("matrix");
  });

  it("generates functions-sv.json: the same functions, with Swedish names and descriptions", () => {
    type Meta = { functions: { id: string; name: string; description: string; parameters: { name: string; description: string }[] }[] };
    const en = JSON.parse(read("functions.json")) as Meta;
    const sv = JSON.parse(read("functions-sv.json")) as Meta;
    expect(sv.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
    expect(Object.fromEntries(sv.functions.map((f) => [f.id, f.name]))).toEqual({ BLOCK1: "BLOCK1", BLOCK2: "BLOCK2", LADDER: "TRAPPA", PLANNED: "PLANERAT", SHARE: "ANDEL", ROUNDTABLE: "OMGÅNG" });
    const round = sv.functions.find((f) => f.id === "ROUNDTABLE")!;
    expect(round.description).toBe("Hela omgången för en tabell med rubrikrad, som en spillande tabell.");
    expect(round.parameters.map((p) => p.name)).toEqual(["omgång", "tabell", "månadsvärden"]);
    expect(sv.functions.find((f) => f.id === "SHARE")!.parameters.map((p) => p.name)).toEqual(["vikter", "pott", "avrundning", "enhet"]);
    for (const f of sv.functions) for (const d of [f.description, ...f.parameters.map((p) => p.description)]) expect(d).not.toMatch(/ \/ /);
  });

  it("registers every function with the runtime", () => {
    const js = read("functions.js");
    for (const id of ["BLOCK1", "BLOCK2", "LADDER", "PLANNED", "SHARE", "ROUNDTABLE"]) expect(js).toContain(`associate("${id}"`);
  });

  it("loads every bundle from the taskpane page (the shared runtime has no functions.html), the engine once", () => {
    const html = read("taskpane.html");
    const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]).filter((s) => !s.startsWith("http"));
    expect(scripts).toEqual(["runtime.js", "engine.js", "taskpane.js", "functions.js", "commands.js"]);
    expect(html).toContain("taskpane.css");
    expect(existsSync(path.join(dist, "functions.html"))).toBe(false);
    // A message only the engine has: in one of the page's files, not in each bundle that uses it.
    const holders = scripts.filter((s) => read(s).includes("too many rounding steps for the filter"));
    expect(holders).toEqual(["engine.js"]);
  });

  /** Runs the given bundles, in order, in one fresh global scope as a page would, and returns the ids they register with Excel. */
  const associatedBy = (files: string[]) => {
    const ids: string[] = [];
    const g: Record<string, unknown> = { CustomFunctions: { associate: (id: string) => ids.push(id), Error: class extends Error {}, ErrorCode: {} }, console };
    g.self = g;
    g.window = g;
    // What webpack's runtime asks of the page: the script's own address, for chunks it loads later.
    g.document = { currentScript: { tagName: "SCRIPT", src: "https://localhost:3000/runtime.js" }, getElementsByTagName: () => [] };
    for (const f of files) runInNewContext(read(f), g, { filename: f });
    return ids;
  };

  it("keeps functions.js a part of the shared runtime, not a file that runs alone: Excel runs the functions in the taskpane page, which loads runtime.js and engine.js first", () => {
    // The decision (README, "functions.js"): with a shared runtime Excel loads the runtime's page (Runtime,
    // the functions' Page and FunctionFile are the one resid), and that page loads functions.js; the
    // Script URL is required by the manifest's schema but nothing runs functions.js by itself.
    const manifest = read("manifest.xml");
    const url = (id: string) => new RegExp(`<bt:Url id="${id}" DefaultValue="([^"]+)"`).exec(manifest)![1];
    const resid = (re: RegExp) => re.exec(manifest)![1];
    const runtime = resid(/<Runtime resid="([^"]+)" lifetime="long"\/>/);
    expect(resid(/<Page>\s*<SourceLocation resid="([^"]+)"\/>/)).toBe(runtime);
    expect(resid(/<FunctionFile resid="([^"]+)"\/>/)).toBe(runtime);
    expect(path.basename(url(runtime))).toBe("taskpane.html");
    expect(path.basename(url(resid(/<Script>\s*<SourceLocation resid="([^"]+)"\/>/)))).toBe("functions.js");
    // The page loads the webpack runtime and the engine before the functions.
    const scripts = [...read("taskpane.html").matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts.indexOf("runtime.js")).toBeGreaterThanOrEqual(0);
    expect(scripts.indexOf("runtime.js")).toBeLessThan(scripts.indexOf("engine.js"));
    expect(scripts.indexOf("engine.js")).toBeLessThan(scripts.indexOf("functions.js"));
    // In that order every function is registered; functions.js alone registers none (it waits for the runtime).
    expect(associatedBy(["runtime.js", "engine.js", "functions.js"]).sort()).toEqual(["BLOCK1", "BLOCK2", "LADDER", "PLANNED", "ROUNDTABLE", "SHARE"]);
    expect(associatedBy(["functions.js"])).toEqual([]);
  });

  it("gives no function an id or a name that is a cell reference or one of Excel's own functions (Microsoft's naming guidance)", () => {
    type Meta = { functions: { id: string; name: string }[] };
    const names = ["functions.json", "functions-sv.json"].flatMap((f) => (JSON.parse(read(f)) as Meta).functions.flatMap((fn) => [fn.id, fn.name]));
    // A1 … XFD1048576: one to three letters up to XFD, then a row.
    const cellRef = (n: string) => {
      const m = /^([A-Z]{1,3})(\d+)$/.exec(n);
      return !!m && (m[1].length < 3 || m[1] <= "XFD") && Number(m[2]) >= 1 && Number(m[2]) <= 1048576;
    };
    expect(names.filter(cellRef)).toEqual([]);
    // Excel's own functions an allocation could be mistaken for (ROUND was AT.ROUND's first id).
    const excels = ["ROUND", "ROUNDUP", "ROUNDDOWN", "MROUND", "SUM", "COUNT", "RANK", "TRUNC", "INT", "VALUE", "TEXT", "CHOOSE", "INDEX", "LOOKUP"];
    const ids = (JSON.parse(read("functions.json")) as Meta).functions.map((f) => f.id);
    expect(ids.filter((id) => excels.includes(id))).toEqual([]);
  });

  it("copies the manifest, the icons and the help page", () => {
    expect(read("manifest.xml")).toContain("<Namespace resid=\"Functions.Namespace\"/>");
    for (const f of ["assets/icon-16.png", "assets/icon-32.png", "assets/icon-80.png", "help.html"]) expect(existsSync(path.join(dist, f))).toBe(true);
  });
});

describe("a production build (npm run build)", () => {
  const root = path.join(__dirname, "..", "..");
  const build = (env: Record<string, string | undefined>) => {
    const out = mkdtempSync(path.join(tmpdir(), "fordela-prod-"));
    const run = spawnSync(process.execPath, [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
    return { out, run };
  };

  it("rewrites every URL in the manifest and in both functions' metadata to FORDELA_URL", () => {
    const { out, run } = build({ FORDELA_URL: "https://fordela.example.se/" });
    expect(run.status).toBe(0);
    for (const f of ["manifest.xml", "functions.json", "functions-sv.json"]) {
      const text = readFileSync(path.join(out, f), "utf8");
      expect(text).not.toContain("localhost");
      expect(text).toContain("https://fordela.example.se/");
    }
  }, 120000);

  it("fails without FORDELA_URL, saying so, rather than keep localhost", () => {
    const { out, run } = build({ FORDELA_URL: undefined });
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/FORDELA_URL is not set/);
    expect(existsSync(path.join(out, "manifest.xml"))).toBe(false);
  }, 120000);
});
