import { resolveRound } from "../app/roundSource";
import type { RoundDef } from "../engine/types";
import { columnLetter } from "../workbook/sheet/cell";
import { FIELD_LABELS, INPUT_FIELDS, type InputField } from "../workbook/table/headers";
import { roundNeeds } from "../workbook/table/roundNeeds";
import type { Controller, UiState } from "./controller";
import { h } from "./dom";
import { t } from "./i18n";
import { commitOnChoice } from "./selectCommit";

/** The fields a round reads: a column choice for any other would only confuse. */
export function fieldsOfRound(round: RoundDef | null): InputField[] {
  if (!round) return INPUT_FIELDS;
  const needs = roundNeeds(round);
  const used = new Set<InputField>(["region", "population", "applied"]);
  if (needs.count !== "no") ["count", "filled", "started"].forEach((f) => used.add(f as InputField));
  if (needs.planned) used.add("planned");
  if (needs.forecast) used.add("forecast");
  if (needs.goodLevel) used.add("goodLevel");
  return INPUT_FIELDS.filter((f) => used.has(f));
}

function roundOf(s: UiState): RoundDef | null {
  if (s.preview?.ok) return s.preview.round;
  if (s.source === null || "workbook" in s.source) return null;
  const r = resolveRound(s.source, []);
  return r.ok ? r.round : null;
}

/** Which column each field the round reads was taken from, with a drop-down to choose another. */
export function columnsCard(c: Controller, s: UiState): HTMLElement | null {
  const table = s.preview?.table;
  if (!table) return null;
  const sheet = s.preview!.sheets.find((x) => x.name === table.sheet);
  const headers = (sheet?.values[table.headerRow] ?? []).map((v, i) => ({ i, text: v === null ? "" : String(v) })).filter((x) => x.text.trim());
  return h(
    "section",
    { class: "card no-print", id: "columns", "aria-labelledby": "columns-title" },
    h("h2", { id: "columns-title" }, `${t(s.lang, "columns")} – ${t(s.lang, "sheet")} ${table.sheet}`),
    h(
      "div",
      { class: "grid" },
      ...fieldsOfRound(roundOf(s)).flatMap((field) => {
        const col = table.columns[field];
        const select = h(
          "select",
          { id: `map-${field}` },
          h("option", { value: "" }, t(s.lang, "none")),
          ...headers.map((x) => h("option", { value: columnLetter(x.i), selected: col === x.i }, `${columnLetter(x.i)}: ${x.text}`)),
        );
        // A column is read again when it is chosen, not at each arrow key on the way to it.
        commitOnChoice(select, (v) => void c.setMapping(field, v === "" ? null : v));
        const label = FIELD_LABELS[field][s.lang];
        return [h("label", { for: `map-${field}` }, label.charAt(0).toUpperCase() + label.slice(1)), select];
      }),
    ),
  );
}
