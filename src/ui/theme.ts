/**
 * The taskpane follows Office's theme (File > Account > Office Theme) rather than the system's:
 * a dark Office on a light Windows gets the dark palette, and the page's background is Office's
 * own where the palette's text stays readable on it (WCAG AA, 4.5:1). The colours themselves are
 * in taskpane.css; this only chooses light or dark and the background.
 */

/** The part of `Office.context.officeTheme` used here; every field may be missing where the host does not say. */
export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
  bodyForegroundColor?: string;
  isDarkTheme?: boolean;
}

export interface Theme {
  scheme: "light" | "dark";
  /** CSS custom properties to set on the root element. */
  vars: Record<string, string>;
}

/** The palette's text colours (taskpane.css) that stand directly on the page's background. */
const TEXT_ON_BG = { light: ["#242424", "#616161"], dark: ["#ffffff", "#d6d6d6"] };
const AA = 4.5;

function rgb(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!m) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2 relative luminance of a #rrggbb colour; null if it is not one. */
export function luminance(hex: string): number | null {
  const c = rgb(hex);
  if (!c) return null;
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours (1 to 21); null if either is not a colour. */
export function contrast(a: string, b: string): number | null {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === null || lb === null) return null;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Light or dark from Office's theme, and its background where the text stays readable on it; null: follow the system. */
export function themeFromOffice(office: OfficeThemeColors | null | undefined): Theme | null {
  const bg = office?.bodyBackgroundColor;
  const lum = bg === undefined ? null : luminance(bg);
  if (!office || bg === undefined || lum === null) return null;
  // Office's own word where it gives one; else a background darker than mid-grey is a dark theme.
  const scheme = (office.isDarkTheme ?? lum < 0.18) ? "dark" : "light";
  const readable = TEXT_ON_BG[scheme].every((fg) => (contrast(fg, bg) ?? 0) >= AA);
  return { scheme, vars: readable ? { "--bg": bg.startsWith("#") ? bg : `#${bg}` } : {} };
}

/** Puts a theme on the page's root element (absent: the system's light or dark stays). */
export function applyTheme(root: HTMLElement, theme: Theme | null): void {
  if (!theme) return;
  root.setAttribute("data-theme", theme.scheme);
  for (const [k, v] of Object.entries(theme.vars)) root.style.setProperty(k, v);
}
