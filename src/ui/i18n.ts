export type Lang = "sv" | "en";

const STRINGS = {
  title: { sv: "Fördela", en: "Fördela" },
  round: { sv: "Omgång", en: "Round" },
  chooseRound: { sv: "Välj omgång …", en: "Choose a round …" },
  noRound: { sv: "Arbetsboken passar ingen känd omgång, eller flera: välj omgången i listan ovan.", en: "The workbook fits no known round, or several: choose the round in the list above." },
  workbookRules: { sv: "Arbetsbokens regler (bladet Fördela regler)", en: "The workbook's rules (sheet Fördela regler)" },
  read: { sv: "Läs tabellen", en: "Read the table" },
  compute: { sv: "Beräkna omgång", en: "Compute round" },
  columns: { sv: "Kolumner som lästes", en: "Columns read" },
  none: { sv: "(ingen)", en: "(none)" },
  errors: { sv: "Fel i indata – inget skrivs", en: "Errors in the input – nothing is written" },
  warnings: { sv: "Att observera", en: "Note" },
  result: { sv: "Resultat", en: "Result" },
  region: { sv: "Region", en: "Region" },
  increase: { sv: "Utökning", en: "Increase" },
  total: { sv: "Totalt", en: "Total" },
  sum: { sv: "Summa", en: "Sum" },
  conflicts: { sv: "Dessa celler innehåller något som Fördela inte har skrivit:", en: "These cells hold something Fördela did not write:" },
  overwrite: { sv: "Skriv över (det gamla sparas på protokollbladet)", en: "Overwrite (the old values are kept on the record sheet)" },
  cancel: { sv: "Avbryt", en: "Cancel" },
  written: { sv: "Klart: {n} celler skrevs, och protokollbladet {sheet}.", en: "Done: {n} cells written, and the record sheet {sheet}." },
  cancelled: { sv: "Inget skrevs.", en: "Nothing was written." },
  busy: { sv: "Arbetar …", en: "Working …" },
  sheet: { sv: "Blad", en: "Sheet" },
  explain: { sv: "Förklaring", en: "Explanation" },
  whatIfTitle: { sv: "Tänk om: en regions antal", en: "What if: one region's count" },
  count: { sv: "Antal", en: "Count" },
  whatIfGets: { sv: "{name} får då {total} (nu {now}).", en: "{name} would get {total} (now {now})." },
} as const;

export type Key = keyof typeof STRINGS;

export function t(lang: Lang, key: Key, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ""));
}
