/** Granska and fordela check: an empty allocation cell is not filled in, which is said apart from a differing figure. */
export const REVIEW_MESSAGES = {
  "check.unfilled": {
    sv: "{n} {n|cell är|celler är} inte {n|ifylld|ifyllda}, där Fördela har ett belopp:",
    en: "{n} {n|cell is|cells are} not filled in where Fördela has an amount:",
  },
} as const;
