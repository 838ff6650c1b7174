import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/use-t';

/** The period's scheduling warnings in one line (the first, and how many), opened into the full list on demand. */
export const WarningsBar = ({ texts }: { texts: readonly string[] }) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (texts.length === 0) return null;
  const shown = open ? texts : texts.slice(0, 1);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 10, padding: '6px 12px' }}
      title={
        <div>
          <strong>{t('cal.warnings', { count: texts.length })}</strong>
          {shown.map((x) => (
            <div key={x} className="bd-wrap" style={{ fontSize: 13 }}>
              {x}
            </div>
          ))}
        </div>
      }
      action={
        texts.length > 1 ? (
          <Button size="small" type="link" onClick={() => setOpen(!open)} data-testid="cal-warnings-toggle">
            {open ? t('cal.warningsLess') : t('cal.warningsMore', { count: texts.length })}
          </Button>
        ) : null
      }
      data-testid="cal-warnings"
    />
  );
};
