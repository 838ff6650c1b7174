import { Alert, App, Button, Empty, Flex, Modal, Spin, Typography } from 'antd';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Kbd } from '../components/Kbd';
import { describeError } from '../i18n/error-message';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { counterSelectors } from '../stores/counter/selectors';
import type { EscortSuggestion } from '../stores/counter/slice';
import { sessionSelectors } from '../stores/session/selectors';
import { canEscort, SuggestionList } from './SuggestionList';

const isTyping = (el: EventTarget | null) =>
  el instanceof HTMLElement && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));

/**
 * 指派專人 in one keystroke: 1–9 picks that suggestion, Enter the first free one. A refusal (the
 * colleague became busy meanwhile) is shown in Chinese and the list is read again.
 */
export const EscortAssignModal = ({
  visitId,
  visitorName,
  receivingUnitName,
  onClose,
}: {
  visitId: string;
  visitorName: string;
  receivingUnitName: string | null;
  onClose: (assigned: boolean) => void;
}) => {
  const t = useT();
  const { message } = App.useApp();
  const suggestions = useAppStore(counterSelectors.suggestionsFor(visitId));
  const loadSuggestions = useAppStore(counterSelectors.loadSuggestions);
  const assignEscort = useAppStore(counterSelectors.assignEscort);
  const locked = useAppStore(sessionSelectors.locked);
  const [error, setError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  useEffect(() => {
    void loadSuggestions(visitId).then((r) => {
      if (!r.ok) setError(describeError(r.error, t));
    });
  }, [visitId, loadSuggestions, t]);

  const pick = async (s: EscortSuggestion) => {
    if (busyId || !canEscort(s)) return;
    setBusyId(s.staffId);
    setError(null);
    const r = await assignEscort(visitId, s.staffId);
    setBusyId(null);
    if (!r.ok) {
      setError(describeError(r.error, t));
      return;
    }
    void message.success(t('assign.done', { name: s.name, visitor: visitorName }));
    onClose(true);
  };

  const keys = useRef({ suggestions, pick, locked });
  useLayoutEffect(() => {
    keys.current = { suggestions, pick, locked };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { suggestions: list, pick: choose, locked: isLocked } = keys.current;
      if (isLocked || !list || e.isComposing || e.altKey || e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code)?.[1];
      if (digit) {
        const s = list[Number(digit) - 1];
        if (s && canEscort(s)) {
          e.preventDefault();
          void choose(s);
        }
        return;
      }
      // Enter on a focused button is that button's own click; elsewhere it means "the first one".
      if (e.key === 'Enter' && !(e.target instanceof HTMLButtonElement)) {
        const first = list.find(canEscort);
        if (first) {
          e.preventDefault();
          void choose(first);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Modal
      open
      title={t('assign.title', { name: visitorName })}
      width={520}
      onCancel={() => onClose(false)}
      closable={false}
      mask={{ closable: false }}
      destroyOnHidden
      footer={
        <Button onClick={() => onClose(false)} data-testid="assign-later">
          {t('assign.later')}
        </Button>
      }
      data-testid="assign-modal"
    >
      <Flex vertical gap={2} style={{ marginBottom: 10 }}>
        {receivingUnitName ? <Typography.Text type="secondary">{t('assign.unit', { unit: receivingUnitName })}</Typography.Text> : null}
        <Typography.Text type="secondary">
          <Kbd keys="1–9" /> {t('assign.keyDigit')}<span style={{ marginInline: 8 }} /><Kbd keys="Enter" /> {t('assign.keyEnter')}
        </Typography.Text>
      </Flex>
      {error ? <Alert type="error" showIcon title={error} style={{ marginBottom: 10 }} role="alert" /> : null}
      {suggestions === null ? (
        <Spin />
      ) : suggestions.length === 0 ? (
        <Empty description={t('assign.none')} />
      ) : (
        <SuggestionList suggestions={suggestions} busyId={busyId} onPick={(s) => void pick(s)} autoFocusFirst />
      )}
    </Modal>
  );
};
