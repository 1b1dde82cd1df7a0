import { Rational } from "../engine/rational";
import { formatKronor } from "../engine/format";
import { whatIf } from "../engine/whatIf";
import type { Controller, UiState } from "./controller";
import { h } from "./dom";
import { t } from "./i18n";

/**
 * Change one region's count and see what it would get, and what the posts to
 * the next step of a ladder are worth. Computed on the page; nothing is written.
 */
export function whatIfPanel(c: Controller, s: UiState): HTMLElement | null {
  const p = s.preview;
  if (!p || !p.ok) return null;
  const counted = p.regions.filter((r) => r.input.count !== null);
  if (counted.length === 0) return null;
  const answer = h("div", { id: "whatif-answer", "aria-live": "polite" });
  const regionSelect = h("select", { id: "whatif-region" }, ...counted.map((r) => h("option", { value: r.input.code }, r.input.name)));
  const countInput = h("input", { id: "whatif-count", type: "number", min: "0", step: "1" });
  const show = () => {
    const region = counted.find((r) => r.input.code === regionSelect.value)!;
    const raw = countInput.value.trim();
    if (!/^\d+$/.test(raw)) {
      countInput.value = region.input.count!.toString();
      return show();
    }
    c.rememberWhatIf(region.input.code, raw);
    const a = whatIf(p.round, p.regions.map((r) => r.input), region.input.code, Rational.from(raw));
    answer.replaceChildren(
      h("p", {}, t(s.lang, "whatIfGets", { name: region.input.name, total: formatKronor(a.after.total, s.lang), now: formatKronor(a.before.total, s.lang) })),
      ...a.nextSteps.map((n) => h("p", { class: "next-step" }, n.text[s.lang])),
    );
  };
  regionSelect.addEventListener("change", () => {
    countInput.value = "";
    show();
  });
  countInput.addEventListener("input", show);
  const kept = s.whatIf && counted.find((r) => r.input.code === s.whatIf!.code);
  regionSelect.value = kept ? kept.input.code : counted[0].input.code;
  countInput.value = kept ? s.whatIf!.count : counted[0].input.count!.toString();
  show();
  return h(
    "section",
    { class: "card", id: "whatif" },
    h("h2", {}, t(s.lang, "whatIfTitle")),
    h("div", { class: "grid" }, h("label", { for: "whatif-region" }, t(s.lang, "region")), regionSelect, h("label", { for: "whatif-count" }, t(s.lang, "count")), countInput),
    answer,
  );
}
