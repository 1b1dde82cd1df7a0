/**
 * The Office port's round trips (context.sync calls), whatever the table's size
 * up to 20 000 cells a sheet: a read learns the sheets, then their used ranges,
 * then the cells, then hidden rows and merged areas; a write learns the sheets,
 * then writes. Larger tables add a trip per 20 000 cells.
 */
export const READ_TRIPS = 4;
export const WRITE_TRIPS = 2;
