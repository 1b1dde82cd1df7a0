import { readFileSync } from "node:fs";
import path from "node:path";
import { VERSION } from "../../src/version";
import { EXAMPLE, runCli } from "../helpers/workbooks";

describe("the command line", () => {
  it("lists the rounds it knows", async () => {
    const run = await runCli("rounds");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^at-2024\s+Fler AT-tjänster 2024 \(S2024\/00586\)$/m);
  });

  it.each([
    [[], /Usage/],
    [["compute", EXAMPLE], /--round or --round-file is required/],
    [["compute", EXAMPLE, "--round", "at-1999"], /unknown round "at-1999"/],
    [["compute", "no-such.xlsx", "--round", "at-2024"], /no file no-such.xlsx/],
    [["compute", EXAMPLE, "--round", "at-2024", "--write", "--out", "x.xlsx"], /not both/],
    [["compute", EXAMPLE, "--round", "at-2024", "--map", "colour=D"], /--map colour=D/],
    [["compute", EXAMPLE, "--round", "at-2024", "--frobnicate"], /frobnicate/],
    [["launch"], /unknown command "launch"/],
  ])("exits 2 on a usage error: %j", async (argv, message) => {
    const run = await runCli(...(argv as string[]));
    expect(run.code).toBe(2);
    expect(run.stderr + run.stdout).toMatch(message);
  });

  it("prints the table and writes nothing without --write or --out", async () => {
    const run = await runCli("compute", EXAMPLE, "--round", "at-2024");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Stockholm\s+15\s+2 208 245\s+33 355 662\s+35 563 907$/m);
    expect(run.stdout).toMatch(/^Summa\s+63 000 000\s+160 000 000\s+223 000 000$/m);
    expect(run.stdout).toContain("Inget skrevs (använd --write eller --out FIL).");
  });

  it("takes a column mapping by letter", async () => {
    // Take only the started posts (E) as the count: Stockholm's count becomes 289, not 295.
    const run = await runCli("compute", EXAMPLE, "--round", "at-2024", "--map", "count=E", "--map", "filled=Z", "--map", "started=Z", "--json");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.regions[0].increase).toBe(9);
  });

  it("keeps its version equal to package.json's", () => {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
  });
});
