/** Each preset's own inputs: yes/no marks, the good level against the round's list, the population's date. */
export const PRESET_INPUT_MESSAGES = {
  "yesNo.crossAmbiguous": {
    sv: "{text} kan vara ett kryss (ja) eller ett nej: skriv Ja eller Nej (ett kryss läses som nej bara i en kolumn där ja skrivs på annat sätt, som Ja eller ✓)",
    en: "{text} could be a cross for yes or a no: write Ja or Nej (a cross is read as no only in a column whose yes is written otherwise, as Ja or ✓)",
  },
  "yesNo.emptyTakesPart": {
    sv: "är tom, men regionen deltar: skriv Ja eller Nej (tomt betyder nej bara i en kolumn där ja markeras med x eller ✓ och nej lämnas tomt)",
    en: "is empty, but the region takes part: write Ja or Nej (empty means no only in a column that marks yes with x or ✓ and leaves no blank)",
  },
  "goodLevel.contradicts": {
    sv: "{region}: {list} har regionen {level}, men cellen säger {value}: töm cellen (då gäller listan) eller ändra den så att den stämmer; en annan indelning kräver en omgångsfil med en egen lista (goodLevel)",
    en: "{region}: {list} has the region {level}, but the cell says {value}: empty the cell (the list then holds) or make it agree; another split needs a round file with a list of its own (goodLevel)",
  },
  "population.otherDate": {
    sv: "folkmängdskolumnen {header} gäller {named}, men omgången använder folkmängden den {date}: kontrollera att det är rätt tal; beräknas ändå",
    en: "the population column {header} is of {named}, but this round uses the population of {date}: check that these are the right figures; computed all the same",
  },
  "population.allLastYear": {
    sv: "folkmängden i kolumnen {header} är för alla {n} regioner exakt den publicerade folkmängden {known}, men omgången använder folkmängden den {date}: byt till talen för det datumet; beräknas ändå",
    en: "the populations in column {header} are, for all {n} regions, exactly the published populations of {known}, but this round uses the population of {date}: replace them with the figures of that date; computed all the same",
  },
  "population.lastYear": {
    sv: "är {value}, exakt den publicerade folkmängden {known}, men omgången använder folkmängden den {date}: är talet uppdaterat?",
    en: "is {value}, exactly the published population of {known}, but this round uses the population of {date}: has it been updated?",
  },
} as const;
