/**
 * The import graph of src/: every relative import of every module (static, dynamic,
 * `export … from`, type-only), read by TypeScript's own pre-processor, so an import the
 * compiler sees is an edge here too.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

export interface Edge {
  from: string;
  to: string;
  spec: string;
}

const EXTENSIONS = ["", ".ts", ".js", ".json", "/index.ts"];

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** A module's imports, resolved to files; a specifier that is not relative (a package) is not an edge. */
export function importsOf(file: string, text: string): { spec: string; to: string | null }[] {
  const info = ts.preProcessFile(text, true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((spec) => spec.startsWith("."))
    .map((spec) => {
      const base = resolve(dirname(file), spec);
      const to = EXTENSIONS.map((e) => base + e).find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
      return { spec, to };
    });
}

/** Edges between files, named relative to `root` with forward slashes. */
export function importGraph(root: string, dir = "src"): Edge[] {
  const name = (p: string) => relative(root, p).split(sep).join("/");
  return sourceFiles(join(root, dir)).flatMap((file) =>
    importsOf(file, readFileSync(file, "utf8")).map(({ spec, to }) => ({ from: name(file), to: to ? name(to) : `?${spec}`, spec })),
  );
}

/** The import circles: strongly connected components of more than one file (or a file importing itself). */
export function circles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return out;
}
