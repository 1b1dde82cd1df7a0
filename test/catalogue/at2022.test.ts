import { AT2022_CASES } from "./at2022Cases";
import { describeCatalogue } from "./describeCatalogue";

describeCatalogue("the catalogue of AT 2022's own inputs (command line, --write)", { example: "examples/at-2022-exempel.xlsx", sheet: "Fördelning 2022", round: ["--round", "at-2022"], total: 372000000 }, AT2022_CASES);
