/**
 * The catalogue of round definitions as officers write them (issue 24): a
 * bundled round file with one change each, or the same round copied to the
 * sheet "Fördela regler" with one cell changed. Refused with the rule's path
 * (in a file) or its cell (on the sheet), in both languages, the workbook
 * unchanged; or computed, paying exactly the round's pot.
 */
type Def = Record<string, any>;

export type DefOutcome =
  | { error: string; at: string; sv: string } // `at`: the path in the file ("blocks[1].Cap"), or the cell on the sheet ("B7"); "" for the file itself
  | { accepted: true; total: number; same?: true }; // same: every amount is the unchanged round's

export interface FileCase {
  name: string;
  /** Which bundled round: tillgänglighet (fixed + rest by population), korta vårdköerna (sub-pots), or the beds preset as a file. */
  round: "till" | "korta" | "beds";
  /** The change to the parsed definition, or to its text. */
  edit?: (def: Def) => void;
  text?: (text: string) => string;
  outcome: DefOutcome;
}

const TILL_POT = 5886500000;
const err = (at: string, error: string, sv: string): DefOutcome => ({ error, at, sv });

export const FILE_CASES: FileCase[] = [
  // Keys the schema does not know: refused with the nearest one, never ignored.
  { name: "a key spelt Cap", round: "till", edit: (d) => (d.blocks[1].Cap = { amount: 400000000 }), outcome: err("blocks[1].Cap", 'unknown key "Cap"; did you mean "cap"?', 'okänd nyckel "Cap"; menade du "cap"?') },
  { name: "a key spelt leftovr in a sub-pot", round: "korta", edit: (d) => ((d.blocks[1].pots[0].leftovr = d.blocks[1].pots[0].leftover), delete d.blocks[1].pots[0].leftover), outcome: err("blocks[1].pots[0].leftovr", 'did you mean "leftover"?', 'menade du "leftover"?') },
  { name: "a key misspelt at the top", round: "till", edit: (d) => ((d.popluationDate = "2023-11-01"), delete d.populationDate), outcome: err("popluationDate", 'did you mean "populationDate"?', "menade du") },
  // Pots that must add up, "rest" anywhere.
  { name: "a block after the rest", round: "till", edit: (d) => d.blocks.push({ id: "extra", title: "Extra", kind: "equal", pot: 21000000 }), outcome: { accepted: true, total: TILL_POT } },
  { name: "the rest before the fixed block", round: "till", edit: (d) => d.blocks.reverse(), outcome: { accepted: true, total: TILL_POT, same: true } },
  { name: "two blocks taking the rest", round: "till", edit: (d) => d.blocks.push({ id: "extra", kind: "equal", pot: "rest" }), outcome: err("blocks[2].pot", 'only one block can take the "rest"', "bara ett block kan ta") },
  { name: "fixed amounts that take the whole pot and more", round: "till", edit: (d) => (d.blocks[0].amount = 300000000), outcome: err("blocks[1].pot", "the other blocks take 6300000000\u00a0kr of the round's 5886500000\u00a0kr; nothing is left", "de andra blocken tar") },
  { name: "blocks that do not add up to the round's pot", round: "korta", edit: (d) => (d.blocks[1].pot = 397000001), outcome: err("blocks[1].pots", "the sub-pots add up to 397000000\u00a0kr, not the block's 397000001\u00a0kr", "397000000") },
  { name: "a pot written with spaces in a JSON number's place", round: "till", edit: (d) => (d.pot = "5 886 500 000"), outcome: err("pot", '"5 886 500 000" is not an amount in kronor', "är inget belopp i kronor") },
  { name: "an amount with öre", round: "till", edit: (d) => (d.blocks[0].amount = 100000000.5), outcome: err("blocks[0].amount", "100000000.5 is not whole kronor", "är inte hela kronor") },
  // Regions in lists: codes, names, numbers that are codes.
  { name: "a group of regions by name and code", round: "till", edit: (d) => (d.blocks[0].group = ["Stockholm", "03", 4]), outcome: { accepted: true, total: TILL_POT } },
  { name: "a misspelt region in a group", round: "till", edit: (d) => (d.blocks[0].group = ["Stockholm", "Upsala"]), outcome: err("blocks[0].group[1]", '"Upsala" is no region', '"Upsala" är ingen region') },
  { name: "a number that is no region's code", round: "till", edit: (d) => (d.blocks[0].group = [1, 2]), outcome: err("blocks[0].group[1]", "2 is no region", "2 är ingen region") },
  { name: "a region twice in a group, by name and code", round: "till", edit: (d) => (d.blocks[0].group = ["01", "Region Stockholm"]), outcome: err("blocks[0].group[1]", "is already earlier in the list", "står redan tidigare i listan") },
  // Values out of range.
  { name: "a top N over the 21 regions", round: "korta", edit: (d) => (d.blocks[1].pots[0].leftover.n = 30), outcome: err("blocks[1].pots[0].leftover.n", "30 regions is more than the 21 there are", "fler än de 21 som finns") },
  { name: "a percentage over 100", round: "beds", edit: (d) => (d.blocks[1].improvement.percent = 150), outcome: err("blocks[1].improvement.percent", "150 is not a percentage from 0 to 100", "ingen procentsats från 0 till 100") },
  { name: "a month listed twice", round: "beds", edit: (d) => d.blocks[1].months.push("2024-03"), outcome: err("blocks[1].months[9]", '"2024-03" is already earlier in the list', "står redan tidigare i listan") },
  { name: "a month that is no month", round: "beds", edit: (d) => (d.blocks[1].months[0] = "2024-13"), outcome: err("blocks[1].months[0]", 'is not a month like "2024-02"', "är ingen månad") },
  { name: "an unknown value of a known key", round: "beds", edit: (d) => (d.blocks[1].improvement.reading = "procent"), outcome: err("blocks[1].improvement.reading", 'unknown value "procent" (known: relative, points)', "okänt värde") },
  // References to the round's own columns.
  { name: "a weight naming no declared column", round: "korta", edit: (d) => (d.blocks[1].pots[0].cap.share.column = "needKnee"), outcome: err("blocks[1].pots[0].cap.share.column", '"needKnee" is not one of the round\'s columns', "needKnee") },
  { name: "a cap given two ways", round: "till", edit: (d) => (d.blocks[1].cap = { amount: 400000000, share: "population" }), outcome: err("blocks[1].cap", 'give one of "amount", "column" and "share"', "ange ett av") },
  // The rule for the last krona (issue 25).
  { name: "rounded half up with the rest on the largest region", round: "till", edit: (d) => (d.rounding = { method: "halfUpToLargest" }), outcome: { accepted: true, total: TILL_POT } },
  { name: "a block in whole 100 000 kr", round: "till", edit: (d) => (d.blocks[1].rounding = { unit: 100000 }), outcome: { accepted: true, total: TILL_POT } },
  { name: "a pot of no whole number of units", round: "till", edit: (d) => (d.blocks[1].rounding = { unit: 1000000 }), outcome: err("blocks[1].pot", "3,786,500,000\u00a0kr is not a whole number of the rounding unit of 1,000,000\u00a0kr", "är inte ett helt antal av avrundningens enhet") },
  { name: "an unknown rounding method", round: "till", edit: (d) => (d.rounding = { method: "bankers" }), outcome: err("rounding.method", 'unknown value "bankers" (known: largestRemainder, halfUpToLargest, down)', "okänt värde") },
  // The file as saved.
  { name: "saved with a byte-order mark (Windows Notepad)", round: "till", text: (t) => `\uFEFF${t}`, outcome: { accepted: true, total: TILL_POT, same: true } },
  { name: "a comma too many", round: "till", text: (t) => t.replace(/"pot": 5886500000,/, '"pot": 5886500000,,'), outcome: err("", "line 7, column 21: a key in", "rad 7, kolumn 21") },
  { name: "a key written twice", round: "till", text: (t) => t.replace('"pot": 5886500000,', '"pot": 5886500000,\n  "pot": 5000000000,'), outcome: err("pot", 'the key "pot" is written twice', "står två gånger") },
];

/** The same kinds on the rules sheet: each a change to the rows an export of the round file wrote there. */
export interface SheetCase {
  name: string;
  /** Rows to change ([parameter, value]) or add where the parameter is not there yet. */
  rows: [string, string | number][];
  /** The cell named, from the row of a parameter: "B:blocks.1.amount" (its value) or "A:+0" (the first added row's parameter). */
  at?: string;
  outcome: DefOutcome;
}

export const SHEET_CASES: SheetCase[] = [
  { name: "a parameter given twice", rows: [["+blocks.1.amount", 200000000]], at: "A:+0", outcome: err("", "blocks.1.amount is already given in", "står redan i") },
  { name: "an unknown parameter", rows: [["+blocks.2.Cap.amount", 400000000]], at: "B:+0", outcome: err("", 'blocks.2.Cap: unknown key "Cap"; did you mean "cap"?', 'menade du "cap"?') },
  { name: "a misspelt region on the sheet", rows: [["blocks.1.group", "Stockholm, Upsala"]], at: "B:blocks.1.group", outcome: err("", '"Upsala" is no region', "ingen region") },
  { name: "a block after the rest, on the sheet", rows: [["+blocks.3.id", "extra"], ["+blocks.3.kind", "equal"], ["+blocks.3.pot", "21 000 000"]], outcome: { accepted: true, total: TILL_POT } },
  { name: "the rule for the last krona on the sheet", rows: [["+rounding.method", "halfUpToLargest"], ["+rounding.unit", "1 000"]], outcome: { accepted: true, total: TILL_POT } },
  { name: "an amount with a Swedish thousands space", rows: [["blocks.1.amount", "100 000 000"]], outcome: { accepted: true, total: TILL_POT, same: true } },
];

