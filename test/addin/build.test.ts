import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** What `npm run build` put in dist/ (npm test builds first). */
const dist = path.join(__dirname, "..", "..", "dist");
const read = (f: string) => readFileSync(path.join(dist, f), "utf8");

describe("the build (dist/)", () => {
  beforeAll(() => {
    if (!existsSync(path.join(dist, "functions.json"))) throw new Error("dist/ is missing: run npm run build (npm test does)");
  });

  it("generates functions.json with every function and its parameters", () => {
    const meta = JSON.parse(read("functions.json")) as { functions: { id: string; description: string; helpUrl: string; parameters: { name: string; optional?: boolean; dimensionality?: string }[] }[] };
    const sig = Object.fromEntries(meta.functions.map((f) => [f.id, f.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`)]));
    expect(sig).toEqual({
      BLOCK1: ["counts", "populations", "pot"],
      BLOCK2: ["counts", "planned", "populations", "pot", "thresholds?", "amounts?"],
      LADDER: ["increase", "thresholds?", "amounts?"],
      PLANNED: ["text"],
      SHARE: ["weights", "pot"],
      ROUND: ["round_id", "table", "measures?"],
    });
    for (const f of meta.functions) {
      expect(f.description).toMatch(/ \/ /); // Swedish / English
      expect(f.helpUrl).toMatch(/^https:\/\/.+\/help\.html#/);
    }
    expect(meta.functions.find((f) => f.id === "BLOCK1")!.parameters[0].dimensionality).toBe("matrix");
  });

  it("registers every function with the runtime", () => {
    const js = read("functions.js");
    for (const id of ["BLOCK1", "BLOCK2", "LADDER", "PLANNED", "SHARE", "ROUND"]) expect(js).toContain(`associate("${id}"`);
  });

  it("loads every bundle from the taskpane page (the shared runtime has no functions.html)", () => {
    const html = read("taskpane.html");
    for (const s of ["taskpane.js", "functions.js", "commands.js", "taskpane.css"]) expect(html).toContain(s);
    expect(existsSync(path.join(dist, "functions.html"))).toBe(false);
  });

  it("copies the manifest, the icons and the help page", () => {
    expect(read("manifest.xml")).toContain("<Namespace resid=\"Functions.Namespace\"/>");
    for (const f of ["assets/icon-16.png", "assets/icon-32.png", "assets/icon-80.png", "help.html"]) expect(existsSync(path.join(dist, f))).toBe(true);
  });
});

describe("a production build for another address (FORDELA_URL)", () => {
  it("rewrites every URL in the manifest and in functions.json", () => {
    const out = mkdtempSync(path.join(tmpdir(), "fordela-prod-"));
    const root = path.join(__dirname, "..", "..");
    const run = spawnSync(process.execPath, [path.join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", out], {
      cwd: root,
      env: { ...process.env, FORDELA_URL: "https://fordela.example.se/" },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    for (const f of ["manifest.xml", "functions.json"]) {
      const text = readFileSync(path.join(out, f), "utf8");
      expect(text).not.toContain("localhost");
      expect(text).toContain("https://fordela.example.se/");
    }
  }, 120000);
});
