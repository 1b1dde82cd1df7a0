/** `fordela check` and Granska: the workbook's figures follow another rule for the last krona than the round's. */
export const CONVENTION_MESSAGES = {
  "check.conventionDiffer": {
    sv: "{n} {n|cell skiljer|celler skiljer} sig från Fördelas fördelning, men bara i avrundningen:",
    en: "{n} {n|cell differs|cells differ} from Fördela's allocation, but only in the rounding:",
  },
  "check.conventionTitle": {
    sv: "Granskning: {n} av {of} belopp skiljer sig, men bara i avrundningen",
    en: "Check: {n} of {of} amounts {n|differs|differ}, but only in the rounding",
  },
  "check.convention": {
    sv: "Beloppen följer {rule} ({method}); {hint} för att räkna så.",
    en: "The amounts follow {rule} ({method}); {hint} to compute that way.",
  },
  "check.rule.largestRemainder": {
    sv: "avrundning nedåt{unit} med det som blir över till de största resterna",
    en: "rounding down{unit} with what is left over to the largest remainders",
  },
  "check.rule.halfUpToLargest": {
    sv: "avrundning uppåt från 0,5{unit} med resten på den region som får mest",
    en: "rounding half up{unit} with the difference on the region that gets the most",
  },
  "check.rule.down": {
    sv: "avrundning nedåt{unit} med resten ofördelad",
    en: "rounding down{unit} with the rest left unallocated",
  },
  "check.ruleUnit": { sv: " till hela {unit}", en: " to whole {unit}" },
  "check.addRoundingFile": { sv: "lägg till {snippet} i omgångsfilen", en: "add {snippet} to the round file" },
  "check.addRoundingPreset": {
    cli: { sv: "lägg till {snippet} i en egen omgångsfil (fordela rounds --export {id})", en: "add {snippet} to a round file of your own (fordela rounds --export {id})" },
    ui: { sv: "lägg till {snippet} i en egen omgångsfil med omgångens regler", en: "add {snippet} to a round file of your own with the round's rules" },
  },
  "check.changeRoundingFile": { sv: "ändra omgångsfilens \"rounding\" till {snippet}", en: "change the round file's \"rounding\" to {snippet}" },
  "check.addRoundingSheet": { sv: "lägg till {rows} på bladet Fördela regler", en: "add {rows} on the sheet Fördela regler" },
  "check.changeRoundingSheet": { sv: "ändra {rows} på bladet Fördela regler", en: "change {rows} on the sheet Fördela regler" },
  "check.sheetRow": { sv: "raden {key} med värdet {value}", en: "the row {key} with the value {value}" },
  "check.sheetValue": { sv: "{key} till {value}", en: "{key} to {value}" },
  "check.sheetRows": { sv: "{first} och {second}", en: "{first} and {second}" },
} as const;
