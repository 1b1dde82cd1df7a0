import { readFileSync } from "node:fs";
import path from "node:path";
import { previewRound } from "../src/app/roundFlow";
import { computeRound } from "../src/engine/computeRound";
import { XlsxPort } from "../src/hosts/xlsx/xlsxPort";
const ROOT = path.join(__dirname, "..", "..", "..");
(async () => {
  const which = process.argv[2] ?? "at-2024";
  const file = which === "at-2024" ? "at-2024-handlaggning.xlsx" : "beds-2024-exempel.xlsx";
  const p = await previewRound(new XlsxPort(readFileSync(path.join(ROOT, "examples", file))), { source: { preset: which }, date: "", version: "" });
  if (!p.ok) throw new Error("x");
  const regions = p.regions.map((r) => r.input);
  const N = Number(process.argv[3] ?? 20000);
  for (let k = 0; k < 2000; k++) computeRound(p.round, regions);
  const t = process.hrtime.bigint();
  for (let k = 0; k < N; k++) computeRound(p.round, regions);
  console.log(which, Number(process.hrtime.bigint() - t) / 1e3 / N, "µs");
})();
