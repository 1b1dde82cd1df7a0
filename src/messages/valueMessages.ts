/** What can be wrong with one cell's value: fragments that follow "the population of Gotland …". */
export const VALUE_MESSAGES = {
  "value.error": { sv: "innehåller felvärdet {error}", en: "holds the error {error}" },
  "value.notComputed": {
    sv: "är en formel vars resultat aldrig har räknats ut (filen skrevs av ett program och har aldrig öppnats i Excel): öppna den i Excel eller LibreOffice, spara och försök igen",
    en: "is a formula whose result was never computed (the file was written by a program and never opened in Excel): open it in Excel or LibreOffice, save it, and try again",
  },
  "value.empty": { sv: "är tom", en: "is empty" },
  "value.notNumber": { sv: "{text} är inte ett tal", en: "{text} is not a number" },
  "value.boolean": { sv: "är {value}, inte ett tal", en: "is {value}, not a number" },
  "value.ambiguous": {
    sv: "{text} är tvetydigt: skriv {thousands} eller {decimal} (komma är decimaltecken på svenska)",
    en: "{text} is ambiguous: write {thousands} or {decimal} (a comma is a decimal point in Swedish)",
  },
  "population.notPositive": { sv: "är {value}: den måste vara större än noll", en: "is {value}: it must be above zero" },
  "population.notWhole": { sv: "{value} är inte ett helt antal invånare", en: "{value} is not a whole number of inhabitants" },
  "population.tooSmall": {
    sv: "är {value}: ingen region har färre än {min} invånare (står den i tusental?)",
    en: "is {value}: no region has fewer than {min} inhabitants (is it in thousands?)",
  },
  "population.tooLarge": { sv: "är {value}: fler än hela Sveriges befolkning", en: "is {value}: more than the whole of Sweden" },
  "count.negative": { sv: "är {value}: ett antal kan inte vara negativt", en: "is {value}: a count cannot be negative" },
  "count.notWhole": { sv: "är {value}: tjänster räknas i hela tal", en: "is {value}: posts are counted whole" },
  "count.implausiblePer100k": {
    sv: "är {value}, det vill säga {per100k} per 100 000 invånare: ingen region har över {limit} (den högsta 2024 hade 23); kontrollera talet",
    en: "is {value}, that is {per100k} per 100 000 inhabitants: no region has over {limit} (the highest in 2024 had 23); check the figure",
  },
  "count.implausiblePlan": {
    sv: "är {value}, mer än {times} gånger det planerade {planned}: kontrollera talet",
    en: "is {value}, more than {times} times the planned {planned}: check the figure",
  },
  "planned.noFigure": { sv: "{text} (ingen uppgift) har inget planerat antal: skriv in värdet som ska användas", en: "{text} (ingen uppgift) has no planned figure: enter the value to use" },
  "planned.backwards": { sv: "{text}: intervallet går baklänges", en: "{text}: the range runs backwards" },
  "planned.invalid": {
    sv: "{text} är inget planerat antal (ett tal, ett intervall som 84–89, eller som 46 (ev. 48))",
    en: "{text} is not a planned value (a number, a range like 84–89, or like 46 (ev. 48))",
  },
  "planned.implausible": {
    sv: "är {value}, det vill säga {per100k} per 100 000 invånare: ingen region planerar över {limit}; kontrollera talet",
    en: "is {value}, that is {per100k} per 100 000 inhabitants: no region plans over {limit}; check the figure",
  },
  "planned.negative": { sv: "är {value}: ett planerat antal kan inte vara negativt", en: "is {value}: a planned count cannot be negative" },
  "yesNo.invalid": { sv: "{text} är varken ja eller nej (Ja/Nej, x eller tom)", en: "{text} is not yes or no (Ja/Nej, x or empty)" },
  "rate.negative": { sv: "{measure} {month} är {value}: en andel kan inte vara negativ", en: "{measure} {month} is {value}: a rate cannot be negative" },
} as const;
