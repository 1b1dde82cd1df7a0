import { parseArgs } from "node:util";
import { INPUT_FIELDS } from "../workbook/table/headers";
import type { MappingRequest } from "../workbook/table/findTable";

export class UsageError extends Error {}

export const USAGE = `Fördela: exact allocation of Sweden's performance-based state grants to the regions.

Usage:
  fordela rounds                      list the rounds Fördela knows
  fordela rounds --export <id>        print a round's definition as JSON
  fordela rounds --schema             print round.schema.json, the round format (save it beside your round files)
  fordela rounds --export <id|file.json> --into <workbook.xlsx>
                                      add it (a preset, or a round file) as the sheet
                                      "Fördela regler" to edit in Excel
  fordela compute <workbook.xlsx> --round <id> [options]
  fordela check <workbook.xlsx> --round <id> [options]
                                      compare the amounts already in the allocation
                                      columns with the exact ones; writes nothing

Options of compute:
  --round <id>          the round to compute (see: fordela rounds), or "workbook"
                        for the rules on the workbook's sheet "Fördela regler"
  --round-file <file>   the round's rules from a JSON file instead
  --sheet <name>        the sheet with the table (default: the first sheet with one)
  --map <field>=<col>   take a field from a column, by letter (D) or exact header;
                        fields: ${INPUT_FIELDS.join(", ")};
                        or the id of a column the round declares ("columns")
  --write               write the allocation columns into the workbook itself
  --out <file>          write a copy with the allocation columns to <file>
  --overwrite           replace cells that hold something Fördela did not write
                        (what they held is kept on the record sheet)
  --remove-signature    write into a digitally signed workbook: the written file is
                        unsigned (a signature holds only for the file as it was)
  --tables              also add the decision's tables: the sheets Bilaga (a row per
                        region, inputs and every block, footnotes) and Rangordning
                        (place, region, total), formatted for print; replaces them
                        on a rerun, never a sheet of that name Fördela did not write
  --json                print one JSON object instead of the table
  --lang <sv|en>        language of the table and explanations (default sv)

Without --write or --out nothing is written. Exit status: 0 done, 1 input errors
(each named by its cell; nothing written), 2 usage error.

check takes the options of compute but --write, --out and --overwrite. Exit status:
0 every figure agrees, 3 some differ (each listed with its cell), 1 input errors,
2 usage error.`;

export interface ComputeArgs {
  file: string;
  round?: string;
  roundFile?: string;
  sheet?: string;
  mapping: MappingRequest;
  write: boolean;
  out?: string;
  overwrite: boolean;
  json: boolean;
  lang: "sv" | "en";
  /** Also add the decision's tables (sheets Bilaga and Rangordning). */
  tables: boolean;
  /** Write into a signed workbook, taking its signature out. */
  removeSignature: boolean;
}

function mapping(pairs: string[]): MappingRequest {
  const map: MappingRequest = {};
  for (const pair of pairs) {
    // A built-in field, or the id of a column the round declares (checked when the round is read).
    const m = /^([a-z][a-zA-Z0-9]*)=(.+)$/.exec(pair);
    if (!m) throw new UsageError(`--map ${pair}: write field=COLUMN with a field among ${INPUT_FIELDS.join(", ")}, or the id of one of the round's columns`);
    map[m[1]] = m[2];
  }
  return map;
}

export function parseCompute(argv: string[], command: "compute" | "check" = "compute"): ComputeArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        round: { type: "string" },
        "round-file": { type: "string" },
        sheet: { type: "string" },
        map: { type: "string", multiple: true },
        write: { type: "boolean" },
        out: { type: "string" },
        overwrite: { type: "boolean" },
        json: { type: "boolean" },
        lang: { type: "string" },
        tables: { type: "boolean" },
        "remove-signature": { type: "boolean" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError(`${command} takes one workbook file`);
  if (!values.round && !values["round-file"]) throw new UsageError("--round or --round-file is required (see: fordela rounds)");
  if (values.round && values["round-file"]) throw new UsageError("give --round or --round-file, not both");
  if (values.write && values.out) throw new UsageError("give --write or --out, not both");
  const lang = values.lang ?? "sv";
  if (lang !== "sv" && lang !== "en") throw new UsageError("--lang is sv or en");
  return {
    file: positionals[0],
    round: values.round,
    roundFile: values["round-file"],
    sheet: values.sheet,
    mapping: mapping(values.map ?? []),
    write: values.write ?? false,
    out: values.out,
    overwrite: values.overwrite ?? false,
    json: values.json ?? false,
    lang,
    tables: values.tables ?? false,
    removeSignature: values["remove-signature"] ?? false,
  };
}

export interface RoundsArgs {
  export?: string;
  schema?: boolean;
  into?: string;
  overwrite: boolean;
}

export function parseRounds(argv: string[]): RoundsArgs {
  try {
    const { values } = parseArgs({ args: argv, options: { export: { type: "string" }, into: { type: "string" }, overwrite: { type: "boolean" }, schema: { type: "boolean" } } });
    if (values.into && !values.export) throw new UsageError("--into goes with --export <id>");
    return { export: values.export, into: values.into, overwrite: values.overwrite ?? false, schema: values.schema ?? false };
  } catch (e) {
    throw e instanceof UsageError ? e : new UsageError((e as Error).message);
  }
}
