/** A WebSocket connection's memory of its lanes' latest responses, and its bound. */
import { describe, expect, it } from 'vitest';
import { ConnectionMemory } from '../src/server/websocket-memory.js';
import type { Turn } from '../src/store/turns.js';

const chain = (id: string): Turn[] => [{ input: [], output: [{ type: 'message', id } as never] }];

describe('ConnectionMemory', () => {
  it("keeps each lane's latest response, and forgets a lane's older one", () => {
    const memory = new ConnectionMemory(4);
    memory.remember('a', 'resp_1', chain('1'));
    memory.remember('a', 'resp_2', chain('2'));
    expect(memory.previous('resp_1')).toBeUndefined();
    expect(memory.previous('resp_2')).toEqual(chain('2'));
  });

  it('keeps a response another lane forked from while that lane still continues from it', () => {
    const memory = new ConnectionMemory(4);
    memory.remember('a', 'resp_1', chain('1'));
    memory.remember('b', 'resp_1', chain('1'));
    memory.remember('a', 'resp_2', chain('2'));
    expect(memory.previous('resp_1')).toEqual(chain('1'));
  });

  it('holds at most its number of lanes, the one that finished longest ago forgotten first', () => {
    const memory = new ConnectionMemory(2);
    for (let i = 0; i < 1_000; i++) memory.remember(`lane-${i}`, `resp_${i}`, chain(String(i)));
    expect(memory.previous('resp_0')).toBeUndefined();
    expect(memory.previous('resp_997')).toBeUndefined();
    expect(memory.previous('resp_998')).toEqual(chain('998'));
    expect(memory.previous('resp_999')).toEqual(chain('999'));
    // A lane that finishes again becomes the most recent: the other one goes first.
    memory.remember('lane-998', 'resp_1000', chain('1000'));
    memory.remember('lane-x', 'resp_1001', chain('1001'));
    expect(memory.previous('resp_999')).toBeUndefined();
    expect(memory.previous('resp_1000')).toEqual(chain('1000'));
  });

  it('forgets a response a failed continuation referred to', () => {
    const memory = new ConnectionMemory(2);
    memory.remember('a', 'resp_1', chain('1'));
    memory.forget('resp_1');
    expect(memory.previous('resp_1')).toBeUndefined();
  });
});
