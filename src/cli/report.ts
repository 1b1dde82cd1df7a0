import { Rational } from "../engine/rational";
import { formatNumber } from "../engine/format";
import type { RoundResult } from "../engine/types";
import { blockLabel } from "../engine/blockLabel";
import type { RegionRead } from "../workbook/read/readRegions";

import { render, type Lang, type Notice } from "../messages/message";

export type { Lang };

function pad(text: string, width: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, width - [...text].length));
  return right ? fill + text : text + fill;
}

/** The result as a plain-text table: one row per region, then the sums. */
export function resultTable(result: RoundResult, lang: Lang): string {
  const blockIds = result.blocks.map((b) => b.id);
  const hasIncrease = result.regions.some((r) => r.increase !== null);
  const head = [
    "Region",
    ...(hasIncrease ? [lang === "sv" ? "Utökning" : "Increase"] : []),
    ...result.blocks.map((b) => blockLabel(b, lang)),
    lang === "sv" ? "Totalt" : "Total",
  ];
  const num = (d: Rational) => formatNumber(d, lang).replace(/\u00a0/g, " ");
  const body = result.regions.map((r) => [
    r.name,
    ...(hasIncrease ? [r.increase === null ? "–" : num(r.increase)] : []),
    ...blockIds.map((id) => num(r.amounts[id])),
    num(r.total),
  ]);
  const sums = [lang === "sv" ? "Summa" : "Sum", ...(hasIncrease ? [""] : []), ...blockIds.map((id) => num(result.totals[id])), num(result.totals.total)];
  return textTable(head, body, sums);
}

/** Rows as aligned plain text: the first `left` columns to the left, the rest (figures) to the right; a rule under the head and above a foot. */
export function textTable(head: string[], body: string[][], foot?: string[], left = 1): string {
  const rows = [head, ...body, ...(foot ? [foot] : [])];
  const widths = head.map((_, c) => Math.max(...rows.map((row) => [...row[c]].length)));
  const line = (row: string[]) => row.map((cell, c) => pad(cell, widths[c], c >= left)).join("  ");
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  return [line(head), rule, ...body.map(line), ...(foot ? [rule, line(foot)] : [])].join("\n");
}

/** The --json shape: amounts as whole kronor (integers), every region of the table. */
/** Errors and warnings as data: the cell, the stable code and parameters, and the text in the chosen language. */
export function noticesJson(notices: readonly Notice[], lang: Lang) {
  return notices.map((n) => ({ address: n.address, code: n.code, params: n.params, message: render(n, lang) }));
}

export function resultJson(result: RoundResult, regions: readonly RegionRead[], lang: Lang, extra: Record<string, unknown> = {}) {
  const amounts = (values: Record<string, Rational>, total: Rational) => ({
    ...Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.toNumber()])),
    total: total.toNumber(),
  });
  return {
    round: result.roundId,
    title: result.title,
    regions: result.regions.map((r, i) => ({
      code: r.code,
      name: r.name,
      applied: r.applied,
      increase: r.increase === null ? null : r.increase.toNumber(),
      amounts: amounts(r.amounts, r.total),
      inputs: (regions[i]?.notes ?? []).map((n) => render(n, lang)),
      explanation: r.explanation.map((e) => ({ ...e, amount: e.amount.toNumber() })),
    })),
    totals: Object.fromEntries(Object.entries(result.totals).map(([k, v]) => [k, v.toNumber()])),
    blocks: result.blocks.map((b) => ({ id: b.id, title: b.title, pot: b.pot.toNumber(), allocated: b.allocated.toNumber(), unallocated: b.unallocated.toNumber(), ...(b.passedOn ? { passedOn: b.passedOn.toNumber() } : {}), ...(b.leftByRounding ? { leftByRounding: b.leftByRounding.toNumber() } : {}) })),
    warnings: noticesJson(result.warnings, lang),
    ...extra,
  };
}
