/** A bad argument: Excel shows it as #VALUE! with this message. */
export class FunctionError extends Error {}
