/**
 * `pause` for a time (`seconds` or `minutes`), on the controller. Interactive prompts need a
 * terminal the executor does not hand to actions, so a pause that would wait for the user fails.
 */
import type { ModuleResult } from '../core/index.js';
import { delay } from '../connection/index.js';
import { bool, nonNegativeNumber, objectOf, text } from '../source/schema-values.js';
import { hostModule } from './define.js';

/** Python's str(datetime.now()): `2026-11-22 07:10:44.123000`, local time. */
export function pythonTimestamp(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}.${pad(date.getMilliseconds(), 3)}000`
  );
}

/** Python's str(round(x, 2)): a float always shows a decimal point. */
function pythonFloat(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Number.isInteger(rounded) ? `${rounded}.0` : String(rounded);
}

export const pauseModule = hostModule({
  name: 'pause',
  display: 'default',
  controllerOnly: true,
  supportsCheckMode: true,
  args: objectOf({ minutes: nonNegativeNumber, seconds: nonNegativeNumber, prompt: text(), echo: bool }),
  mutuallyExclusive: [['minutes', 'seconds']],
  async run(ctx): Promise<ModuleResult> {
    const { minutes, seconds } = ctx.args;
    if (minutes === undefined && seconds === undefined) {
      return {
        failed: true,
        changed: false,
        msg: 'pause without seconds or minutes waits for the user, and interactive prompts are not supported: give seconds or minutes',
      };
    }
    const unit = minutes !== undefined ? 'minutes' : 'seconds';
    const amount = Number(minutes ?? seconds);
    if (!Number.isFinite(amount) || amount < 0) {
      return { failed: true, changed: false, msg: `non-negative number required for ${unit}, got: ${String(minutes ?? seconds)}` };
    }
    const start = new Date();
    const began = performance.now();
    await delay(amount * (unit === 'minutes' ? 60_000 : 1000), ctx.signal);
    const elapsedSeconds = (performance.now() - began) / 1000;
    return {
      changed: false,
      start: pythonTimestamp(start),
      stop: pythonTimestamp(new Date()),
      delta: Math.floor(elapsedSeconds),
      echo: true,
      user_input: '',
      stdout: `Paused for ${pythonFloat(unit === 'minutes' ? elapsedSeconds / 60 : elapsedSeconds)} ${unit}`,
    };
  },
});
