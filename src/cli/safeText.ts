/**
 * Text for a terminal that cannot act on it. A workbook's sheet names and
 * cells, a round file's titles and an error's detail all reach the terminal;
 * a control character among them could move the cursor, clear or recolour
 * lines (ESC, CSI), or reorder what is shown (the bidirectional overrides and
 * isolates, Unicode TR9 §2.2), and so hide or fake `check`'s own lines. Each is
 * shown as its escape `\uXXXX` instead: visible, and the same value when the
 * text is JSON. Newline and tab stay: they are the layout.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
