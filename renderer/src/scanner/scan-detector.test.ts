import { describe, expect, it } from 'vitest';
import { BREAK_GAP_MS, detectScans, feedKey, FAST_GAP_MS, MAX_GAP_MS } from './scan-detector';
import type { KeyStroke } from './scan-detector';

/** Key strokes for `text` then Enter, `gap` ms apart (a number, or one gap per key). */
const typed = (text: string, gap: number | number[], start = 1000): KeyStroke[] => {
  const keys = [...text, 'Enter'];
  let at = start;
  return keys.map((key, i) => {
    if (i > 0) at += Array.isArray(gap) ? (gap[i - 1] ?? 0) : gap;
    return { key, at };
  });
};
const URL = 'https://e.bsmi.example/C/ABCDEFGHIJKLMNOPQRSTUVWXYZ';

describe('scan detector', () => {
  it('takes a scanner burst ending in Enter as a scan, in a field or not', () => {
    expect(detectScans(typed(URL, 4), false)).toEqual([URL]);
    expect(detectScans(typed(URL, 12), true)).toEqual([URL]);
    expect(detectScans(typed('TN-1150001', FAST_GAP_MS), true)).toEqual(['TN-1150001']);
  });

  it('ignores a person typing, however the text looks', () => {
    expect(detectScans(typed(URL, 120), false)).toEqual([]);
    expect(detectScans(typed('TN-1150001', 80), true)).toEqual([]);
    // Fast on average but with a pause no scanner makes: two bursts, neither a scan.
    const pause = [...'TN-1150001'].map((_, i) => (i === 5 ? BREAK_GAP_MS + 1 : 5));
    expect(detectScans(typed('TN-1150001', pause), true)).toEqual([]);
    // A short code allows no hiccup at all.
    const hiccup = [...'TN-1150001'].map((_, i) => (i === 5 ? MAX_GAP_MS + 1 : 5));
    expect(detectScans(typed('TN-1150001', hiccup), true)).toEqual([]);
  });

  it('needs eight characters in a text field, four elsewhere', () => {
    expect(detectScans(typed('TN-115', 5), true)).toEqual([]);
    expect(detectScans(typed('TN-115', 5), false)).toEqual(['TN-115']);
    expect(detectScans(typed('TN1', 5), false)).toEqual([]);
  });

  it('needs Enter at scanner speed at the end', () => {
    expect(detectScans(typed(URL, 5).slice(0, -1), false)).toEqual([]);
    const late = typed(URL, 5);
    const enter = late[late.length - 1];
    if (enter) enter.at += 400;
    expect(detectScans(late, false)).toEqual([]);
  });

  it('uses the median gap, so one slow key in a scanner burst does not lose the scan', () => {
    const gaps = [...URL].map((_, i) => (i === 10 ? 45 : 6));
    expect(detectScans(typed(URL, gaps), true)).toEqual([URL]);
    const evenlyFortyMs = [...URL].map(() => 40);
    expect(detectScans(typed(URL, evenlyFortyMs), true)).toEqual([]);
  });

  it('tolerates a rare hiccup in a long scan (a busy machine), not a stutter', () => {
    const once = [...URL].map((_, i) => (i === 0 ? 130 : 9));
    expect(detectScans(typed(URL, once), true)).toEqual([URL]);
    const often = [...URL].map((_, i) => (i % 4 === 0 ? 90 : 9));
    expect(detectScans(typed(URL, often), true)).toEqual([]);
  });

  it('never takes a held-down key (auto-repeat) for a scan', () => {
    const held = typed('aaaaaaaaaaaa', 33).map((k, i) => (i > 0 && k.key === 'a' ? { ...k, repeat: true } : k));
    expect(detectScans(held, true)).toEqual([]);
  });

  it('lets Shift pass between characters; shortcuts and other keys end the burst', () => {
    const withShift = typed('TN-1150001', 5).flatMap((k, i) => (i === 0 ? [{ key: 'Shift', at: k.at - 1 }, k] : [k]));
    expect(detectScans(withShift, true)).toEqual(['TN-1150001']);
    const keys = typed('TN-1150001', 5);
    keys.splice(4, 0, { key: 'a', at: (keys[3]?.at ?? 0) + 1, modified: true });
    expect(detectScans(keys, true)).toEqual([]);
    const tab = typed('TN-1150001', 5);
    tab.splice(4, 0, { key: 'Tab', at: (tab[3]?.at ?? 0) + 1 });
    expect(detectScans(tab, true)).toEqual([]);
  });

  it('says when a burst starts, so a field can be restored to its value from before it', () => {
    const first = feedKey(null, { key: 'h', at: 0 }, true);
    expect(first.started).toBe(true);
    expect(first.burst?.inField).toBe(true);
    const second = feedKey(first.burst, { key: 't', at: 5 }, true);
    expect(second.started).toBe(false);
    const afterPause = feedKey(second.burst, { key: 'x', at: 500 }, true);
    expect(afterPause.started).toBe(true);
    expect(afterPause.burst?.chars).toBe('x');
  });

  it('finds two scans in a row and ignores a lone Enter', () => {
    const one = typed('TN-1150001', 5, 0);
    const two = typed('TN-1150002', 5, 2000);
    expect(detectScans([{ key: 'Enter', at: -500 }, ...one, ...two], true)).toEqual(['TN-1150001', 'TN-1150002']);
  });
});
