/** The command line's own lines around a round's table, in the language of `--lang`. */
export const CLI_MESSAGES = {
  "cli.heading": { sv: "{title} ({id}) – {sheet}, {n} {n|region|regioner}", en: "{title} ({id}) – {sheet}, {n} {n|region|regions}" },
  "cli.wrote": { sv: "Skrev {file} (fördelningskolumnerna, och protokollbladet \"{sheet}\").", en: "Wrote {file} (allocation columns, and the record sheet \"{sheet}\")." },
  "cli.wroteTables": {
    sv: "Skrev {file} (fördelningskolumnerna, protokollbladet \"{sheet}\" och beslutstabellerna {tables}).",
    en: "Wrote {file} (allocation columns, the record sheet \"{sheet}\" and the decision's tables {tables}).",
  },
  "cli.notWritten": { sv: "Inget skrevs (använd --write eller --out FIL).", en: "Nothing written (use --write or --out FILE)." },
  "cli.conflicts": { sv: "Inget skrevs: {n} {n|målcell innehåller|målceller innehåller} något som Fördela inte har skrivit:", en: "Nothing was written: {n} target {n|cell holds|cells hold} something Fördela did not write:" },
  "cli.overwriteHint": { sv: "Kör igen med --overwrite för att ersätta dem (det de innehöll sparas på protokollbladet).", en: "Rerun with --overwrite to replace them (what they held is kept on the record sheet)." },
} as const;
