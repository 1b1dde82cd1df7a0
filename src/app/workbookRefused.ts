import type { MessageCode } from "../messages/catalog";
import { msg, render, type Msg, type Params } from "../messages/message";

/**
 * A file refused as a whole (any host: a zip bomb, a signed package, a protected structure), with why as a message a host renders in its user's language (English in `message`). */
export class WorkbookRefused extends Error {
  constructor(readonly problem: Msg) {
    super(render(problem, "en"));
  }
  static of(code: MessageCode, params: Params = {}): WorkbookRefused {
    return new WorkbookRefused(msg(code, params));
  }
}

