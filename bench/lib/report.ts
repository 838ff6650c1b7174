import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** A measured figure as a benchmark states it; ratio and met are derived, never typed in. */
export interface FigureInput {
  name: string;
  unit: string;
  stat: string;
  value: number;
  baseline_name: string;
  baseline: number;
  /** The target as written, `value|ratio <op> <number>`; null for a figure with no target. */
  target: string | null;
}

export interface Figure extends FigureInput {
  ratio: number;
  met: boolean | null;
}

/** The one shape of bench/results/<bench>.json (quality.md, "Benchmarks"). */
export interface BenchReport {
  bench: string;
  when: string;
  machine: string;
  figures: Figure[];
}

const RESULTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');
const TARGET = /^(value|ratio)\s*(<=|<|>=|>|==)\s*(-?\d+(?:\.\d+)?)$/;

/** Whether a target such as "ratio <= 3" holds. An unreadable target is an error, not a pass. */
export const targetMet = (target: string, figure: { value: number; ratio: number }): boolean => {
  const m = TARGET.exec(target.trim());
  if (!m) throw new Error(`cannot read target "${target}" (expected e.g. "ratio <= 3" or "value <= 5")`);
  const actual = m[1] === 'ratio' ? figure.ratio : figure.value;
  const limit = Number(m[3]);
  switch (m[2]) {
    case '<=':
      return actual <= limit;
    case '<':
      return actual < limit;
    case '>=':
      return actual >= limit;
    case '>':
      return actual > limit;
    default:
      return actual === limit;
  }
};

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

export const machineDescription = (): string =>
  `${os.availableParallelism()} cores, Node ${process.versions.node.split('.').slice(0, 2).join('.')}`;

/**
 * Rounds the figures as they will be written and computes ratio and met from those written
 * numbers, so anyone re-checking the JSON by hand reaches the same verdict.
 */
export const buildReport = (bench: string, inputs: readonly FigureInput[], now = new Date()): BenchReport => ({
  bench,
  when: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  machine: machineDescription(),
  figures: inputs.map((f) => {
    const value = round(f.value, 4);
    const baseline = round(f.baseline, 4);
    const ratio = round(value / baseline, 2);
    // Keys in the order quality.md shows them.
    return {
      name: f.name,
      unit: f.unit,
      stat: f.stat,
      value,
      baseline_name: f.baseline_name,
      baseline,
      ratio,
      target: f.target,
      met: f.target === null ? null : targetMet(f.target, { value, ratio }),
    };
  }),
});

export const formatReport = (r: BenchReport): string => {
  const head = ['figure', 'stat', 'value', 'baseline', 'ratio', 'target', 'met'];
  const rows = r.figures.map((f) => [
    f.name,
    f.stat,
    `${f.value} ${f.unit}`,
    `${f.baseline} ${f.unit}`,
    `${f.ratio}×`,
    f.target ?? '-',
    f.met === null ? '-' : f.met ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  const baselines = [...new Set(r.figures.map((f) => f.baseline_name))].map((b) => `  baseline: ${b}`);
  return [`${r.bench} — ${r.when} — ${r.machine}`, line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ...baselines].join('\n');
};

/** Writes bench/results/<bench>.json, prints the table and returns the report. */
export const report = (bench: string, inputs: readonly FigureInput[]): BenchReport => {
  const r = buildReport(bench, inputs);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${bench}.json`);
  fs.writeFileSync(file, `${JSON.stringify(r, null, 2)}\n`);
  console.log(`${formatReport(r)}\n  written: ${path.relative(process.cwd(), file)}`);
  return r;
};
