import type { Problem } from "./fields";

/**
 * The schema's checks, registered by the module that holds them
 * (`schemaProblems`, compiled from round.schema.json). The command line and the
 * add-in load it at once; the web page loads it on first use, as it does the
 * .xlsx writer, so that the page opens with less script (`loadSchemaChecks`).
 */
type Check = (file: unknown) => Problem[];
let check: Check | null = null;

export function useSchemaCheck(fn: Check): void {
  check = fn;
}

export function schemaCheck(): Check {
  if (!check) throw new Error("internal error: the round schema's checks are not loaded (loadSchemaChecks)");
  return check;
}

/** Whether a host has loaded the checks (loadSchemaChecks loads them where not). */
export function schemaCheckLoaded(): boolean {
  return check !== null;
}

/** Whether one path is the other or lies inside it ("blocks[0]" holds "blocks[0].cap.amount"). */
export function within(path: string, outer: string): boolean {
  return path === outer || path.startsWith(`${outer}.`) || path.startsWith(`${outer}[`);
}
