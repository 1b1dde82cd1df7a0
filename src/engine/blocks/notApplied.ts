export const notApplied = {
  sv: "Har inte ansökt: inga medel, och ingår inte i någon viktsumma.",
  en: "Did not apply: no funds, and left out of every sum of weights.",
};
