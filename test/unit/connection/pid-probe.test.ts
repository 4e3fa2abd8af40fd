import { describe, expect, it } from 'vitest';
import { PidProbe } from '../../../src/connection/pid-probe.js';

describe('PidProbe', () => {
  it('takes the pid line out of the stream, split across chunks, with a terminal\'s \\r\\n too', () => {
    const probe = new PidProbe();
    expect(probe.push(Buffer.from('__castoff_pid__=12'))).toEqual(Buffer.alloc(0));
    expect(probe.push(Buffer.from('34\r\nPassword: ')).toString()).toBe('Password: ');
    expect(probe.pid).toBe(1234);
    expect(probe.push(Buffer.from('later')).toString()).toBe('later');
  });

  it('gives the bytes back when no pid line comes, at the probe limit or at the end', () => {
    const probe = new PidProbe();
    expect(probe.push(Buffer.from('no pid here')).length).toBe(0);
    expect(probe.flush().toString()).toBe('no pid here');
    const big = new PidProbe();
    expect(big.push(Buffer.alloc(5000, 'x')).length).toBe(5000);
    expect(big.pid).toBeUndefined();
  });
});
