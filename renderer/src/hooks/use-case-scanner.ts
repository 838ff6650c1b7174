import { App } from 'antd';
import { createElement, useEffect, useLayoutEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { feedKey } from '../scanner/scan-detector';
import type { Burst } from '../scanner/scan-detector';
import { useAppStore } from '../stores/app-store';
import { casesSelectors } from '../stores/cases/selectors';

/** What the case page shows after a scan brought the person there. */
export interface ScanArrival {
  scannedRevoked: boolean;
}

type TextField = HTMLInputElement | HTMLTextAreaElement;
const TEXT_INPUTS = new Set(['text', 'search', 'url', 'tel', 'email', 'number', 'password', '']);

const textField = (target: EventTarget | null): TextField | null => {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type)) return target;
  return null;
};

/**
 * Puts a field back to what it held before a scan typed into it, the way typing would (the native
 * setter, then an input event), so React and the form see the change.
 */
const restore = (field: TextField, value: string) => {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
};

/**
 * A keyboard-wedge scanner anywhere in the app: a label's QR (our URL) or a case number typed in a
 * scanner-fast burst ending in Enter opens that case. A scan into a text field is taken back out
 * of it and its Enter does not reach the form; ordinary typing is left alone (see scan-detector).
 */
export const useCaseScanner = ({ enabled }: { enabled: boolean }) => {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const resolveScan = useAppStore(casesSelectors.resolveScan);

  const onScan = async (text: string) => {
    const r = await resolveScan(text);
    if (r.ok) {
      const arrival: ScanArrival = { scannedRevoked: r.value.revokedLabel };
      void navigate(`/cases/${r.value.caseId}`, { state: arrival });
      return;
    }
    const content =
      r.error.reason === 'NOT_OURS' ? t('scan.notOurs') : t('scan.failed', { reason: describeError(r.error, t) });
    void message.error({ content: createElement('span', { 'data-testid': 'scan-message' }, content), duration: 6 });
  };
  const latest = useRef(onScan);
  useLayoutEffect(() => {
    latest.current = onScan;
  });

  useEffect(() => {
    if (!enabled) return undefined;
    let burst: Burst | null = null;
    let before: { field: TextField; value: string } | null = null;
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing) {
        burst = null;
        return;
      }
      const field = textField(e.target);
      const step = feedKey(burst, { key: e.key, at: e.timeStamp, modified: e.ctrlKey || e.altKey || e.metaKey, repeat: e.repeat }, field !== null);
      if (step.started) before = field ? { field, value: field.value } : null;
      burst = step.burst;
      if (step.scan === null) return;
      // The Enter that ends a scan must not submit whatever form had the focus.
      e.preventDefault();
      e.stopImmediatePropagation();
      if (before?.field.isConnected) restore(before.field, before.value);
      before = null;
      void latest.current(step.scan);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [enabled]);
};
