// No two source modules import each other, directly or round a longer circle (issue 18: the layers
// read one way). Imports are read with TypeScript's own pre-processor (static, type-only, re-exports
// and import() alike), resolved through the aliases, and the strongly connected parts of the graph
// found with Tarjan's algorithm. Tests and test helpers are left out: they may reach anywhere.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ALIASES } from '../../aliases.js';

const ROOT = resolve(import.meta.dirname, '../..');
const FOLDERS = ['shared', 'renderer/src', 'cli', 'electron'];
const isTest = (f: string) => /\.test\.tsx?$|\/testing\.ts$|\.e2e\.ts$/.test(f);

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts') && !isTest(path)) out.push(path);
  }
  return out;
}

function resolveSpecifier(from: string, spec: string): string | null {
  let base: string | null = null;
  if (spec.startsWith('.')) base = resolve(dirname(from), spec);
  for (const [alias, dir] of Object.entries(ALIASES)) if (spec.startsWith(`${alias}/`)) base = resolve(ROOT, dir, spec.slice(alias.length + 1));
  if (base === null) return null;
  base = base.replace(/\?.*$/, '').replace(/\.js$/, '');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')])
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Each strongly connected part of more than one module (or a module importing itself). */
export function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(part.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of FOLDERS.flatMap((f) => sources(join(ROOT, f)))) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = info.importedFiles.map((i) => resolveSpecifier(file, i.fileName)).filter((t): t is string => t !== null && !isTest(t));
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

describe('import circles', () => {
  it('finds them where they are (a graph written here)', () => {
    const g = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
      ['e', ['e']],
    ]);
    expect(circles(g)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('reads the tree (thousands of imports resolved)', () => {
    const g = importGraph();
    expect(g.size).toBeGreaterThan(300);
    expect([...g.values()].reduce((n, t) => n + t.length, 0)).toBeGreaterThan(1000);
  });

  it('has none in the source', () => {
    const found = circles(importGraph()).map((c) => c.map((f) => relative(ROOT, f)).join(' ⇄ '));
    expect(found).toEqual([]);
  });
});
