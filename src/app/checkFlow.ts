import { findConvention } from "../workbook/check/checkConvention";
import { checkRound, type CheckResult } from "../workbook/check/checkRound";
import { sameSheetName } from "../workbook/sheet/cell";
import { conventionMessage } from "./conventionMessage";
import type { WorkbookPort } from "./port";
import { previewRound, type FlowRequest, type Preview, type Progress } from "./roundFlow";

/**
 * Read once and compare the workbook's own allocation figures with the exact
 * amounts: the same read and checks as computing, and nothing is written.
 * Where they differ only because the table follows another rule for the last
 * krona, the check names that rule (and the differences remain, as data).
 */
export async function checkWorkbook(port: WorkbookPort, req: FlowRequest, progress?: Progress): Promise<{ preview: Preview; check: CheckResult | null }> {
  const preview = await previewRound(port, req, progress);
  if (!preview.ok) return { preview, check: null };
  const sheet = preview.sheets.find((s) => sameSheetName(s.name, preview.table.sheet));
  if (!sheet) return { preview, check: null };
  const check = checkRound(sheet, preview.plan, preview.result, preview.regions);
  const rule = findConvention(sheet, preview.plan, preview.round, preview.regions, check);
  return { preview, check: rule ? { ...check, convention: { rule, message: conventionMessage(rule, req.source, preview.round.rounding) } } : check };
}
