import type { Controller, UiState } from "./controller";
import type { Lang } from "./i18n";
import type { HostActivity } from "./status";

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

/** What drawing a page reads of it and may ask of it (the class is `Page`, in page.ts, which draws through render.ts). */
export interface PageView {
  readonly root: HTMLElement;
  readonly host: HostView;
  lang: Lang;
  blocksShown: boolean;
  controller: Controller | null;
  setLang(lang: Lang): void;
  toggleBlocks(): void;
}
