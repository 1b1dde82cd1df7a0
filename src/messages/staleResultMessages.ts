/** The record sheet's note on formulas whose inputs Fördela could not follow when it wrote a round. */
export const STALE_RESULT_MESSAGES = {
  "record.unknownInputsTitle": {
    sv: "Formler som inte gick att följa",
    en: "Formulas that could not be followed",
  },
  "record.unknownInputs": {
    sv: "{count} {count|formel|formler} hämtar sina värden på ett sätt som inte syns i formeln (till exempel INDIRECT eller OFFSET, eller ett blad eller namn som saknas). Deras sparade resultat togs bort, så att inget gammalt värde visas; Excel och LibreOffice räknar ut dem när arbetsboken öppnas.",
    en: "{count} {count|formula reads its|formulas read their} values in a way the formula does not show (such as INDIRECT or OFFSET, or a missing sheet or name). Their stored results were removed so that no old value is shown; Excel and LibreOffice compute them when the workbook is opened.",
  },
  "record.unknownInputsMore": {
    sv: "… och {count} till",
    en: "… and {count} more",
  },
};
