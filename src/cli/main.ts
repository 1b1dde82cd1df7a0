import { UnknownRoundError } from "../app/roundSource";
import { render, type Lang } from "../messages/message";
import { VERSION } from "../version";
import { USAGE, UsageError, parseCompute, parseRounds } from "./args";
import { check } from "./check";
import { errorMessage } from "./errorText";
import { compute } from "./compute";
import { stdio, type Out } from "./out";
import { rounds } from "./roundsCommand";
import { escapeControls } from "./safeText";
import "../rounds/schemaProblems"; // the round schema's checks, at once

/** The language the command asked for (`--lang en` or `--lang=en`), Swedish otherwise, for messages from outside a command's own output. */
function langOf(argv: readonly string[]): Lang {
  const i = argv.indexOf("--lang");
  return (i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7)) === "en" ? "en" : "sv";
}

/** Runs the command line; resolves to the exit status. */
export async function main(argv: string[], out: Out = stdio): Promise<number> {
  // Everything printed passes here: nothing from a workbook or round file reaches the terminal as a control character.
  const io: Out = { log: (s) => out.log(escapeControls(s)), err: (s) => out.err(escapeControls(s)) };
  try {
    const [command, ...rest] = argv;
    if (command === "rounds") return await rounds(parseRounds(rest), io);
    if (command === "compute") return await compute(parseCompute(rest), io);
    if (command === "check") return await check(parseCompute(rest, "check"), io);
    if (command === "--version") {
      io.log(VERSION);
      return 0;
    }
    if (command === undefined || command === "--help" || command === "help") {
      io.log(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError || e instanceof UnknownRoundError) {
      io.err(`fordela: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    // A refused workbook, an operating system's error, anything else: each in the officer's language.
    io.err(`fordela: ${render(errorMessage(e), langOf(argv))}`);
    return 1;
  }
}
