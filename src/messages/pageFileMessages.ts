/** Why the web page does not open a file it was given, and what the officer can do instead. */
export const PAGE_FILE_MESSAGES = {
  "page.fileEmpty": { sv: "filen är tom (0 byte): välj arbetsboken igen, eller spara den på nytt i Excel först", en: "the file is empty (0 bytes): choose the workbook again, or save it again in Excel first" },
  "page.csvFile": {
    sv: "detta är en CSV-fil (text med värden), ingen arbetsbok: öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) och öppna den filen här",
    en: "this is a CSV file (text with values), not a workbook: open it in Excel, save it as an Excel workbook (.xlsx) and open that file here",
  },
  "page.textFile": {
    sv: "detta är en textfil, ingen arbetsbok: öppna handläggningsarbetsboken (.xlsx) i stället",
    en: "this is a text file, not a workbook: open the officers' workbook (.xlsx) instead",
  },
  "page.notXlsx": {
    sv: "detta är ingen Excel-arbetsbok (.xlsx): öppna filen i Excel och spara den som Excel-arbetsbok (.xlsx), eller välj rätt fil",
    en: "this is not an Excel workbook (.xlsx): open the file in Excel and save it as an Excel workbook (.xlsx), or choose the right file",
  },
  "page.roundFileFirst": {
    sv: "detta är en omgångsdefinition (JSON), ingen arbetsbok: öppna arbetsboken först och välj sedan omgångsfilen (Öppna omgångsfil, eller släpp den på sidan)",
    en: "this is a round definition (JSON), not a workbook: open the workbook first, then choose the round file (Open round file, or drop it on the page)",
  },
  "page.tooLarge": { sv: "filen är {size}, över gränsen {limit}; en handläggares arbetsbok är långt mindre", en: "the file is {size}, over the limit of {limit}; an officers' workbook is far smaller" },
} as const;
