/* global Office */
import type { Controller } from "../ui/controller";

/** What printing needs of the window: its print view, and the event that says the view opens. */
export type PrintWindow = Pick<Window, "print" | "addEventListener" | "removeEventListener" | "setTimeout">;

/** How long the print view may take to begin before the pane takes it that none will (ms). */
export const PRINT_PATIENCE_MS = 1500;

/**
 * Print in Excel. Excel for Mac ignores `window.print()` in an add-in (office-js #3385): there
 * the decision's tables go into the workbook as sheets fitted to one page, for Excel's own
 * File > Print, and the status says so. Elsewhere the pane's print view; a webview that
 * ignores it too is known by the `beforeprint` event not coming (the HTML Standard's "printing
 * steps" fire it before the print dialog, and not at all where printing is blocked, as in a frame
 * sandboxed without allow-modals), and gets the sheets as well. Opening the web page in a
 * browser instead (`openBrowserWindow`) would print nothing: the workbook is in Excel, not there.
 */
export function printInExcel(platform: Office.PlatformType | null | undefined, controller: Controller, win: PrintWindow = window): void {
  // Office.PlatformType.Mac is "Mac"; compared as text, so this runs where Office is not loaded (tests).
  if (String(platform) === "Mac") return void controller.printSheets("printSheetsMac");
  let began = false;
  const begin = () => (began = true);
  win.addEventListener("beforeprint", begin);
  win.print();
  win.setTimeout(() => {
    win.removeEventListener("beforeprint", begin);
    if (!began) void controller.printSheets("printSheetsNoPrint");
  }, PRINT_PATIENCE_MS);
}
