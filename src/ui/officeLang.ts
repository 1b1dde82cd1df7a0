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
