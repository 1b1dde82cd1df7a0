const SV = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024-02" → "2023-02": the same month a year earlier. */
export function sameMonthYearBefore(month: string): string {
  const [y, m] = month.split("-");
  return `${Number(y) - 1}-${m}`;
}

/** "2024-02" → "feb 2024" / "Feb 2024". */
export function monthName(month: string, lang: "sv" | "en"): string {
  const [y, m] = month.split("-");
  return `${(lang === "sv" ? SV : EN)[Number(m) - 1]} ${y}`;
}
