/** Checking an officer's own figures against the exact amounts (fordela check, Granska). */
export const CHECK_MESSAGES = {
  "check.noColumn": {
    sv: "tabellen har ingen kolumn för {column} att granska: ge kolumnen den rubriken, eller beräkna omgången för att lägga till den",
    en: "the table has no column for {column} to check: give the column that header, or compute the round to add it",
  },
  "check.cell": { sv: "{column} för {region} {problem}", en: "{column} of {region} {problem}" },
  "check.heading": { sv: "Granskning av {title} ({id}) – {sheet}: {n} {n|cell jämförd|celler jämförda}", en: "Check of {title} ({id}) – {sheet}: {n} {n|cell|cells} compared" },
  "check.allAgree": { sv: "Alla belopp stämmer med Fördelas exakta fördelning.", en: "Every amount agrees with Fördela's exact allocation." },
  "check.differ": { sv: "{n} {n|cell skiljer|celler skiljer} sig från Fördelas exakta fördelning:", en: "{n} {n|cell differs|cells differ} from Fördela's exact allocation:" },
  "check.sums": { sv: "Summor per kolumn:", en: "Sums by column:" },
  "check.sumLine": { sv: "{column} ({letter}): arbetsboken {workbook}, Fördela {fordela}, potten {pot}", en: "{column} ({letter}): the workbook {workbook}, Fördela {fordela}, the pot {pot}" },
  "check.nothingWritten": { sv: "Inget skrevs.", en: "Nothing was written." },
  "check.empty": { sv: "(tom)", en: "(empty)" },
  "record.notOurs": {
    sv: "arbetsboken har redan ett blad \"{sheet}\" som Fördela inte har skrivit, och Fördela skriver sitt protokoll på ett blad med det namnet: byt namn på ditt blad och beräkna igen; inget skrevs",
    en: "the workbook already has a sheet \"{sheet}\" that Fördela did not write, and Fördela writes its record on a sheet of that name: rename your sheet and compute again; nothing was written",
  },
  "tables.notOurs": {
    sv: "arbetsboken har redan ett blad \"{sheet}\" som Fördela inte har skrivit: byt namn på det, så lägger Fördela till beslutstabellerna",
    en: "the workbook already has a sheet \"{sheet}\" that Fördela did not write: rename it, and Fördela adds the decision's tables",
  },
} as const;
