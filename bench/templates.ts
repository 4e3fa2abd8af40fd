/**
 * Template rendering cost, the executor's per-task, per-host overhead: plain lookups, expressions,
 * and a host with thousands of variables (only the variables a template names should cost).
 * Run: npx tsc -p tsconfig.json && node dist/bench/templates.js
 */
import { renderTemplate } from '../src/template/index.js';

function time(label: string, count: number, work: () => void): number {
  const started = performance.now();
  work();
  const ms = performance.now() - started;
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms  (${((ms * 1000) / count).toFixed(1)} µs each)`);
  return ms;
}

const lookups = time('10,000 x "{{ port }}"', 10_000, () => {
  for (let i = 0; i < 10_000; i++) renderTemplate('{{ port }}', { port: i });
});
const expressions = time('10,000 x "port {{ port + 1 }}"', 10_000, () => {
  for (let i = 0; i < 10_000; i++) renderTemplate('port {{ port + 1 }}', { port: i });
});
const many: Record<string, unknown> = { port: 1 };
for (let i = 0; i < 5000; i++) many[`var${i}`] = { list: [1, 2, 3], text: 'x'.repeat(50) };
const wide = time('2,000 x "port {{ port + 1 }}" with 5,000 other vars', 2000, () => {
  for (let i = 0; i < 2000; i++) renderTemplate('port {{ port + 1 }}', many);
});
const perSmall = expressions / 10_000;
const perWide = wide / 2000;
console.log(`\nratio: a render with 5,000 unused vars costs ${(perWide / perSmall).toFixed(2)}x one without (target: ~1x)`);
console.log(`ratio: an expression costs ${(expressions / lookups).toFixed(1)}x a plain lookup`);
