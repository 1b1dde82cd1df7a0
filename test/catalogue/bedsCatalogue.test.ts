import path from "node:path";
import { BEDS_CASES } from "./bedsCases";
import { describeCatalogue } from "./describeCatalogue";

const example = path.join(__dirname, "..", "..", "examples", "beds-2024-exempel.xlsx");

describeCatalogue("the catalogue of monthly measures, beds 2024 (command line, --write)", { example, sheet: "Vårdplatser 2024", round: ["--round", "beds-2024"], total: 1990000000 }, BEDS_CASES);
