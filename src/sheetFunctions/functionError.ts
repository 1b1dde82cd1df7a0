import { msg, render, type Msg, type Params } from "../messages/message";
import type { MessageCode } from "../messages/catalog";

/** A bad argument: Excel shows it as #VALUE! with the message, in Office's display language. */
export class FunctionError extends Error {
  constructor(readonly problem: Msg) {
    super(render(problem, "en"));
  }

  static of(code: MessageCode, params: Params = {}): FunctionError {
    return new FunctionError(msg(code, params));
  }
}
