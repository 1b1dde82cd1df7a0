import { msg, type Msg } from "../messages/message";
import type { Problem } from "./fields";
import type { RoundFile } from "./roundFile";

/**
 * A round file's text as an officer saved it: UTF-8 with or without a
 * byte-order mark (Windows Notepad writes one). A syntax error is said in the
 * user's language with its line and column, not in the JavaScript engine's
 * English (which differs between Node and each browser); a key written twice
 * in one object is refused with its path, since JSON.parse would keep the last
 * silently and the officer may have meant the first.
 */
export type ReadJson = { ok: true; file: RoundFile } | { ok: false; problems: Problem[] };

type Syntax = "json.value" | "json.commaOrEnd" | "json.key" | "json.colon" | "json.string" | "json.end" | "json.tooDeep";

/** A round file nests a handful of levels; the scanner recurses per level, so a file of 100 000 brackets would overflow the stack. */
const MAX_DEPTH = 64;

class SyntaxProblem extends Error {
  constructor(
    readonly at: number,
    readonly expected: Syntax,
  ) {
    super(expected);
  }
}

/** Walks the text by JSON's grammar (RFC 8259), only to find where it breaks and which keys repeat. */
class Scanner {
  private i = 0;
  private depth = 0;
  readonly repeated: Problem[] = [];

  constructor(private readonly s: string) {}

  run(): void {
    this.value("");
    this.space();
    if (this.i < this.s.length) throw new SyntaxProblem(this.i, "json.end");
  }

  private space(): void {
    while (/[ \t\r\n]/.test(this.s[this.i] ?? "")) this.i++;
  }

  private value(path: string): void {
    this.space();
    const c = this.s[this.i];
    if ((c === "{" || c === "[") && this.depth >= MAX_DEPTH) throw new SyntaxProblem(this.i, "json.tooDeep");
    this.depth++;
    try {
      if (c === "{") return this.object(path);
      if (c === "[") return this.array(path);
    } finally {
      this.depth--;
    }
    if (c === '"') return void this.string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(this.s.slice(this.i, this.i + 400));
    if (!literal) throw new SyntaxProblem(this.i, "json.value");
    this.i += literal[0].length;
  }

  private string(): string {
    const start = ++this.i;
    for (;;) {
      const c = this.s[this.i];
      if (c === undefined || c === "\n" || c < " ") throw new SyntaxProblem(this.i, "json.string");
      if (c === '"') break;
      if (c === "\\") {
        if (!/^(["\\/bfnrt]|u[0-9a-fA-F]{4})/.test(this.s.slice(this.i + 1, this.i + 6))) throw new SyntaxProblem(this.i, "json.string");
        this.i += this.s[this.i + 1] === "u" ? 6 : 2;
      } else this.i++;
    }
    this.i++;
    return JSON.parse(this.s.slice(start - 1, this.i)) as string;
  }

  private object(path: string): void {
    this.i++;
    this.space();
    const seen = new Set<string>();
    if (this.s[this.i] === "}") return void this.i++;
    for (;;) {
      this.space();
      if (this.s[this.i] !== '"') throw new SyntaxProblem(this.i, "json.key");
      const key = this.string();
      const at = path ? `${path}.${key}` : key;
      if (seen.has(key)) this.repeated.push({ path: at, problem: msg("rules.keyTwice", { key: JSON.stringify(key) }) });
      seen.add(key);
      this.space();
      if (this.s[this.i] !== ":") throw new SyntaxProblem(this.i, "json.colon");
      this.i++;
      this.value(at);
      this.space();
      if (this.s[this.i] === ",") this.i++;
      else if (this.s[this.i] === "}") return void this.i++;
      else throw new SyntaxProblem(this.i, "json.commaOrEnd");
    }
  }

  private array(path: string): void {
    this.i++;
    this.space();
    if (this.s[this.i] === "]") return void this.i++;
    for (let k = 0; ; k++) {
      this.value(`${path}[${k}]`);
      this.space();
      if (this.s[this.i] === ",") this.i++;
      else if (this.s[this.i] === "]") return void this.i++;
      else throw new SyntaxProblem(this.i, "json.commaOrEnd");
    }
  }
}

/** Line and column (from 1) of an offset, and what stands there, as an officer's editor shows them. */
function place(text: string, at: number): { line: number; column: number; found: string } {
  const before = text.slice(0, at).split("\n");
  const found = at >= text.length ? "" : [...text.slice(at)][0];
  return { line: before.length, column: [...before[before.length - 1]].length + 1, found };
}

export function readRoundJson(raw: string): ReadJson {
  const text = raw.replace(/^\uFEFF/, "");
  const scanner = new Scanner(text);
  try {
    scanner.run();
  } catch (e) {
    if (!(e instanceof SyntaxProblem)) throw e;
    const where = place(text, e.at);
    const found: Msg = where.found ? msg("json.found", { found: JSON.stringify(where.found) }) : msg("json.endOfFile");
    return { ok: false, problems: [{ path: "", problem: msg("rules.jsonSyntax", { line: where.line, column: where.column, expected: msg(e.expected), found }) }] };
  }
  if (scanner.repeated.length) return { ok: false, problems: scanner.repeated };
  const file = JSON.parse(text) as unknown;
  if (typeof file !== "object" || file === null || Array.isArray(file)) return { ok: false, problems: [{ path: "", problem: msg("rules.notObject") }] };
  return { ok: true, file: file as RoundFile };
}
