import { Button, Flex, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/use-t';
import type { EscortSuggestion } from '../stores/counter/slice';

export const canEscort = (s: EscortSuggestion) => !s.busy && !s.absent;

/**
 * The escort suggestions as main orders them (free first, fewest escorts today first). The first
 * nine carry their number key; busy and absent colleagues are shown, marked and not selectable.
 */
export const SuggestionList = ({
  suggestions,
  busyId,
  onPick,
  autoFocusFirst = false,
}: {
  suggestions: readonly EscortSuggestion[];
  busyId: string | null;
  onPick: (s: EscortSuggestion) => void;
  /** Puts the focus on the first free colleague, so Enter assigns them. */
  autoFocusFirst?: boolean;
}) => {
  const t = useT();
  const firstFree = useRef<HTMLButtonElement | null>(null);
  const firstFreeId = suggestions.find(canEscort)?.staffId;
  useEffect(() => {
    if (autoFocusFirst) firstFree.current?.focus();
  }, [autoFocusFirst, firstFreeId]);
  return (
    <Flex vertical gap={6} role="list" data-testid="suggestions">
      {suggestions.map((s, i) => {
        const free = canEscort(s);
        return (
          <Button
            key={s.staffId}
            ref={s.staffId === firstFreeId ? firstFree : undefined}
            role="listitem"
            block
            disabled={!free}
            loading={busyId === s.staffId}
            onClick={() => onPick(s)}
            style={{ height: 'auto', padding: '6px 10px', textAlign: 'left' }}
            data-testid="suggestion"
            data-name={s.name}
          >
            <Flex align="center" gap={10} style={{ width: '100%', minWidth: 0 }}>
              <span className="bd-kbd" style={{ visibility: i < 9 && free ? 'visible' : 'hidden' }} data-testid="suggestion-key">
                {i + 1}
              </span>
              <Typography.Text strong className="bd-ellipsis" style={{ flex: 1, minWidth: 0 }}>
                {s.name}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
                {t('assign.escortsToday', { count: s.escortsToday })}
              </Typography.Text>
              <Tag color={free ? 'green' : s.busy ? 'orange' : 'default'} style={{ marginInlineEnd: 0, flex: 'none' }}>
                {free ? t('assign.free') : s.busy ? t('assign.busy') : t('assign.absent')}
              </Tag>
            </Flex>
          </Button>
        );
      })}
    </Flex>
  );
};
