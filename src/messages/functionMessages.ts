/** The custom functions' errors: Excel shows them under #VALUE!, in Office's display language. */
export const FUNCTION_MESSAGES = {
  "fn.cell": { sv: "rad {row}: {field} {problem}", en: "row {row}: {field} {problem}" },
  "fn.sizes": {
    sv: "{name} har {n} {n|cell|celler} men {first} har {m}: ge områden av samma storlek",
    en: "{name} has {n} {n|cell|cells} but {first} has {m}: give ranges of the same size",
  },
  "fn.noRows": { sv: "inga rader med värden", en: "no rows with values" },
  "fn.pot": { sv: "potten: {problem}", en: "pot: {problem}" },
  "fn.potEmpty": { sv: "potten är tom", en: "the pot is empty" },
  "fn.stepSizes": { sv: "trösklarna har {t} celler men beloppen {a}", en: "thresholds has {t} cells but amounts has {a}" },
  "fn.noSteps": { sv: "trösklar och belopp innehåller inga steg", en: "thresholds and amounts hold no steps" },
  "fn.steps": { sv: "trappan: {problems}", en: "the ladder: {problems}" },
  "fn.negative": { sv: "{value} är negativ", en: "{value} is negative" },
  "fn.unknownRound": { sv: "okänd omgång \"{id}\" (kända: {known})", en: "unknown round \"{id}\" (known: {known})" },
  "fn.inRange": { sv: "cell {cell} i {range}: {problem}", en: "cell {cell} of {range}: {problem}" },
  "fn.andMore": { sv: "{first} (och {n} fel till)", en: "{first} (and {n} more)" },
  "fn.tooManyMeasures": { sv: "omgången har {n} mått med månadsvärden men {given} områden gavs", en: "the round has {n} monthly measures but {given} ranges were given" },
  "fn.failed": { sv: "Fördela: {detail}", en: "Fördela: {detail}" },
} as const;

/** Names of the functions' arguments, as the messages name them. */
export const ARGUMENT_NAMES = {
  counts: { sv: "antal", en: "count" },
  populations: { sv: "folkmängd", en: "population" },
  planned: { sv: "planerat antal", en: "planned" },
  weights: { sv: "vikt", en: "weight" },
  increase: { sv: "utökning", en: "increase" },
  threshold: { sv: "tröskel", en: "threshold" },
  amount: { sv: "belopp", en: "amount" },
  table: { sv: "tabellen", en: "the table" },
} as const;
