import { notice, renderNotice, type Host, type Lang, type Notice, type Params } from "../../messages/message";
import type { MessageCode } from "../../messages/catalog";

/** A problem in the workbook, named by its cell: `'Fördelning 2024'!D14: "tjugo" är inte ett tal`. */
export interface InputError extends Notice {
  address: string;
}

/** Something possible but unusual: computed, and said before anything is written. */
export type Warning = Notice;

/** The address of a problem with the whole workbook (no sheet of rules in it): no cell to name, so none is shown. */
export const WHOLE_WORKBOOK = "workbook";

export function inputError(address: string, code: MessageCode, params: Params = {}): InputError {
  return notice(address, code, params) as InputError;
}

export function formatInputError(e: Notice, lang: Lang = "sv", host: Host = "cli"): string {
  return renderNotice(e.address === WHOLE_WORKBOOK ? { ...e, address: null } : e, lang, host);
}
