import type { Controller } from "./controller";
import type { Lang } from "./i18n";
import { render, statusRegions } from "./render";
import { showStatus, type StatusLine } from "./status";
import type { HostView, PageView } from "./pageView";

export type { HostView } from "./pageView";

/**
 * One page of the interface, in the taskpane or the web page: the language,
 * the workbook's controller once there is one, and what only the screen keeps
 * (whether the narrow table shows its blocks).
 */
export class Page implements PageView {
  lang: Lang = "sv";
  blocksShown = false;
  controller: Controller | null = null;

  constructor(
    readonly root: HTMLElement,
    readonly host: HostView,
  ) {
    // The interface runs: the page's start check (src/ui/canRun.js) looks for this mark.
    root.setAttribute("data-started", "");
  }

  /** A line of the host's own in the one status line, before an interface is attached (loading, or why none can be). */
  say(line: StatusLine): void {
    const { status, alert } = statusRegions(this.root);
    showStatus(status, alert, line, this.lang);
  }

  attach(controller: Controller | null): void {
    this.controller = controller;
    if (controller) {
      controller.setLang(this.lang);
      controller.subscribe(() => this.draw());
    } else this.draw();
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    if (this.controller) this.controller.setLang(lang);
    else this.draw();
  }

  toggleBlocks(): void {
    this.blocksShown = !this.blocksShown;
    this.draw();
  }

  draw(): void {
    render(this);
  }
}

/** Resolves after the browser has painted the current state: progress is seen before long work starts. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
