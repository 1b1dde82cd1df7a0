import path from "node:path";
import { EXAMPLE, SHEET } from "../helpers/workbooks";
import type ExcelJS from "exceljs";
import { describeCatalogue } from "./describeCatalogue";
import { regionCases, regionColumnCases } from "./regionCases";

const example = (name: string) => path.join(__dirname, "..", "..", "examples", name);
const measure = (name: string) => (_: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => wb.getWorksheet(name) as ExcelJS.Worksheet;

describeCatalogue("region names and codes as agencies write them, AT 2024", { example: EXAMPLE, sheet: SHEET, round: ["--round", "at-2024"], total: 223000000 }, [...regionCases(5, "L"), ...regionColumnCases(SHEET, 5, "L")]);

describeCatalogue("region names and codes as agencies write them, AT 2022", { example: example("at-2022-exempel.xlsx"), sheet: "Fördelning 2022", round: ["--round", "at-2022"], total: 372000000 }, [
  ...regionCases(6, "M").filter((c) => /Jämtland\/|letters as|landsting|another region's/.test(c.name)),
  ...regionColumnCases("Fördelning 2022", 6, "M").filter((c) => /numbers before|another region's|contact persons' regions/.test(c.name)),
]);

describeCatalogue("region names and codes as agencies write them, hospital beds 2024", { example: example("beds-2024-exempel.xlsx"), sheet: "Vårdplatser 2024", round: ["--round", "beds-2024"], total: 1990000000 }, [
  ...regionCases(6, "J").filter((c) => /landsting|NUTS 3|och/.test(c.name)),
  ...regionColumnCases("Vårdplatser 2024", 6, "J").filter((c) => /letter column|contact persons' regions/.test(c.name)),
  // The measure sheets name their regions in their own ways too.
  ...regionCases(4, "T", measure("Överbeläggningar"))
    .filter((c) => /NUTS 3|Jämtland &|a lone letter/.test(c.name))
    .map((c) => ({ ...c, name: `on a measure sheet: ${c.name}`, outcome: "error" in c.outcome ? { ...c.outcome, cell: `'Överbeläggningar'!${c.outcome.cell}` } : c.outcome })),
]);
