/**
 * The namespaces Fördela reads and writes, by URI: a part may bind any prefix
 * to them (or none), so an element is known by its namespace and local name,
 * never by the prefix a writer chose (Namespaces in XML 1.0, section 6).
 * ISO/IEC 29500 has two dialects: Transitional (the openxmlformats URIs, what
 * Excel writes by default) and Strict (the purl.oclc.org URIs, "Strict Open
 * XML Spreadsheet"); a package uses one of them throughout.
 */
export const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  mainStrict: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rel: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  relStrict: "http://purl.oclc.org/ooxml/officeDocument/relationships",
  packageRels: "http://schemas.openxmlformats.org/package/2006/relationships",
  contentTypes: "http://schemas.openxmlformats.org/package/2006/content-types",
  /** Markup Compatibility and Extensibility (ISO/IEC 29500-3). */
  mc: "http://schemas.openxmlformats.org/markup-compatibility/2006",
  xml: "http://www.w3.org/XML/1998/namespace",
  xmlns: "http://www.w3.org/2000/xmlns/",
} as const;

/** SpreadsheetML's main namespace in either dialect. */
export const SPREADSHEET_NS: readonly string[] = [NS.main, NS.mainStrict];
/** The namespace of `r:id` and relationship types in either dialect. */
export const REL_NS: readonly string[] = [NS.rel, NS.relStrict];

export type Dialect = "transitional" | "strict";

export function dialectOf(mainNs: string): Dialect {
  return mainNs === NS.mainStrict ? "strict" : "transitional";
}

/** The namespaces a part of this dialect writes in. */
export function dialectNs(dialect: Dialect): { main: string; rel: string } {
  return dialect === "strict" ? { main: NS.mainStrict, rel: NS.relStrict } : { main: NS.main, rel: NS.rel };
}

/**
 * Whether a namespace named in `mc:Choice Requires` is one Excel understands:
 * its own extensions (x14, x14ac, x15, xr …, all under schemas.microsoft.com/office)
 * and the standard's. Fördela reads an mc:AlternateContent as Excel does, so
 * that a style or cell inside one is the one Excel shows.
 */
export function understoodByExcel(uri: string): boolean {
  return uri.startsWith("http://schemas.microsoft.com/office/") || uri.startsWith("http://schemas.openxmlformats.org/") || uri.startsWith("http://purl.oclc.org/ooxml/");
}
