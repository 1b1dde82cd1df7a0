import type { Controller, UiState } from "./controller";
import type { Lang } from "./i18n";
import { render, statusRegions } from "./render";
import { showStatus, type HostActivity, type StatusLine } from "./status";

/** What a host adds to the shared interface, and how it saves. */
export interface HostView {
  /** Excel saves a write at once; the web page only when the user downloads the file. */
  savesOnWrite: boolean;
  /** The web page shows its name; a taskpane has Office's title above it already. */
  showTitle: boolean;
  /** Cards the host draws first (the web page's file card). */
  top?: (lang: Lang) => HTMLElement | null;
  /** The last step after a computation (the web page's download), shown right below the status. */
  finish?: (s: UiState, lang: Lang) => HTMLElement | null;
  /** What the host itself is busy with (opening a file, building a download). */
  activity?: () => HostActivity | null;
  /**
   * How Print prints; absent, the browser's print view (`window.print()`). Excel for Mac ignores
   * `window.print()` in an add-in (office-js #3385): the taskpane writes the decision's tables
   * into the workbook instead (`Controller.printSheets`).
   */
  print?: (controller: Controller) => void;
  /** The workbook's file name for the print view's header, where the host knows it. */
  source?: () => string | null;
  /** Read the table again from the file as it is saved now (the web page opens the file again); absent, the host's port is read again. */
  reread?: () => void;
}

/**
 * One page of the interface, in the taskpane or the web page: the language,
 * the workbook's controller once there is one, and what only the screen keeps
 * (whether the narrow table shows its blocks).
 */
export class Page {
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
