import { serialToIso } from "../workbook/sheet/dates";

/**
 * Dates reach a custom function as serial numbers (Excel's 1900 date system),
 * with no number format to tell them from other numbers. A month header is a
 * date between 2000 and 2099; no region, count or header is such a number in a
 * measure's header row.
 */
const FROM = 36526; // 2000-01-01
const TO = 73050; // 2099-12-31

/** The month ("2024-02") a header's serial number falls in; null for a number outside 2000–2099 or not whole. */
export function serialMonth(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < FROM || serial > TO) return null;
  return serialToIso(serial, false).slice(0, 7);
}
