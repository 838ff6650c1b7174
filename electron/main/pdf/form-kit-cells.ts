import type { CellSpec, FormKit } from './form-kit';

/**
 * The cells of a form's label/value grid, for a given label column width: two label/value pairs on a
 * row, one label with a value across the rest of the row, or a shaded section heading across all.
 */
export interface FormCells {
  /** Width of a value cell in a two-pair row. */
  value: number;
  /** Width of the value cell in a one-label row. */
  wide: number;
  pair(l1: string, v1: string, l2: string, v2: string, align2?: 'left' | 'right'): CellSpec[];
  /** `valign: 'top'` for free text that may run to many lines. */
  line(label: string, text: string, valign?: 'top' | 'middle'): CellSpec[];
  section(title: string): CellSpec[];
}

export const formCells = (kit: FormKit, label: number): FormCells => {
  const value = (kit.width - 2 * label) / 2;
  const wide = kit.width - label;
  return {
    value,
    wide,
    pair: (l1, v1, l2, v2, align2 = 'left') => [
      { text: l1, width: label, kind: 'label' },
      { text: v1, width: value },
      { text: l2, width: label, kind: 'label' },
      { text: v2, width: value, align: align2 },
    ],
    line: (l, text, valign = 'middle') => [
      { text: l, width: label, kind: 'label' },
      { text, width: wide, valign },
    ],
    section: (title) => [{ text: title, width: kit.width, kind: 'label', weight: 'bold' }],
  };
};
