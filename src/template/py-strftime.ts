/** Python's `time.strftime`, shared by the `strftime` filter and a datetime's `strftime()` method. */

export const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Python's `time.strftime` for the directives playbooks use, in local time or UTC. */
export function pyStrftime(pattern: string, date: Date, utc: boolean): string {
  const get = (local: () => number, universal: () => number) => (utc ? universal() : local());
  const year = get(() => date.getFullYear(), () => date.getUTCFullYear());
  const month = get(() => date.getMonth(), () => date.getUTCMonth());
  const day = get(() => date.getDate(), () => date.getUTCDate());
  const weekday = get(() => date.getDay(), () => date.getUTCDay());
  const hour = get(() => date.getHours(), () => date.getUTCHours());
  const minute = get(() => date.getMinutes(), () => date.getUTCMinutes());
  const second = get(() => date.getSeconds(), () => date.getUTCSeconds());
  const offset = utc ? 0 : -date.getTimezoneOffset();
  const start = Date.UTC(year, 0, 1);
  const yearDay = Math.floor((Date.UTC(year, month, day) - start) / 86_400_000) + 1;
  const two = (n: number) => String(n).padStart(2, '0');
  const directives: Record<string, () => string> = {
    Y: () => String(year), y: () => two(year % 100), m: () => two(month + 1), d: () => two(day), e: () => String(day).padStart(2),
    H: () => two(hour), I: () => two(hour % 12 || 12), M: () => two(minute), S: () => two(second), p: () => (hour < 12 ? 'AM' : 'PM'),
    a: () => DAYS[weekday].slice(0, 3), A: () => DAYS[weekday], b: () => MONTHS[month].slice(0, 3), h: () => MONTHS[month].slice(0, 3), B: () => MONTHS[month],
    j: () => String(yearDay).padStart(3, '0'), w: () => String(weekday), u: () => String(weekday || 7), s: () => String(Math.floor(date.getTime() / 1000)),
    z: () => `${offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(offset) / 60))}${two(Math.abs(offset) % 60)}`,
    Z: () => (utc ? 'UTC' : (Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '')),
    F: () => `${year}-${two(month + 1)}-${two(day)}`, T: () => `${two(hour)}:${two(minute)}:${two(second)}`, D: () => `${two(month + 1)}/${two(day)}/${two(year % 100)}`,
    '%': () => '%',
  };
  return pattern.replace(/%([a-zA-Z%])/g, (whole, c: string) => directives[c]?.() ?? whole);
}

