/** What the add-in says when Excel's workbook changed under it, or Excel could not answer part of a read. */
export const WORKBOOK_CHANGE_MESSAGES = {
  "office.sheetGone": {
    sv: "bladet {sheet} finns inte längre i arbetsboken (bytt namn eller borttaget): inget skrevs",
    en: "the sheet {sheet} is no longer in the workbook (renamed or deleted): nothing was written",
  },
  "office.cellTooLong": {
    sv: "{cell} skulle få {length} tecken, fler än de 32 767 en cell i Excel rymmer: inget skrevs (ett fel i Fördela, rapportera det)",
    en: "{cell} would get {length} characters, more than the 32,767 a cell in Excel holds: nothing was written (a fault in Fördela, please report it)",
  },
  "office.writeFailed": {
    sv: "Excel skrev inte klart ({detail}). Protokollbladet kan vara skrivet utan belopp, men inget belopp utan protokoll; tryck Beräkna omgång igen",
    en: "Excel did not finish the write ({detail}). The record sheet may be written without amounts, but no amount without its record; press Compute round again",
  },
  "office.readFailed": {
    sv: "Excel kunde inte lämna arbetsboken ({detail}); inget skrevs. Försök igen, eller stäng och öppna arbetsboken",
    en: "Excel could not give the workbook ({detail}); nothing was written. Try again, or close and open the workbook",
  },
  "flow.changedSincePreview": {
    sv: "Arbetsboken har ändrats sedan beloppen visades ({sheet}): inget skrevs. Fördela har läst den igen; kontrollera beloppen och tryck Beräkna omgång igen.",
    en: "The workbook has changed since the amounts were shown ({sheet}): nothing was written. Fördela has read it again; check the amounts and press Compute round again.",
  },
  "flow.sheetGoneSincePreview": {
    sv: "Bladet {sheet}, vars belopp visades, finns inte längre (bytt namn eller borttaget): inget skrevs. Fördela har läst det aktiva bladet {now} i stället; kontrollera och tryck Beräkna omgång igen.",
    en: "The sheet {sheet}, whose amounts were shown, is no longer there (renamed or deleted): nothing was written. Fördela has read the active sheet {now} instead; check it and press Compute round again.",
  },
  "flow.writeRefused": { sv: "{cell}: {problem}", en: "{cell}: {problem}" },
  "sheet.mergesUnread": {
    sv: "Excel kunde inte lämna de sammanfogade cellerna på bladet {sheet}: en rubrik i en sammanfogad cell läses bara i sin första cell",
    en: "Excel could not give the merged cells of the sheet {sheet}: a header in a merged cell is read in its first cell only",
  },
  "sheet.hiddenUnread": {
    sv: "Excel kunde inte lämna vilka rader som är dolda på bladet {sheet}: Fördela varnar inte för regioner på dolda rader",
    en: "Excel could not say which rows are hidden on the sheet {sheet}: Fördela gives no warning for regions on hidden rows",
  },
} as const;
