import { describe, expect, it } from 'vitest';
import { uuidv7From } from './uuidv7';

const bytes = (fill: number) => new Uint8Array(10).fill(fill);

describe('uuidv7From', () => {
  it('has the version 7 and RFC variant bits and encodes the time', () => {
    const id = uuidv7From(Date.UTC(2026, 10, 27), bytes(0xff));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBe(Date.UTC(2026, 10, 27));
  });
  it('sorts by time', () => {
    const a = uuidv7From(1_000, bytes(0xff));
    const b = uuidv7From(1_001, bytes(0x00));
    expect(a < b).toBe(true);
  });
  it('needs 10 random bytes', () => {
    expect(() => uuidv7From(1, new Uint8Array(9))).toThrow();
  });
});
