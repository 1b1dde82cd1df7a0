/**
 * Dates reach a custom function as serial numbers (days since 1899-12-30 in
 * Excel's 1900 date system), with no number format to tell them from other
 * numbers. A month header is a date between 2000 and 2099; no region, count or
 * header is such a number in a measure's header row.
 */
const FROM = 36526; // 2000-01-01
const TO = 73050; // 2099-12-31

/** The month ("2024-02") a header's serial number falls in; null for a number outside 2000–2099 or not whole. */
export function serialMonth(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < FROM || serial > TO) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86400000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}
