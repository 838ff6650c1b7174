/**
 * Telling a keyboard-wedge scanner from a person. A scanner "types" a whole code in a burst — a
 * few milliseconds between keys — and ends it with Enter; people type 100 ms or more apart and
 * rarely that evenly. Pure: key strokes with their timestamps go in, a decision comes out.
 */

/** A scanner's keys come at most this far apart… */
export const MAX_GAP_MS = 50;
/**
 * …except for a rare hiccup (a busy machine, a Bluetooth scanner), tolerated up to this long, once
 * per ten keys beyond the first ten (a short code has none); any longer pause ends the burst.
 */
export const BREAK_GAP_MS = 150;
/** At most one gap in this many may be a hiccup (between MAX_GAP_MS and BREAK_GAP_MS). */
export const HICCUP_EVERY = 10;
/** A burst is scanner-fast when its typical (median) gap is at most this. */
export const FAST_GAP_MS = 35;
/** Outside a text field nothing is typed by hand, so a short code (a case number) is enough. */
export const MIN_CHARS_PAGE = 4;
/** In a text field a person may type fast; only a long burst counts as a scan there. */
export const MIN_CHARS_FIELD = 8;
/** Longer bursts are not our labels (main accepts at most 300 characters). */
export const MAX_CHARS = 300;

export interface KeyStroke {
  /** KeyboardEvent.key: one character for printable keys, else a name (Enter, Shift, Tab…). */
  key: string;
  /** When it was pressed, in ms (event.timeStamp or performance.now()). */
  at: number;
  /** Ctrl, Alt or Meta held: a shortcut, never part of a scan. */
  modified?: boolean;
  /** A key held down (auto-repeat): a person, never a scanner. */
  repeat?: boolean;
}

export interface Burst {
  chars: string;
  /** Timestamps of the characters so far. */
  times: number[];
  /** Whether the burst began while the focus was in a text field. */
  inField: boolean;
}

export interface ScanStep {
  burst: Burst | null;
  /** The scanned text, when this key (Enter) completed a scan. */
  scan: string | null;
  /** This key began a new burst (the caller may remember the field's value from before it). */
  started: boolean;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Keys that may come between the characters of a scan without ending it (scanners send Shift for capitals). */
const NEUTRAL = new Set(['Shift', 'CapsLock']);

/** Whether a finished burst (ended by Enter at `enterAt`) was a scanner's. */
export const isScan = (burst: Burst, enterAt: number): boolean => {
  const min = burst.inField ? MIN_CHARS_FIELD : MIN_CHARS_PAGE;
  if (burst.chars.length < min || burst.chars.length > MAX_CHARS) return false;
  const times = [...burst.times, enterAt];
  const gaps = times.slice(1).map((t, i) => t - (times[i] ?? t));
  const hiccups = gaps.filter((g) => g > MAX_GAP_MS).length;
  return (
    gaps.every((g) => g >= 0 && g <= BREAK_GAP_MS) &&
    hiccups <= Math.floor((gaps.length - 1) / HICCUP_EVERY) &&
    median(gaps) <= FAST_GAP_MS
  );
};

/** One key stroke: the burst goes on, ends, or completes a scan. `inField`: the focus is in a text field now. */
export const feedKey = (burst: Burst | null, key: KeyStroke, inField: boolean): ScanStep => {
  if (key.modified || key.repeat) return { burst: null, scan: null, started: false };
  if (NEUTRAL.has(key.key)) return { burst, scan: null, started: false };
  const last = burst?.times[burst.times.length - 1];
  const continues = burst !== null && last !== undefined && key.at - last <= BREAK_GAP_MS && key.at >= last;
  if (key.key === 'Enter') {
    const scan = continues && burst && isScan(burst, key.at) ? burst.chars : null;
    return { burst: null, scan, started: false };
  }
  if (key.key.length !== 1) return { burst: null, scan: null, started: false };
  if (continues && burst && burst.chars.length < MAX_CHARS) {
    return { burst: { ...burst, chars: burst.chars + key.key, times: [...burst.times, key.at] }, scan: null, started: false };
  }
  return { burst: { chars: key.key, times: [key.at], inField }, scan: null, started: true };
};

/** The scans in a whole sequence of key strokes (for tests and for reasoning about the rule). */
export const detectScans = (keys: readonly KeyStroke[], inField: boolean): string[] => {
  let burst: Burst | null = null;
  const scans: string[] = [];
  for (const k of keys) {
    const step = feedKey(burst, k, inField);
    burst = step.burst;
    if (step.scan !== null) scans.push(step.scan);
  }
  return scans;
};
