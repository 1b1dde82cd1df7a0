/** Dates as spreadsheets store them: serial day numbers shown through a date format. Both hosts read them as ISO dates. */

/** A custom code is a date when it has y, m, d, h or s outside quotes, brackets and escapes. */
export function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").replace(/\\./g, "").replace(/_./g, "");
  return /[ymdhs]/i.test(bare.split(";")[0]);
}

/** Serial day → ISO date, with Excel's fictitious 1900-02-29 (serial 60) and the 1904 system. */
export function serialToIso(serial: number, date1904: boolean): string {
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  const fromEpoch = days >= 60 ? days - 1 : days; // serials from 61 on count the day that never was
  const ms = Date.UTC(1899, 11, 31) + fromEpoch * 86400000;
  return days === 60 ? "1900-02-29" : new Date(ms).toISOString().slice(0, 10);
}
