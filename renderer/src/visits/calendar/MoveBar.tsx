import { Alert, Button, Flex, Typography } from 'antd';
import { Kbd } from '../../components/Kbd';
import { formatDayKeyShort } from '../../format/time';
import { useT } from '../../i18n/use-t';
import { minutesToHm } from './calendar-dates';
import type { Slot } from './reschedule';

/**
 * The proposal of a move, over the bottom of the calendar (so the grid never shifts under a drag):
 * where to, what it would bring (warnings, a passed date), 確認改期 / 取消.
 */
export const MoveBar = ({
  company,
  to,
  past,
  previews,
  busy,
  onConfirm,
  onCancel,
}: {
  company: string;
  to: Slot;
  past: boolean;
  previews: readonly string[];
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) => {
  const t = useT();
  const where = { day: formatDayKeyShort(to.dayKey), start: minutesToHm(to.start), end: minutesToHm(to.end) };
  return (
    <div
      role="region"
      aria-live="polite"
      aria-label={t('cal.moveConfirm')}
      data-testid="cal-move-bar"
      style={{
        position: 'absolute',
        left: '50%',
        bottom: 12,
        transform: 'translateX(-50%)',
        zIndex: 10,
        width: 'min(640px, calc(100% - 24px))',
        background: '#fff',
        border: '1px solid #1f4e79',
        borderRadius: 6,
        boxShadow: '0 6px 20px rgba(20, 40, 60, 0.22)',
        padding: '10px 14px',
      }}
    >
      <Flex align="center" gap={10} wrap>
        <div style={{ flex: '1 1 260px', minWidth: 0 }}>
          <Typography.Text strong className="bd-wrap">
            {t('cal.moveOf', { company })}
            {t('cal.moveTo', where)}
          </Typography.Text>
          <div style={{ fontSize: 12, color: '#6b7683', marginTop: 2 }}>
            <Kbd keys="Enter" /> {t('cal.moveKeyConfirm')} · <Kbd keys="Esc" /> {t('cal.moveKeyCancel')} · {t('cal.moveKeyAdjust')}
          </div>
        </div>
        <Button onClick={onCancel} disabled={busy} data-testid="cal-move-cancel">
          {t('cal.moveCancel')}
        </Button>
        <Button type="primary" onClick={onConfirm} loading={busy} disabled={past} data-testid="cal-move-confirm">
          {t('cal.moveConfirm')}
        </Button>
      </Flex>
      {past ? <Alert type="error" showIcon title={t('cal.movePast')} style={{ marginTop: 8 }} /> : null}
      {!past && previews.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={previews.map((w) => (
            <div key={w} className="bd-wrap">
              {t('cal.movePreviewWarning', { warning: w })}
            </div>
          ))}
          data-testid="cal-move-warnings"
        />
      ) : null}
    </div>
  );
};
