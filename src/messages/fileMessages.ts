/** Why a file is refused as a whole (not a workbook, damaged, locked): said before any cell is read or written. */
export const FILE_MESSAGES = {
  "file.tooLarge": { sv: "filen är {size}, över gränsen {limit}; en handläggares arbetsbok är långt mindre", en: "the file is {size}, over the limit of {limit}; an officers' workbook is far smaller" },
  "file.encrypted": {
    sv: "arbetsboken är lösenordsskyddad (krypterad): öppna den i Excel, ta bort lösenordet (Arkiv → Info → Skydda arbetsbok), spara och försök igen",
    en: "the workbook is protected with a password (encrypted): open it in Excel, remove the password (File → Info → Protect Workbook), save it and try again",
  },
  "file.xls": { sv: "detta är en gammal .xls-arbetsbok: öppna den i Excel och spara den som .xlsx", en: "this is an old .xls workbook: open it in Excel and save it as .xlsx" },
  "file.notZip": { sv: "detta är ingen .xlsx-arbetsbok (en .xlsx-fil är ett zip-arkiv, och detta är inget)", en: "this is not an .xlsx workbook (an .xlsx file is a zip archive, and this is not one)" },
  "file.noDirectory": { sv: "filen är skadad eller avkortad (dess zip-katalog saknas)", en: "the file is damaged or cut short (its zip directory is missing)" },
  "file.zip64": { sv: "arbetsboken är ett zip64-arkiv, större än någon handläggares arbetsbok", en: "the workbook is a zip64 archive, larger than any officers' workbook" },
  "file.tooManyParts": { sv: "arbetsboken innehåller {count} filer, fler än {limit}", en: "the workbook holds {count} files, more than {limit}" },
  "file.brokenDirectory": { sv: "filen är skadad (dess zip-katalog är trasig)", en: "the file is damaged (its zip directory is broken)" },
  "file.partZip64": { sv: "{part} är större än någon handläggares arbetsbok (zip64)", en: "{part} is larger than any officers' workbook (zip64)" },
  "file.zipBomb": { sv: "{part} packas upp till {ratio} gånger sin packade storlek: en zip-bomb, ingen arbetsbok", en: "{part} unpacks {ratio} times larger than it is packed: a zip bomb, not a workbook" },
  "file.unpacksTooLarge": { sv: "arbetsboken packas upp till mer än {limit}; en handläggares arbetsbok är långt mindre", en: "the workbook unpacks to more than {limit}; an officers' workbook is far smaller" },
  "file.notWorkbook": { sv: "detta zip-arkiv är ingen Excel-arbetsbok (det saknar xl/workbook.xml)", en: "this zip archive is not an Excel workbook (it has no xl/workbook.xml)" },
  "file.partNoHeader": { sv: "{part} är skadad (dess zip-huvud saknas)", en: "{part} is damaged (its zip header is missing)" },
  "file.partCut": { sv: "{part} är avkortad: filen är skadad", en: "{part} is cut short: the file is damaged" },
  "file.partUnpack": { sv: "{part} är skadad och kan inte packas upp ({detail})", en: "{part} is damaged and cannot be unpacked ({detail})" },
  "file.partChecksum": { sv: "{part} är skadad (dess kontrollsumma stämmer inte)", en: "{part} is damaged (its checksum does not match)" },
  "file.damagedXml": { sv: "arbetsboken är skadad: {detail}", en: "the workbook is damaged: {detail}" },
  "file.sheetTooLong": {
    sv: "bladet {sheet} har celler på {rows} rader; Fördela läser tabeller över regioner och vägrar blad med fler än {limit} rader (flytta tabellen till en egen arbetsbok)",
    en: "the sheet {sheet} has cells on {rows} rows; Fördela reads tables of regions and refuses sheets over {limit} rows (move the table to a workbook of its own)",
  },
  "file.partialArray": {
    sv: "{cell} innehåller {kind} över {range}, som Fördela bara skulle skriva en del av: flytta den ut ur fördelningskolumnerna, eller töm den, och beräkna igen",
    en: "{cell} holds {kind} over {range}, which Fördela would write only in part: move it out of the allocation columns, or clear it, and compute again",
  },
  "file.arrayFormula": { sv: "en matrisformel", en: "an array formula" },
  "file.dataTable": { sv: "en datatabell", en: "a data table" },
  "file.tableIsRecord": { sv: "tabellens blad \"{sheet}\" har namnet på Fördelas protokollblad: byt namn på det och beräkna igen", en: "the table's sheet \"{sheet}\" has the name of Fördela's record sheet: rename it and compute again" },
  "file.tableIsOwnSheet": {
    sv: "tabellens blad \"{sheet}\" har samma namn som ett blad Fördela skriver (Bilaga, Rangordning): byt namn på det och beräkna igen",
    en: "the table's sheet \"{sheet}\" has the name of a sheet Fördela writes (Bilaga, Rangordning): rename it and compute again",
  },
  "file.chartSheetNamed": {
    sv: "arbetsboken har ett diagram- eller dialogblad som heter \"{sheet}\", där Fördela skriver ett eget blad: byt namn på det bladet och försök igen",
    en: "the workbook has a chart or dialog sheet named \"{sheet}\", where Fördela writes a sheet of its own: rename that sheet and try again",
  },
  "file.noStyles": {
    sv: "arbetsboken saknar formatmallar, så beloppen kan inte få sitt talformat: öppna den i Excel, spara och försök igen",
    en: "the workbook has no cell styles part, so amounts cannot be given their format: open it in Excel, save it, and try again",
  },
  "file.readOnly": { sv: "{file} kan inte skrivas (filen eller dess mapp är skrivskyddad); inget skrevs", en: "{file} cannot be written (it or its folder is read-only); nothing was written" },
  "file.busy": { sv: "{file} är öppen i ett annat program (stäng den i Excel); inget skrevs", en: "{file} is open in another program (close it in Excel); nothing was written" },
  "file.lockedByRun": {
    sv: "{file} skrivs av en annan Fördela-körning (process {pid}); inget skrevs: beräkna igen när den är klar",
    en: "{file} is being written by another Fördela run (process {pid}); nothing was written: compute again when it is done",
  },
  "file.locked": { sv: "{file} är låst av en annan körning; inget skrevs", en: "{file} is locked by another run; nothing was written" },
  "file.changed": {
    sv: "{file} ändrades på disken efter att Fördela läste den (sparad i Excel, eller skriven av en annan körning); inget skrevs: beräkna igen på filen som den är nu",
    en: "{file} changed on disk after Fördela read it (saved in Excel, or written by another run); nothing was written: compute again on the file as it is now",
  },
} as const;
