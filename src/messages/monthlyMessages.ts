/** Monthly measures per 100 available beds: where each is read, and the figures themselves. */
export const MONTHLY_MESSAGES = {
  "monthly.countsSkipped": {
    sv: "bladet {sheet} innehåller antal ({text}), inte värden per 100 disponibla vårdplatser, och läses inte; {measure} läses från {read}",
    en: "the sheet {sheet} holds counts ({text}), not figures per 100 available beds, and is not read; {measure} is read from {read}",
  },
  "monthly.countsOnly": {
    sv: "{measure}: bladet {sheet} innehåller antal ({text}), men omgången jämför värden per 100 disponibla vårdplatser: lägg in dem, eller skriv enheten i bladets rubrik om talen redan är per 100 vårdplatser",
    en: "{measure}: the sheet {sheet} holds counts ({text}), but the round compares figures per 100 available beds: add them, or write the unit in the sheet's title if the figures already are per 100 beds",
  },
  "monthly.twoSources": {
    sv: "{measure} {month} finns på två ställen, här och i {other}: ta bort den kolumn (eller det blad) som inte har de slutliga värdena",
    en: "{measure} {month} is in two places, here and in {other}: delete the column (or sheet) that does not hold the final figures",
  },
  "monthly.monthTwice": {
    sv: "{measure}: månaden {month} har två kolumner (även {other}): ta bort den som inte har de slutliga värdena",
    en: "{measure}: the month {month} has two columns (also {other}): delete the one that does not hold the final figures",
  },
  "monthly.twoPlaces": {
    sv: "{measure} {month} är {value} här men {otherValue} i {other}: samma värde på två ställen måste stämma; behåll ett av dem",
    en: "{measure} {month} is {value} here but {otherValue} in {other}: the same figure in two places must agree; keep one of them",
  },
  "monthly.noYear": {
    sv: "kolumnen {text} anger en månad men inget år, och bladet {sheet} anger inte ett enda år i namnet eller rubriken: skriv året i rubriken (2024-02) eller i bladets namn",
    en: "the column {text} names a month but no year, and the sheet {sheet} names no single year in its name or title: write the year in the header (2024-02) or in the sheet's name",
  },
  "monthly.regionMissing": {
    sv: "{region} har rapporterat men har ingen rad på bladet {sheet}: lägg till regionens rad, eller ändra rapporterat till Nej",
    en: "{region} reported but has no row on the sheet {sheet}: add the region's row, or set reported to Nej",
  },
  "applied.noButMonthly": {
    sv: "{region}: rapporterat är {value}, men månadsvärden finns ({cell}): ändra till Ja, eller ta bort värdena",
    en: "{region}: reported is {value}, but monthly figures are given ({cell}): set it to Ja, or remove the figures",
  },
  "monthly.implausible": {
    sv: "{measure} {month} är {value} per 100 disponibla vårdplatser; mer än {limit} kan det inte vara: saknas ett decimalkomma, eller är det ett antal?",
    en: "{measure} {month} is {value} per 100 available beds; it cannot be more than {limit}: is a decimal comma missing, or is it a count?",
  },
  "monthly.unusual": {
    sv: "{measure} {month} är {value} per 100 disponibla vårdplatser, ovanligt högt (över {limit}); beräknas ändå: kontrollera värdet",
    en: "{measure} {month} is {value} per 100 available beds, unusually high (above {limit}); computed all the same: check the figure",
  },
  "note.monthlyPercent": {
    sv: "{cell}: {text} läst som {value} per 100 disponibla vårdplatser (per 100 är procent)",
    en: "{cell}: {text} read as {value} per 100 available beds (per 100 is per cent)",
  },
} as const;
