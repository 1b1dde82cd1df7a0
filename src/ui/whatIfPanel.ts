import { formatKronor, formatNumber } from "../engine/format";
import { monthName, sameMonthYearBefore } from "../engine/months";
import type { Rational } from "../engine/rational";
import { whatIfChange, type WhatIfChange } from "../engine/whatIf";
import type { ColumnDef, MonthlyPerformanceDef } from "../engine/types";
import { blockTitle } from "../engine/blockLabel";
import { parseNumber } from "../workbook/values/parseNumber";
import { roundNeeds } from "../workbook/table/roundNeeds";
import type { RegionRead } from "../workbook/read/readRegions";
import type { Controller, UiState } from "./controller";
import { h } from "./dom";
import { signedKronor } from "./signed";
import { t, type Key, type Lang } from "./i18n";

type Fields = Record<string, string>;

/** How long typing must pause before the answer is read out: one announcement per figure typed, not one per key. */
export const WHATIF_SAY_AFTER_MS = 800;
type Asked = { change: WhatIfChange } | { hint: Key };

/** The field each hint is about: the hint is said next to it and tied to it. */
const HINT_FIELD: Partial<Record<Key, string>> = { needCount: "count", needPlanned: "planned", needNumber: "value", needValue: "value" };

const shown = (v: Rational | null | undefined, lang: Lang) => (v === null || v === undefined ? "" : formatNumber(v, lang, 10).replace(/\u00a0/g, " "));

type Mode = { kind: "count"; planned: boolean } | { kind: "monthly"; def: MonthlyPerformanceDef } | { kind: "value"; columns: ColumnDef[] };

/** What the panel asks about: one region's count (and plan), one month of one measure, or one value of the round's own columns. */
function modeOf(s: UiState): Mode | null {
  const p = s.preview;
  if (!p?.ok) return null;
  const needs = roundNeeds(p.round);
  if (needs.count !== "no") return { kind: "count", planned: needs.planned };
  if (needs.monthly) return { kind: "monthly", def: needs.monthly };
  return p.round.columns?.length ? { kind: "value", columns: p.round.columns } : null;
}

/** The fields as the workbook has them for a region (a region that did not apply has no count or plan). */
function fieldsFor(read: RegionRead, mode: Mode, lang: Lang, keep: Fields = {}): Fields {
  const r = read.input;
  if (mode.kind === "count") return { code: r.code, count: shown(r.count, lang), planned: shown(r.planned, lang) };
  if (mode.kind === "value") {
    const column = keep.column ?? mode.columns[0].id;
    return { code: r.code, column, value: shown(r.values?.[column], lang) };
  }
  const measure = keep.measure ?? mode.def.measures[0].id;
  const month = keep.month ?? mode.def.months[0];
  return { code: r.code, measure, month, value: shown(r.monthly?.[measure]?.[month], lang) };
}

function ask(f: Fields, mode: Mode): Asked {
  const number = (text: string) => {
    const n = parseNumber(text.trim());
    return n.ok && !n.value.isNegative() ? n.value : null;
  };
  if (mode.kind === "value") {
    const v = number(f.value);
    return v ? { change: { kind: "value", column: f.column, value: v } } : { hint: "needNumber" };
  }
  if (mode.kind === "monthly") {
    if (f.value.trim() === "") return { change: { kind: "monthly", measure: f.measure, month: f.month, value: null } };
    const v = number(f.value);
    return v ? { change: { kind: "monthly", measure: f.measure, month: f.month, value: v } } : { hint: "needValue" };
  }
  const count = number(f.count);
  if (!count || !count.isInteger()) return { hint: "needCount" };
  if (!mode.planned) return { change: { kind: "count", count } };
  const planned = number(f.planned);
  return planned ? { change: { kind: "count", count, planned } } : { hint: "needPlanned" };
}

/**
 * Change one region's inputs and see what it would get and the difference in
 * kronor: any region, also one that did not apply (what applying is worth); a
 * count and plan in the AT rounds, a month of a measure in the beds round, a
 * value of the round's own columns (operations, a care need) in a round that declares them.
 * Computed on the page; nothing is written. A field left empty is left empty,
 * with a hint, never filled back in under the user's cursor.
 */
export function whatIfPanel(c: Controller, s: UiState): HTMLElement | null {
  const p = s.preview;
  const mode = modeOf(s);
  if (!p || !p.ok || !mode) return null;
  const lang = s.lang;
  const reads = p.regions;
  const byCode = new Map(reads.map((r) => [r.input.code, r]));
  const start = s.whatIf && byCode.has(s.whatIf.code) ? s.whatIf : fieldsFor(reads[0], mode, lang);
  const fields: Fields = { ...start };

  const answer = h("div", { id: "whatif-answer" });
  // The answer is shown at once but read out once typing pauses, politely: a live answer would speak at every key.
  const said = h("p", { id: "whatif-said", class: "visually-hidden", "aria-live": "polite" });
  let saying: ReturnType<typeof setTimeout> | undefined;
  const say = () => {
    clearTimeout(saying);
    saying = setTimeout(() => {
      const text = Array.from(answer.children, (p) => p.textContent).join(" ");
      if (said.isConnected && said.textContent !== text) said.textContent = text;
    }, WHATIF_SAY_AFTER_MS);
  };
  const inputs: Record<string, HTMLInputElement | HTMLSelectElement> = {};
  const problems: Record<string, HTMLElement> = {};
  /** A field that cannot be asked about is marked invalid and described by its hint, shown right below it; the others are not. */
  const markInvalid = (asked: Asked) => {
    const wrong = "hint" in asked ? HINT_FIELD[asked.hint] : undefined;
    for (const [k, p] of Object.entries(problems)) {
      const el = inputs[k];
      const bad = k === wrong && "hint" in asked;
      p.hidden = !bad;
      p.textContent = bad ? t(lang, asked.hint) : "";
      if (bad) el.setAttribute("aria-invalid", "true");
      else el.removeAttribute("aria-invalid");
    }
  };
  const show = (byUser = true) => {
    const read = byCode.get(fields.code) as RegionRead;
    c.rememberWhatIf({ ...fields });
    if (byUser) say();
    const asked = ask(fields, mode);
    markInvalid(asked);
    if ("hint" in asked) return answer.replaceChildren();
    const a = whatIfChange(p.round, reads.map((r) => r.input), fields.code, asked.change);
    answer.replaceChildren(
      ...(read.input.applied ? [] : [h("p", { class: "hint" }, t(lang, "notApplied", { name: read.input.name }))]),
      h("p", { class: "whatif-total" }, t(lang, "whatIfGets", { name: read.input.name, total: formatKronor(a.after.total, lang), now: formatKronor(a.before.total, lang), diff: signedKronor(a.difference, lang) })),
      ...a.nextSteps.map((n) => h("p", { class: "next-step" }, n.text[lang])),
    );
  };
  const refill = (next: Fields) => {
    Object.assign(fields, next);
    for (const [k, el] of Object.entries(inputs)) el.value = fields[k] ?? "";
    show();
  };
  const select = (id: string, label: string, options: [string, string][], onChange: () => void) => {
    const el = h("select", { id: `whatif-${id === "code" ? "region" : id}` }, ...options.map(([value, text]) => h("option", { value, selected: value === fields[id] }, text)));
    el.addEventListener("change", () => {
      fields[id] = el.value;
      onChange();
    });
    inputs[id] = el;
    return [h("label", { for: el.id }, label), el];
  };
  const input = (id: string, label: string) => {
    const problem = h("p", { id: `whatif-${id}-problem`, class: "hint field-problem", hidden: true });
    const el = h("input", { id: `whatif-${id}`, type: "text", inputmode: "decimal", autocomplete: "off", value: fields[id] ?? "", "aria-describedby": problem.id });
    el.value = fields[id] ?? "";
    el.addEventListener("input", () => {
      fields[id] = el.value;
      show();
    });
    inputs[id] = el;
    problems[id] = problem;
    return [h("label", { for: el.id }, label), el, problem];
  };

  const regionOptions = reads.map((r): [string, string] => [r.input.code, r.input.name]);
  const again = () => refill(fieldsFor(byCode.get(fields.code)!, mode, lang, fields));
  const controls =
    mode.kind === "value"
      ? [
          ...select("code", t(lang, "region"), regionOptions, again),
          ...select("column", t(lang, "column"), mode.columns.map((col) => [col.id, lang === "en" ? col.titleEn ?? col.title : col.title]), again),
          ...input("value", t(lang, "columnValue")),
        ]
      : mode.kind === "count"
      ? [
          ...select("code", t(lang, "region"), regionOptions, () => refill(fieldsFor(byCode.get(fields.code)!, mode, lang))),
          ...input("count", t(lang, "count")),
          ...(mode.planned ? input("planned", t(lang, "planned")) : []),
        ]
      : [
          ...select("code", t(lang, "region"), regionOptions, () => refill(fieldsFor(byCode.get(fields.code)!, mode, lang, fields))),
          ...select("measure", t(lang, "measure"), mode.def.measures.map((m) => [m.id, blockTitle(m, lang)]), () => refill(fieldsFor(byCode.get(fields.code)!, mode, lang, fields))),
          ...select(
            "month",
            t(lang, "month"),
            [...mode.def.months, ...mode.def.months.map(sameMonthYearBefore)].map((m) => [m, monthName(m, lang)]),
            () => refill(fieldsFor(byCode.get(fields.code)!, mode, lang, fields)),
          ),
          ...input("value", t(lang, "value")),
        ];
  show(false);
  return h(
    "section",
    { class: "card no-print", id: "whatif", "aria-labelledby": "whatif-title" },
    h("h2", { id: "whatif-title" }, t(lang, "whatIfTitle")),
    h("p", { class: "sub" }, t(lang, "whatIfIntro")),
    h("div", { class: "grid" }, ...controls),
    answer,
    said,
  );
}
