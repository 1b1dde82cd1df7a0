import path from "node:path";
import { EXAMPLE, SHEET } from "../helpers/workbooks";
import { describeCatalogue } from "./describeCatalogue";
import { at2024Cases, otherRoundCases } from "./tableShapeCases";

const example = (name: string) => path.join(__dirname, "..", "..", "examples", name);
const at2024 = { example: EXAMPLE, sheet: SHEET, round: ["--round", "at-2024"], total: 223000000 };

describeCatalogue("the table's shape, AT 2024 (command line, --write)", at2024, at2024Cases());

// A column without a header is read where a mapping names it.
describeCatalogue("the table's shape, AT 2024, a column named by --map", { ...at2024, round: ["--round", "at-2024", "--map", "filled=D"] }, [
  { name: "the filled posts' header empty, named by --map filled=D", edit: (ws) => void (ws.getCell("D4").value = null), outcome: { accepted: true, check: "all" } },
]);

describeCatalogue(
  "the table's shape, AT 2022",
  { example: example("at-2022-exempel.xlsx"), sheet: "Fördelning 2022", round: ["--round", "at-2022"], total: 372000000 },
  otherRoundCases({ header: 5, first: 6, last: 26, width: 11, year: 2022, figures: [3, 4] }, { population: "B", count: "D" }),
);

describeCatalogue(
  "the table's shape, AT 2025",
  { example: example("at-2025-exempel.xlsx"), sheet: "Fördelning 2025", round: ["--round", "at-2025"], total: 226000000 },
  otherRoundCases({ header: 5, first: 6, last: 26, width: 7, year: 2025, figures: [4] }, { population: "B", count: "D" }),
);
