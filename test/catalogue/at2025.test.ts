import { AT2025_CASES } from "./at2025Cases";
import { describeCatalogue } from "./describeCatalogue";

describeCatalogue("the catalogue of AT 2025's own inputs (command line, --write)", { example: "examples/at-2025-exempel.xlsx", sheet: "Fördelning 2025", round: ["--round", "at-2025"], total: 226000000 }, AT2025_CASES);
