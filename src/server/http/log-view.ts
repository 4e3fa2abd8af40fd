/**
 * The run page's log as the terminal shows it: each event rendered by castoff-playbook's own human
 * output, so the page cannot drift from it, with its colours kept as their ANSI codes for the page
 * to turn into classes. That output makes host data printable on the way, so the only escape codes
 * in the text are its own colours.
 */
import { HumanOutput, type RunEvent } from '../../index.js';

/** A renderer for one stream: an event in, the text the terminal would show for it out ('' for none). */
export function logRenderer(): (event: RunEvent) => string {
  let text = '';
  const output = new HumanOutput({
    write: (chunk) => {
      text += chunk;
    },
    verbosity: 0,
    color: true,
  });
  return (event) => {
    text = '';
    output.onEvent(event);
    return text;
  };
}
