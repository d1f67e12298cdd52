/**
 * Which messages each page's client components need, read from the code: the client components a
 * page renders ("use client" modules reached from its server modules, with everything they import)
 * and the namespaces they pass to `useTranslations`. A client module whose namespace is chosen at
 * run time names its namespaces in a comment: `// client messages: validation import.check`.
 */
import fs from "node:fs";
import path from "node:path";
import type { ImportGraph } from "./import-graph";

const USE_CLIENT = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use client["']/;
const USE_SERVER = /^\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/;
const LITERAL = /useTranslations\(\s*["']([\w.]+)["']\s*\)/g;
const ANY_CALL = /useTranslations\(/g;
const DECLARED = /\/\/\s*client messages:\s*([\w. ]+)/;

export interface ClientNeeds {
  /** The namespaces this module's `useTranslations` calls read (its own code only). */
  namespaces: string[];
  /** A call whose namespace is not a literal, in a module that does not name its namespaces. */
  undeclared: boolean;
}

export function moduleNeeds(source: string): ClientNeeds {
  const literal = [...source.matchAll(LITERAL)].map((m) => m[1]!);
  const calls = [...source.matchAll(ANY_CALL)].length;
  const declared = DECLARED.exec(source)?.[1]!.trim().split(/\s+/) ?? [];
  return { namespaces: [...new Set([...literal, ...declared])].sort(), undeclared: calls > literal.length && declared.length === 0 };
}

export class ClientMessagesMap {
  private readonly sources = new Map<string, string>();
  constructor(
    private readonly root: string,
    private readonly graph: ImportGraph,
  ) {}

  private source(file: string): string {
    let text = this.sources.get(file);
    if (text === undefined) {
      text = fs.readFileSync(path.join(this.root, file), "utf8");
      this.sources.set(file, text);
    }
    return text;
  }

  isClient(file: string) {
    return USE_CLIENT.test(this.source(file));
  }

  /** The client modules `entry` renders: "use client" modules reached through server modules, and what they import. */
  clientModules(entry: string): Set<string> {
    const server = new Set<string>();
    const client = new Set<string>();
    const serverQueue = [entry];
    const clientQueue: string[] = [];
    while (serverQueue.length > 0) {
      const file = serverQueue.pop()!;
      if (server.has(file)) continue;
      if (this.isClient(file)) {
        clientQueue.push(file);
        continue;
      }
      server.add(file);
      serverQueue.push(...(this.graph.get(file) ?? []));
    }
    while (clientQueue.length > 0) {
      const file = clientQueue.pop()!;
      // Server actions a client component calls run on the server.
      if (client.has(file) || USE_SERVER.test(this.source(file))) continue;
      client.add(file);
      clientQueue.push(...(this.graph.get(file) ?? []));
    }
    return client;
  }

  /** Every namespace the client components of `entry` read, and the client modules whose namespaces cannot be read. */
  needs(entry: string): { namespaces: string[]; undeclared: string[] } {
    const namespaces = new Set<string>();
    const undeclared: string[] = [];
    for (const file of this.clientModules(entry)) {
      const needs = moduleNeeds(this.source(file));
      needs.namespaces.forEach((n) => namespaces.add(n));
      if (needs.undeclared) undeclared.push(file);
    }
    return { namespaces: [...namespaces].sort(), undeclared: undeclared.sort() };
  }
}

/** Whether a namespace `needed` ("returnsPage.page") is inside one of `given` ("returnsPage" or "returnsPage.page"). */
export function covered(needed: string, given: readonly string[]): boolean {
  return given.some((g) => needed === g || needed.startsWith(`${g}.`));
}
