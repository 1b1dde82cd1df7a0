/** The engine's warnings, the round's rules, and writing. */
export const ROUND_MESSAGES = {
  "engine.ladderScaled": {
    sv: "{block}: de nådda stegen kostar {cost}\u00a0kr, mer än potten på {pot}\u00a0kr; varje stegbelopp skalas med {scale}",
    en: "{block}: the steps reached cost {cost}\u00a0kr, more than the pot of {pot}\u00a0kr; every step amount is scaled by {scale}",
  },
  "engine.ladderLeft": { sv: "{block}: ingen kvalificerar sig för det som stegen lämnar; {amount}\u00a0kr fördelas inte", en: "{block}: nobody qualifies for what the steps leave; {amount}\u00a0kr is left unallocated" },
  "engine.monthlyFewRegions": {
    sv: "{block}: de reserverade delarna fördelas efter folkmängden i tabellens {n} {n|region|regioner}, inte alla 21",
    en: "{block}: the reserved parts are shared by the population of the {n} {n|region|regions} in the table, not all 21",
  },
  "engine.bonusUnallocated": { sv: "{block}: ingen region tjänade in något, så bonuspotten på {amount}\u00a0kr fördelas inte", en: "{block}: no region earned anything, so the bonus pot of {amount}\u00a0kr is left unallocated" },
  "engine.nobodyEligible": { sv: "{block}: ingen region uppfyller villkoren; {amount}\u00a0kr fördelas inte", en: "{block}: no region is eligible; {amount}\u00a0kr is left unallocated" },
  "engine.noWeight": { sv: "{block}: ingen behörig region har någon vikt ({weight}); {amount}\u00a0kr fördelas inte", en: "{block}: no eligible region has a weight ({weight}); {amount}\u00a0kr is left unallocated" },
  "rules.noSheet": {
    cli: { sv: "inget blad \"{sheet}\" med omgångens regler (börja ett med: fordela rounds --export at-2024 --into ARBETSBOK.xlsx)", en: "no sheet \"{sheet}\" with the round's rules (start one with: fordela rounds --export at-2024 --into BOOK.xlsx)" },
    ui: { sv: "inget blad \"{sheet}\" med omgångens regler: välj en omgång i listan Omgång", en: "no sheet \"{sheet}\" with the round's rules: choose a round in the Round list" },
  },
  "rules.problem": { sv: "{path}: {problem}", en: "{path}: {problem}" },
  "rules.notJson": { sv: "ingen omgångsdefinition i JSON: {detail}", en: "not a JSON round definition: {detail}" },
  "rules.fileNotJson": { sv: "{name} är ingen omgångsdefinition i JSON ({detail}); inget har ändrats", en: "{name} is not a JSON round definition ({detail}); nothing has changed" },
  "rules.fileTooLarge": { sv: "{name} är {size}, för stor för en omgångsdefinition (högst {limit}); inget har ändrats", en: "{name} is {size}, too large for a round definition (at most {limit}); nothing has changed" },
  "write.protected": {
    sv: "bladet är skyddat: ta bort skyddet i Excel (Granska → Ta bort skydd för blad) och beräkna igen; inget skrevs",
    en: "the sheet is protected: unprotect it in Excel (Review → Unprotect Sheet), then compute again; nothing was written",
  },
  "write.structureLocked": {
    sv: "arbetsbokens struktur är skyddad, så Fördela kan inte lägga till protokollbladet {sheet}: ta bort skyddet (Granska → Skydda arbetsbok) och beräkna igen; inget skrevs",
    en: "the workbook's structure is protected, so Fördela cannot add the record sheet {sheet}: unprotect it (Review → Protect Workbook) and compute again; nothing was written",
  },
  "write.conflict": { sv: "innehåller {value}, som Fördela inte har skrivit", en: "holds {value}, which Fördela did not write" },
  "write.conflictPreview": { sv: "innehåller {value}, som Fördela inte har skrivit; att skriva skulle fråga först", en: "holds {value}, which Fördela did not write; writing would ask first" },
} as const;

/** Problems in a round definition (a JSON file or the sheet Fördela regler), after its path. */
export const RULES_MESSAGES = {
  "rules.notAmount": { sv: "{value} är inget belopp i kronor", en: "{value} is not an amount in kronor" },
  "rules.positive": { sv: "{value} måste vara ett positivt belopp", en: "{value} must be a positive amount" },
  "rules.zeroOrMore": { sv: "{value} måste vara noll eller mer", en: "{value} must be zero or more" },
  "rules.notWholeKronor": { sv: "{value} är inte hela kronor", en: "{value} is not whole kronor" },
  "rules.tooManyDigits": {
    sv: "{value} har fler än {digits} värdesiffror, och ett tal i JSON kan ha tappat siffror redan när filen lästes: skriv det som text, inom citattecken, så läses varje siffra exakt",
    en: "{value} has more than {digits} significant digits, and a number in JSON may have lost digits as the file was read: write it as text, in quotes, and every digit is read exactly",
  },
  "rules.notNumber": { sv: "{value} är inte ett tal", en: "{value} is not a number" },
  "rules.notWhole": { sv: "{value} är inte ett heltal över noll", en: "{value} is not a whole number above zero" },
  "rules.notText": { sv: "{value} är ingen text", en: "{value} is not a text" },
  "rules.textTooLong": { sv: "texten har {length} tecken, fler än de {most} en titel eller etikett får ha", en: "the text has {length} characters, more than the {most} a title or label may have" },
  "rules.notId": { sv: "{value} är inget id (en bokstav, sedan bokstäver och siffror, som \"block1\")", en: "{value} is not an id (a letter, then letters and digits, like \"block1\")" },
  "rules.unknownValue": { sv: "okänt värde {value} (kända: {known})", en: "unknown value {value} (known: {known})" },
  "rules.keyNeeded": { sv: "en fördelningsnyckel behövs", en: "a sharing key is needed" },
  "rules.conditionsNeeded": { sv: "en lista med villkor behövs", en: "a list of conditions is needed" },
  "rules.stepsNeeded": { sv: "en trappa behöver en lista med steg { \"threshold\", \"amount\" }", en: "a ladder needs a list of steps { \"threshold\", \"amount\" }" },
  "rules.stepsOrder": { sv: "stegen är i fel ordning: {detail}", en: "steps out of order: {detail}" },
  "rules.stepThresholdNotAbove": { sv: "steg {step}: tröskeln {threshold} är inte högre än steg {previous}:s {previousThreshold}", en: "step {step}: threshold {threshold} is not above step {previous}'s {previousThreshold}" },
  "rules.stepAmountBelow": { sv: "steg {step}: beloppet {amount} är lägre än steg {previous}:s {previousAmount}", en: "step {step}: amount {amount} is below step {previous}'s {previousAmount}" },
  "rules.stepAmountNegative": { sv: "steg {step}: beloppet är negativt", en: "step {step}: amount is negative" },
  "rules.measuresNeeded": { sv: "en lista med mått { id, title } behövs", en: "a list of measures { id, title } is needed" },
  "rules.monthsNeeded": { sv: "en lista med månader som \"2024-02\" behövs", en: "a list of months like \"2024-02\" is needed" },
  "rules.notMonth": { sv: "{value} är ingen månad som \"2024-02\"", en: "{value} is not a month like \"2024-02\"" },
  "rules.unknownKind": { sv: "okänd blocktyp {value} (kända: proportional, equal, ladder, monthlyPerformance, fixed, top, perUnit, subPots)", en: "unknown block kind {value} (known: proportional, equal, ladder, monthlyPerformance, fixed, top, perUnit, subPots)" },
  "rules.notRoundId": { sv: "{value} är inget omgångs-id (små bokstäver, siffror och bindestreck, som \"at-2026\")", en: "{value} is not a round id (lower-case letters, digits and dashes, like \"at-2026\")" },
  "rules.blocksNeeded": { sv: "en omgång behöver minst ett block", en: "a round needs at least one block" },
  "rules.blockTwice": { sv: "block-id \"{id}\" används två gånger", en: "the block id \"{id}\" is used twice" },
  "rules.totalReserved": { sv: "\"total\" är reserverat för summan av blocken", en: "\"total\" is reserved for the sum of the blocks" },
  "rules.regionListNeeded": { sv: "en lista med regionkoder behövs", en: "a list of region codes is needed" },
} as const;
