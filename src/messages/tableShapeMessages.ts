/** The shape of the round's table: several tables on one sheet, columns without a header, columns of totals. */
export const TABLE_SHAPE_MESSAGES = {
  "table.otherYearSkipped": {
    sv: "här finns också en tabell för {years}; den läses inte, eftersom tabellen vid {chosen} anger omgångens år {year}",
    en: "a table for {years} is here too; it is not read, because the table at {chosen} names the round's year {year}",
  },
  "table.severalOnSheet": {
    sv: "bladet har {n} tabeller som kan vara omgångens ({tables}), och {why}: flytta den som inte ska läsas till ett eget blad, eller skriv året i tabellens rubrik",
    en: "the sheet has {n} tables that could be the round's ({tables}), and {why}: move the one not to read to a sheet of its own, or write the year in the table's title",
  },
  "why.noYearDecides": { sv: "ingen av dem anger omgångens år {year} ensam", en: "none of them alone names the round's year {year}" },
  "why.roundHasNoYear": { sv: "omgången anger inget år som kan avgöra", en: "the round names no year that could decide" },
  "table.headerAt": { sv: "rubrikraden {cell} ({years})", en: "the header row {cell} ({years})" },
  "years.none": { sv: "inget år", en: "no year" },
  "column.noHeader": {
    sv: "kolumn {column} har värden i tabellen men ingen rubrik: skriv dess rubrik (till exempel Folkmängd, Planerade, Tillsatta eller Påbörjade), eller {hint}",
    en: "column {column} holds figures in the table but has no header: write its header (Folkmängd, Planerade, Tillsatta or Påbörjade, say), or {hint}",
  },
  "column.errorHeader": {
    sv: "rubriken i kolumn {column} är felvärdet {error}, och kolumnen har värden i tabellen: skriv rubriken som text, eller {hint}",
    en: "the header of column {column} is the error {error}, and the column holds figures in the table: type the header as text, or {hint}",
  },
  "hint.mapAny": {
    cli: { sv: "ange vad den är med --map FÄLT={column}", en: "say what it is with --map FIELD={column}" },
    ui: { sv: "välj den i listan Kolumner", en: "choose it in the Columns list" },
  },
  "column.totalSkipped": {
    sv: "kolumn {column} {header} är en summa och läses inte som {field}: antalet är det större av tillsatta och påbörjade ({columns})",
    en: "column {column} {header} is a total and is not read as the {field}: the count is the larger of filled and started posts ({columns})",
  },
};
