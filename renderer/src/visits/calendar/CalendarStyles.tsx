/**
 * The calendar's styles, rendered with the calendar (React hoists one copy into <head>). Kept here
 * rather than in a .css import so the web project needs no ambient module types.
 */
export const CALENDAR_CSS = `
/* The visits calendar: time grid (day, week) and month grid. Colours follow the app theme (#1f4e79). */
.bd-cal {
  background: #fff;
  border: 1px solid #e3e7ec;
  border-radius: 4px;
  overflow: hidden;
  user-select: none;
}

.bd-cal-head {
  display: flex;
  border-bottom: 1px solid #e3e7ec;
  background: #f7f9fb;
}

.bd-cal-gutter {
  flex: none;
  width: 52px;
}

.bd-cal-colhead {
  flex: 1 1 0;
  min-width: 0;
  padding: 6px 8px;
  border-left: 1px solid #eef1f4;
  font-size: 13px;
  color: #4a5563;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}

.bd-cal-colhead.is-today {
  color: #1f4e79;
  font-weight: 600;
  box-shadow: inset 0 -2px 0 #1f4e79;
}

.bd-cal-colhead.is-weekend,
.bd-cal-col.is-weekend {
  background: #fafbfc;
}

.bd-cal-scroll {
  overflow-y: auto;
  max-height: calc(100vh - 270px);
  min-height: 240px;
}

.bd-cal-body {
  display: flex;
  position: relative;
}

.bd-cal-hours {
  position: relative;
  flex: none;
  width: 52px;
  font-size: 11px;
  color: #8a94a3;
}

.bd-cal-hour {
  position: absolute;
  right: 6px;
  transform: translateY(-7px);
}

.bd-cal-cols {
  position: relative;
  display: flex;
  flex: 1 1 auto;
  min-width: 0;
}

.bd-cal-col {
  position: relative;
  flex: 1 1 0;
  min-width: 0;
  border-left: 1px solid #eef1f4;
  background-image: repeating-linear-gradient(
    to bottom,
    #e9edf2 0,
    #e9edf2 1px,
    transparent 1px,
    transparent var(--bd-hour-px)
  );
}

.bd-cal-now {
  position: absolute;
  left: 0;
  right: 0;
  height: 0;
  border-top: 2px solid #d4380d;
  z-index: 3;
  pointer-events: none;
}

.bd-cal-visit {
  position: absolute;
  box-sizing: border-box;
  padding: 2px 6px 2px 7px;
  border: 1px solid #b9cde3;
  border-left: 4px solid #1f4e79;
  border-radius: 3px;
  background: #e8f0f8;
  color: #1f2d3d;
  font: inherit;
  font-size: 12px;
  line-height: 16px;
  text-align: left;
  overflow: hidden;
  cursor: grab;
  z-index: 1;
}

.bd-cal-visit:hover {
  background: #dce8f4;
}

.bd-cal-visit:focus-visible,
.bd-cal-visit.is-selected {
  outline: 2px solid #1f4e79;
  outline-offset: 1px;
  z-index: 2;
}

.bd-cal-visit.is-done,
.bd-cal-chip.is-done {
  border-color: #c7dcc8;
  border-left-color: #3d8b40;
  background: #eff6ef;
}

.bd-cal-visit.is-warn-double,
.bd-cal-chip.is-warn-double {
  border-color: #f1a9a9;
  border-left-color: #cf1322;
  background: #fff1f0;
}

.bd-cal-visit.is-warn-far {
  border-left-color: #d46b08;
}

.bd-cal-visit.is-moving,
.bd-cal-visit.is-ghost {
  border: 2px dashed #1f4e79;
  background: rgba(31, 78, 121, 0.12);
  z-index: 4;
  pointer-events: none;
}

.bd-cal-visit.is-dragging {
  cursor: grabbing;
}

.bd-cal-visit .bd-cal-time {
  display: block;
  font-size: 11px;
  color: #4a5563;
  white-space: nowrap;
}

.bd-cal-visit .bd-cal-title {
  display: block;
  font-weight: 600;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}

.bd-cal-visit .bd-cal-sub {
  display: block;
  color: #4a5563;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
}

.bd-cal-cut-start {
  border-top-style: dotted;
}

.bd-cal-cut-end {
  border-bottom-style: dotted;
}

/* Month */
.bd-cal-month {
  display: grid;
  grid-template-columns: repeat(7, minmax(0, 1fr));
}

.bd-cal-month-head {
  padding: 6px 8px;
  font-size: 12px;
  color: #4a5563;
  background: #f7f9fb;
  border-bottom: 1px solid #e3e7ec;
  border-left: 1px solid #eef1f4;
}

.bd-cal-cell {
  position: relative;
  min-width: 0;
  height: 80px;
  padding: 2px 4px;
  box-sizing: border-box;
  border-left: 1px solid #eef1f4;
  border-bottom: 1px solid #eef1f4;
  overflow: hidden;
}

.bd-cal-cell.is-out {
  background: #fafbfc;
}

.bd-cal-cell.is-out .bd-cal-daynum {
  color: #b3bac4;
}

.bd-cal-cell.is-drop {
  background: #e6eef6;
  box-shadow: inset 0 0 0 2px #1f4e79;
}

.bd-cal-daynum {
  display: block;
  min-width: 20px;
  height: 16px;
  line-height: 16px;
  padding: 0 4px;
  font-size: 12px;
  color: #4a5563;
  border: 0;
  background: none;
  cursor: pointer;
  border-radius: 8px;
}

.bd-cal-cell.is-today .bd-cal-daynum {
  background: #1f4e79;
  color: #fff;
}

.bd-cal-chip {
  display: block;
  width: 100%;
  box-sizing: border-box;
  margin-top: 1px;
  padding: 0 5px;
  height: 18px;
  line-height: 16px;
  font: inherit;
  font-size: 12px;
  text-align: left;
  border: 1px solid #b9cde3;
  border-left: 3px solid #1f4e79;
  border-radius: 3px;
  background: #e8f0f8;
  color: #1f2d3d;
  white-space: nowrap;
  overflow: hidden;
  text-overflow: ellipsis;
  cursor: grab;
}

.bd-cal-chip.is-ghost {
  border: 2px dashed #1f4e79;
  background: rgba(31, 78, 121, 0.12);
}

.bd-cal-chip:focus-visible,
.bd-cal-chip.is-selected {
  outline: 2px solid #1f4e79;
  outline-offset: 1px;
}

.bd-cal-more {
  display: block;
  margin-top: 1px;
  line-height: 16px;
  padding: 0 5px;
  border: 0;
  background: none;
  font: inherit;
  font-size: 12px;
  color: #1f4e79;
  cursor: pointer;
}

.bd-cal-more:hover {
  text-decoration: underline;
}
`;

/** One copy in the document however many calendars render (React 19 dedupes styles by href). */
export const CalendarStyles = () => (
  <style href="bd-visits-calendar" precedence="default">
    {CALENDAR_CSS}
  </style>
);
