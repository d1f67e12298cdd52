/**
 * The project's import graph, read with TypeScript's own pre-processor (static imports, type
 * imports, re-exports and dynamic `import()`), resolved like the compiler does (the "@/" alias
 * included). Used by the import-cycle test and to tell database test files from pure ones.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx)$/;
const SKIP = new Set(["node_modules", ".next", ".data", ".git", "generated", "test-results", "playwright-report"]);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(full, out);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out;
}

/** Every source file under `folders` of `root`, with the project files it imports (relative to root). */
export function importGraph(root: string, folders: string[]): ImportGraph {
  const options: ts.CompilerOptions = { baseUrl: root, paths: { "@/*": ["./*"] }, moduleResolution: ts.ModuleResolutionKind.Bundler, allowImportingTsExtensions: true, resolveJsonModule: false };
  const host = ts.createCompilerHost(options);
  const graph: ImportGraph = new Map();
  for (const folder of folders) {
    const dir = path.join(root, folder);
    if (!fs.existsSync(dir)) continue;
    for (const file of sourceFiles(dir)) {
      const info = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
      const targets = new Set<string>();
      for (const imported of info.importedFiles) {
        const resolved = ts.resolveModuleName(imported.fileName, file, options, host).resolvedModule;
        if (!resolved || resolved.isExternalLibraryImport || !SOURCE.test(resolved.resolvedFileName) || resolved.resolvedFileName.endsWith(".d.ts")) continue;
        targets.add(path.relative(root, resolved.resolvedFileName));
      }
      graph.set(path.relative(root, file), [...targets].sort());
    }
  }
  return graph;
}

/** The import cycles: each strongly connected group of two or more files (or a file importing itself), files sorted. */
export function importCycles(graph: ImportGraph): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (start: string) => {
    // Iterative Tarjan: deep import chains must not overflow the call stack.
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    indices.set(start, index);
    low.set(start, index++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const edges = graph.get(frame.node) ?? [];
      if (frame.next < edges.length) {
        const to = edges[frame.next++]!;
        if (!indices.has(to)) {
          indices.set(to, index);
          low.set(to, index++);
          stack.push(to);
          onStack.add(to);
          work.push({ node: to, next: 0 });
        } else if (onStack.has(to)) low.set(frame.node, Math.min(low.get(frame.node)!, indices.get(to)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === indices.get(frame.node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        if (group.length > 1 || edges.includes(frame.node)) cycles.push(group.sort());
      }
    }
  };
  for (const node of graph.keys()) if (!indices.has(node)) visit(node);
  return cycles;
}

/** The files from which one of `targets` can be reached through imports. */
export function filesReaching(graph: ImportGraph, targets: string[]): Set<string> {
  const importers = new Map<string, string[]>();
  for (const [from, tos] of graph) for (const to of tos) importers.set(to, [...(importers.get(to) ?? []), from]);
  const reached = new Set<string>(targets);
  const queue = [...targets];
  while (queue.length > 0) {
    for (const from of importers.get(queue.pop()!) ?? []) {
      if (reached.has(from)) continue;
      reached.add(from);
      queue.push(from);
    }
  }
  return reached;
}
