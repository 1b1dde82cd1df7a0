/// <reference types="office-js" />
/**
 * Whether the workbook counts its dates from 1904 (Excel for Mac's old default,
 * "Date systems in Excel", support.microsoft.com). `Workbook.use1904DateSystem`
 * is in preview only; the worksheet function DATE is in ExcelApi 1.2 and answers
 * in the workbook's own date system (Excel.Functions.date, learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)):
 * 1 January 2000 is serial 36526 counted from 1900, and 1462 days less from 1904.
 */
const SERIAL_2000_FROM_1904 = 36526 - 1462;

/** Asks in the batch's next sync; `value()` after it. A DATE that fails leaves the 1900 system, Excel's default. */
export function uses1904Dates(context: Excel.RequestContext): { value(): boolean } {
  const probe = context.workbook.functions.date(2000, 1, 1);
  probe.load("value");
  return { value: () => probe.value === SERIAL_2000_FROM_1904 };
}
