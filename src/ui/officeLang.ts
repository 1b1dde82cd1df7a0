import type { Lang } from "../messages/message";

/**
 * The interface language for Office's display language (`Office.context.displayLanguage`,
 * a tag such as "sv-SE" or "en-US"): Swedish for Swedish, English for any other
 * language, Swedish where Office does not say (outside Office, in tests).
 */
export function officeLang(displayLanguage: string | undefined | null): Lang {
  if (!displayLanguage) return "sv";
  return displayLanguage.toLowerCase().startsWith("sv") ? "sv" : "en";
}

/**
 * The Swedish display languages Office runs in: Swedish as in Sweden, and as in
 * Finland (a Swedish Office there reports sv-FI). officeLang gives each the
 * Swedish pane, so manifest.xml gives each every Swedish Override (the ribbon,
 * and functions-sv.json for the functions' names): test/addin/manifest.test.ts
 * checks the two agree.
 */
export const SWEDISH_OFFICE_LOCALES = ["sv-SE", "sv-FI"] as const;
