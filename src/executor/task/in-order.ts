/**
 * The events of work done at the same time, given out in the order the work was listed: lane i's
 * events pass straight through while lanes before it are done, and are held until then. An async
 * loop's items run together but are reported one item after another, in loop order, as Ansible
 * reports them.
 */
export class InOrder<E> {
  private readonly held: E[][];
  private readonly done: boolean[];
  /** The first lane not done: its events go out as they come. */
  private current = 0;

  constructor(
    count: number,
    private readonly out: (event: E) => void,
  ) {
    this.held = Array.from({ length: count }, () => []);
    this.done = new Array<boolean>(count).fill(false);
  }

  /** Where lane `index` sends its events. */
  lane(index: number): (event: E) => void {
    return (event) => {
      if (index <= this.current) this.out(event);
      else this.held[index].push(event);
    };
  }

  /** Lane `index` has nothing more to report in order; the lanes after it that waited go out. */
  finish(index: number): void {
    this.done[index] = true;
    while (this.current < this.done.length && this.done[this.current]) {
      this.current++;
      for (const event of this.held[this.current] ?? []) this.out(event);
      if (this.current < this.held.length) this.held[this.current] = [];
    }
  }
}
