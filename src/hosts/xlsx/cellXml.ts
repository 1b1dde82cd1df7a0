import { escapeText } from "./xml";

/** Text for a <t>: XML-escaped, control characters and literal "_xHHHH_" as OOXML escapes them. */
export function ooxmlText(s: string): string {
  const escaped = s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    // eslint-disable-next-line no-control-regex -- the control characters XML cannot hold, escaped as OOXML does
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
  return escapeText(escaped);
}

/** A <t> element, keeping leading and trailing spaces. */
export function textElement(prefix: string, s: string): string {
  const space = /^\s|\s$/.test(s) ? ' xml:space="preserve"' : "";
  return `<${prefix}t${space}>${ooxmlText(s)}</${prefix}t>`;
}

/** A number as a <v> holds it: the shortest text that reads back as the same double. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`${n} cannot be written to a cell`);
  return String(n);
}

/**
 * One cell's XML: a number in <v>, text as an inline string (so sharedStrings.xml
 * stays as it was, and nothing written is ever a formula).
 */
export function cellXml(prefix: string, ref: string, value: number | string | null, style: number | null): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null) return `<${prefix}c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<${prefix}c r="${ref}"${s}><${prefix}v>${numberText(value)}</${prefix}v></${prefix}c>`;
  return `<${prefix}c r="${ref}"${s} t="inlineStr"><${prefix}is>${textElement(prefix, value)}</${prefix}is></${prefix}c>`;
}
