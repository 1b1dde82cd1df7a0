/**
 * What the .xlsx reader and writer refuse in a package's content: a part that
 * is not what its place says, a cell or number outside the standard's grammar,
 * a workbook larger than Fördela reads, and the packages it will not patch.
 */
export const PACKAGE_MESSAGES = {
  "file.xlsb": {
    sv: "detta är en binär Excel-arbetsbok (.xlsb), som Fördela inte kan läsa eller skriva: öppna den i Excel och spara den som Excel-arbetsbok (.xlsx)",
    en: "this is a binary Excel workbook (.xlsb), which Fördela cannot read or write: open it in Excel and save it as an Excel workbook (.xlsx)",
  },
  "file.wrongRoot": {
    sv: "delen {part} är inte det arbetsboken säger att den är (den är <{found}> i namnrymden {ns}, men ska vara SpreadsheetML:s <{expected}>)",
    en: "the part {part} is not what the workbook says it is (it is <{found}> in the namespace {ns}, where SpreadsheetML's <{expected}> belongs)",
  },
  "file.duplicatePart": {
    sv: "paketet har två delar som bara skiljer sig i stora och små bokstäver ({part}); en arbetsbok får inte ha det, och program läser dem olika",
    en: "the package has two parts whose names differ only in case ({part}); a workbook must not, and programs read them differently",
  },
  "file.foreignElement": {
    sv: "bladet {sheet} har elementet <{element}> (namnrymden {ns}) bland sina celler; Excel öppnar inte en sådan fil och Fördela läser den inte",
    en: "the sheet {sheet} has the element <{element}> (namespace {ns}) among its cells; Excel does not open such a file and Fördela does not read it",
  },
  "file.badRowNumber": {
    sv: "bladet {sheet} har en rad med numret \"{value}\"; ett radnummer är ett heltal från 1 till 1 048 576, i stigande ordning",
    en: "the sheet {sheet} has a row numbered \"{value}\"; a row number is a whole number from 1 to 1,048,576, in ascending order",
  },
  "file.badCellRef": {
    sv: "bladet {sheet} har på rad {row} en cell som heter \"{value}\"; en cell står på sin rad, i kolumnordning, med ett namn som B5",
    en: "the sheet {sheet} has on row {row} a cell named \"{value}\"; a cell stands on its own row, in column order, with a name like B5",
  },
  "file.badCellValue": {
    sv: "cellen {cell} har värdet \"{value}\", som inte är {kind} så som standarden skriver det; Fördela gissar inte vad ett program skulle visa",
    en: "the cell {cell} holds \"{value}\", which is not {kind} as the standard writes it; Fördela does not guess what a program would show",
  },
  "file.kind.number": { sv: "ett tal", en: "a number" },
  "file.kind.sharedString": { sv: "ett nummer i arbetsbokens lista över texter", en: "an index into the workbook's list of texts" },
  "file.kind.boolean": { sv: "ett sanningsvärde (0 eller 1)", en: "a truth value (0 or 1)" },
  "file.kind.cellType": { sv: "en celltyp", en: "a cell type" },
  "file.kind.date": { sv: "ett datum (ÅÅÅÅ-MM-DD)", en: "a date (YYYY-MM-DD)" },
  "file.tooManyElements": {
    sv: "arbetsbokens blad och texter har {count} XML-element, fler än de {limit} Fördela läser (ungefär en kvarts miljon celler): kopiera tabellen till en egen arbetsbok",
    en: "the workbook's sheets and texts have {count} XML elements, more than the {limit} Fördela reads (about a quarter of a million cells): copy the table into a workbook of its own",
  },
  "file.sheetTooWide": {
    sv: "bladet {sheet} använder {count} celler i sina rader (ända ut till {last}), fler än de {limit} Fördela läser: ta bort det som står långt ut till höger, eller kopiera tabellen till en egen arbetsbok",
    en: "the sheet {sheet} spans {count} cells across its rows (out to {last}), more than the {limit} Fördela reads: remove what stands far to the right, or copy the table into a workbook of its own",
  },
  "file.signed": {
    cli: {
      sv: "arbetsboken är digitalt signerad, och en signatur gäller bara filen som den var: med beloppen inskrivna gäller den inte längre. Ge --remove-signature om det är avsett (den skrivna filen blir osignerad och kan signeras igen i Excel); inget skrevs",
      en: "the workbook is digitally signed, and a signature holds only for the file as it was: with the amounts written in it no longer holds. Give --remove-signature if that is intended (the written file is unsigned and can be signed again in Excel); nothing was written",
    },
    ui: {
      sv: "arbetsboken är digitalt signerad, och en signatur gäller bara filen som den var: med beloppen inskrivna gäller den inte längre. Ta bort signaturen i Excel (Arkiv → Information → Visa signaturer) och öppna filen igen, så skriver Fördela beloppen; inget skrevs",
      en: "the workbook is digitally signed, and a signature holds only for the file as it was: with the amounts written in it no longer holds. Remove the signature in Excel (File → Info → View Signatures) and open the file again, and Fördela writes the amounts; nothing was written",
    },
  },
  "file.signatureRemoved": {
    sv: "arbetsboken var digitalt signerad; signaturen gäller inte längre för den skrivna filen och togs bort",
    en: "the workbook was digitally signed; the signature no longer holds for the written file and was removed",
  },
} as const;
