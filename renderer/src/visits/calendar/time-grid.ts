/**
 * Placing visits in a time column (day and week views): each visit gets a vertical span within the
 * visible hours and a lane, so visits that overlap stand side by side instead of on top of each other.
 */

/** What the layout needs of a visit: one day, start and end in minutes after midnight. */
export interface TimedItem {
  id: string;
  start: number;
  end: number;
}

export interface HourRange {
  /** First visible minute of the day (e.g. 7 × 60). */
  from: number;
  /** Last visible minute (e.g. 20 × 60). */
  to: number;
}

export interface PlacedItem<T extends TimedItem> {
  item: T;
  /** Visible span, clipped to the range, in minutes after `range.from`. */
  top: number;
  height: number;
  /** Lane within its overlap group (0-based) and the group's lane count. */
  lane: number;
  lanes: number;
  /** The visit starts before / ends after the visible hours (drawn with a cut edge). */
  cutStart: boolean;
  cutEnd: boolean;
}

/** A visit too short to read is still drawn this tall (minutes), and counts as this long for overlaps. */
export const MIN_VISIBLE_MINUTES = 20;

const byStart = <T extends TimedItem>(a: T, b: T) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id);

/**
 * Lays out one column. Visits that overlap (directly or through a chain of others) form a group;
 * each takes the first lane free at its start, and the whole group shares the group's lane count,
 * so widths are equal within a group and full-width outside any. Touching ends do not overlap.
 * Visits wholly outside the visible hours are pinned to the nearer edge, never dropped.
 */
export const layoutColumn = <T extends TimedItem>(items: readonly T[], range: HourRange): PlacedItem<T>[] => {
  const span = range.to - range.from;
  const sorted = [...items].sort(byStart);
  const placed: PlacedItem<T>[] = [];
  let group: PlacedItem<T>[] = [];
  let laneEnds: number[] = [];
  let groupEnd = -Infinity;

  const closeGroup = () => {
    for (const p of group) p.lanes = laneEnds.length;
    group = [];
    laneEnds = [];
  };

  for (const item of sorted) {
    const effectiveEnd = Math.max(item.end, item.start + MIN_VISIBLE_MINUTES);
    if (item.start >= groupEnd) closeGroup();
    let lane = laneEnds.findIndex((end) => end <= item.start);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(effectiveEnd);
    } else laneEnds[lane] = effectiveEnd;
    groupEnd = Math.max(groupEnd, effectiveEnd);

    const visStart = Math.min(Math.max(item.start, range.from), range.to - MIN_VISIBLE_MINUTES);
    const visEnd = Math.max(Math.min(item.end, range.to), visStart + MIN_VISIBLE_MINUTES);
    const p: PlacedItem<T> = {
      item,
      top: visStart - range.from,
      height: Math.min(visEnd, span + range.from) - visStart,
      lane,
      lanes: 1,
      cutStart: item.start < range.from,
      cutEnd: item.end > range.to,
    };
    group.push(p);
    placed.push(p);
  }
  closeGroup();
  return placed;
};

/**
 * The visible hours for a set of visits: the office day (08:00–18:00 by default) widened to whole
 * hours around any visit that starts earlier or ends later.
 */
export const visibleRange = (items: readonly TimedItem[], base: HourRange = { from: 8 * 60, to: 18 * 60 }): HourRange => {
  let { from, to } = base;
  for (const i of items) {
    from = Math.min(from, Math.floor(i.start / 60) * 60);
    to = Math.max(to, Math.ceil(i.end / 60) * 60);
  }
  return { from: Math.max(0, from), to: Math.min(24 * 60, to) };
};

/** The hour marks of a range: 8, 9, … 17 for 08:00–18:00. */
export const hourMarks = (range: HourRange): number[] => {
  const out: number[] = [];
  for (let m = Math.ceil(range.from / 60) * 60; m < range.to; m += 60) out.push(m / 60);
  return out;
};
