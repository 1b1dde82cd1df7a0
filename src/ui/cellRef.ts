import { render as renderMsg, type Lang, type Notice } from "../messages/message";
import { parseAddress, sameSheetName } from "../workbook/sheet/cell";
import { WHOLE_WORKBOOK } from "../workbook/sheet/inputError";
import type { Controller } from "./controller";
import { h } from "./dom";

/** The id of a region's row header in the result table: where an address on the page leads. */
export const regionRowId = (code: string): string => `region-${code}`;

/** The region whose row in the table read holds this cell, if the result is shown (then its row is in the result table). */
function regionAt(c: Controller, address: string): string | null {
  const p = c.state?.preview;
  const at = parseAddress(address);
  if (!p?.ok || !at || !sameSheetName(at.sheet, p.table.sheet)) return null;
  return p.regions.find((r) => r.row === at.row)?.input.code ?? null;
}

/** In Excel, a cell's address as a button that selects the cell. */
export function selectButton(c: Controller, address: string, id: string): HTMLElement {
  return h("button", { id, type: "button", class: "link", onclick: () => void c.selectCell(address) }, address);
}

/**
 * A cell's address, a link only where following it does something: in Excel it
 * selects the cell; on the page it leads to the region's row in the result
 * table (highlighted by `:target`, focused for the keyboard). Anything else (a
 * sheet, a path in a round file, a cell outside the region rows, a page with no
 * result) is plain text; the whole workbook has no address to show.
 */
export function cellRef(c: Controller, address: string, id: string): HTMLElement | null {
  if (address === WHOLE_WORKBOOK) return null;
  if (c.canSelect === true && parseAddress(address)) return selectButton(c, address, id);
  const code = regionAt(c, address);
  // With the result shown, every region row is in the table.
  if (code === null) return h("span", { class: "cell-ref" }, address);
  const target = regionRowId(code);
  return h("a", { id, href: `#${target}`, class: "cell-ref", onclick: () => requestAnimationFrame(() => document.getElementById(target)?.focus()) }, address);
}

/** A problem or warning named by its cell: the address (as `cellRef` draws it), then the message. */
export function noticeItem(c: Controller, e: Notice, id: string, lang: Lang): HTMLElement {
  const ref = e.address === null ? null : cellRef(c, e.address, id);
  return h("li", {}, ...(ref ? [ref, `: ${renderMsg(e, lang, "ui")}`] : [renderMsg(e, lang, "ui")]));
}
