import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { VisitSheetContent } from '../../../shared/mutations/visit-sheet';
import type { Result } from '../../../shared/ipc/errors';
import { readBackup, sameContent, writeBackup } from './record-backup';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_RETRY_MS, useAutosave } from './use-autosave';

// React's act() wants to know it runs in a test environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const content = (summary: string): VisitSheetContent => ({
  serviceDay: '2026-12-03',
  startTime: '09:00',
  endTime: '11:00',
  unitName: '第一課',
  inspectorNames: ['王檢驗'],
  companyName: '永信機械有限公司',
  companyUbn: '',
  address: '',
  contactName: '',
  contactPhone: '',
  productCategory: 'mechanical',
  inquiry: '',
  serviceMode: 'on_site',
  category: null,
  occasion: 'violation',
  summary,
  eServiceTaught: null,
  personTrips: null,
  businessComments: '',
});

const memoryStorage = () => {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v) };
};

type Hook = ReturnType<typeof useAutosave>;

/** Mounts the hook in a real React root (jsdom) and hands back its latest value. */
const mount = (save: (c: VisitSheetContent) => Promise<Result<unknown>>, storage = memoryStorage()) => {
  const host = document.createElement('div');
  const root = createRoot(host);
  const current: { hook: Hook | null } = { hook: null };
  const Probe = () => {
    current.hook = useAutosave({ visitId: 'v1', storage, save, now: () => 1_000 });
    return null;
  };
  act(() => root.render(<Probe />));
  const hook = (): Hook => {
    if (!current.hook) throw new Error('not mounted');
    return current.hook;
  };
  return { hook, storage, unmount: () => act(() => root.unmount()) };
};

const ok: Result<unknown> = { ok: true, value: { recordId: 'r1' } };

describe('autosave of the 附件1', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('keeps a local copy at once and saves the latest content after a pause, once', async () => {
    const save = vi.fn(async () => ok);
    const { hook, storage } = mount(save);
    act(() => hook().change(content('a')));
    act(() => hook().change(content('ab')));
    expect(readBackup(storage, 'v1')?.content.summary).toBe('ab');
    expect(save).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith(content('ab'));
    expect(hook().state).toEqual({ kind: 'saved', at: 1_000 });
    expect(readBackup(storage, 'v1')).toBeNull();
  });

  it('keeps the copy when a save fails and tries again until it lands', async () => {
    let fail = true;
    const save = vi.fn(async (): Promise<Result<unknown>> => (fail ? { ok: false, error: { code: 'db_unavailable', message: 'x' } } : ok));
    const { hook, storage } = mount(save);
    act(() => hook().change(content('typed offline')));
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS));
    expect(hook().state.kind).toBe('failed');
    expect(readBackup(storage, 'v1')?.content.summary).toBe('typed offline');
    fail = false;
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_RETRY_MS));
    expect(save).toHaveBeenCalledTimes(2);
    expect(hook().state.kind).toBe('saved');
    expect(readBackup(storage, 'v1')).toBeNull();
  });

  it('does not retry a refusal that saving again cannot cure, and keeps the copy', async () => {
    const save = vi.fn(async (): Promise<Result<unknown>> => ({ ok: false, error: { code: 'rejected', message: 'x', reason: 'RECORD_SUBMITTED' } }));
    const { hook, storage } = mount(save);
    act(() => hook().change(content('late edit')));
    await act(async () => vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + 3 * AUTOSAVE_RETRY_MS));
    expect(save).toHaveBeenCalledTimes(1);
    expect(readBackup(storage, 'v1')?.content.summary).toBe('late edit');
  });

  it('saves at once when flushed (before submitting), and what is pending when the page is left', async () => {
    const save = vi.fn(async () => ok);
    const { hook, unmount } = mount(save);
    act(() => hook().change(content('x')));
    let flushed = false;
    await act(async () => {
      flushed = await hook().flush();
    });
    expect(flushed).toBe(true);
    expect(save).toHaveBeenCalledTimes(1);
    act(() => hook().change(content('xy')));
    unmount();
    expect(save).toHaveBeenCalledTimes(2);
    expect(save).toHaveBeenLastCalledWith(content('xy'));
  });
});

describe('the local copy', () => {
  it('restores only a parseable sheet, and compares by content', () => {
    const storage = memoryStorage();
    storage.setItem('branchdesk.visitRecord.v1', '{"content":{"summary":1},"at":5}');
    expect(readBackup(storage, 'v1')).toBeNull();
    writeBackup(storage, 'v1', content('s'), 5);
    expect(readBackup(storage, 'v1')).toEqual({ content: content('s'), at: 5 });
    const reordered = Object.fromEntries(Object.entries(content('s')).reverse()) as VisitSheetContent;
    expect(sameContent(reordered, content('s'))).toBe(true);
    expect(sameContent(content('s'), content('t'))).toBe(false);
  });
});
