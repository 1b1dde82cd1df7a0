/** AT.SHARE's rounding arguments (issue 25): Excel shows them under #VALUE!, in Office's display language. */
export const SHARE_MESSAGES = {
  "fn.method": {
    sv: "avrundningen {value} är okänd: skriv \"största rest\" (standard), \"uppåt\" eller \"nedåt\" (eller largestRemainder, halfUpToLargest, down)",
    en: "the rounding method {value} is unknown: write \"largestRemainder\" (the default), \"halfUpToLargest\" or \"down\" (or \"största rest\", \"uppåt\", \"nedåt\")",
  },
  "fn.unit": {
    sv: "avrundningsenheten {value} är inget helt antal kronor från 1 och uppåt: skriv t.ex. 1, 1000 eller 100000",
    en: "the rounding unit {value} is not a whole number of kronor of 1 or more: write e.g. 1, 1000 or 100000",
  },
  "fn.notWholeUnits": {
    sv: "potten {pot}\u00a0kr är inte ett helt antal av enheten {unit}\u00a0kr, så den kan inte fördelas exakt: rätta potten eller enheten, eller avrunda \"nedåt\" och låt resten stå ofördelad",
    en: "the pot of {pot}\u00a0kr is not a whole number of the unit of {unit}\u00a0kr, so it cannot be shared exactly: correct the pot or the unit, or round \"down\" and leave the rest unallocated",
  },
} as const;
