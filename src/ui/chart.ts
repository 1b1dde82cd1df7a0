import type { RoundResult } from "../engine/types";
import { formatNumber } from "../engine/format";
import { blockLabel } from "../rounds/blockLabel";
import type { Lang } from "./i18n";

const SVG = "http://www.w3.org/2000/svg";
const COLORS = ["#0f6cbd", "#5caae5", "#8764b8", "#e3008c", "#ca5010", "#498205", "#038387"];

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * Each region's amounts as a horizontal bar stacked by block, largest total
 * first; drawn by the page itself (no chart service, no scripts from elsewhere).
 */
export function allocationChart(result: RoundResult, lang: Lang): SVGSVGElement {
  const rows = [...result.regions].filter((r) => r.total.gt(0)).sort((a, b) => b.total.cmp(a.total) || a.code.localeCompare(b.code));
  const max = rows[0]?.total.toNumber() ?? 1;
  const label = 150;
  const width = 640;
  const bar = 16;
  const gap = 6;
  const legend = 28;
  const height = legend + rows.length * (bar + gap) + 4;
  const svg = el("svg", { viewBox: `0 0 ${width} ${height}`, width: "100%", role: "img", class: "chart" }) as SVGSVGElement;
  svg.append(el("title", {}, lang === "sv" ? "Belopp per region och block, störst först" : "Amounts by region and block, largest first"));
  let lx = 0;
  result.blocks.forEach((b, i) => {
    const name = blockLabel(b, lang);
    svg.append(el("rect", { x: lx, y: 4, width: 12, height: 12, fill: COLORS[i % COLORS.length] }), el("text", { x: lx + 16, y: 14, "font-size": 11 }, name));
    lx += 28 + name.length * 6.5;
  });
  const plot = width - label - 90;
  rows.forEach((r, k) => {
    const y = legend + k * (bar + gap);
    const g = el("g", { "data-region": r.code });
    g.append(el("text", { x: label - 6, y: y + bar - 4, "text-anchor": "end", "font-size": 11 }, r.name));
    let x = label;
    result.blocks.forEach((b, i) => {
      // Drawing only: a pixel width, not money.
      const w = (r.amounts[b.id].toNumber() / max) * plot;
      if (w > 0) g.append(el("rect", { x, y, width: w, height: bar, fill: COLORS[i % COLORS.length] }, undefined));
      x += w;
    });
    g.append(el("text", { x: x + 4, y: y + bar - 4, "font-size": 11 }, formatNumber(r.total, lang)));
    svg.append(g);
  });
  return svg;
}
