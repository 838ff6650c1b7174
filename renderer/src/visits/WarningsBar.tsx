import { WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Popover } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/use-t';

const List = ({ texts }: { texts: readonly string[] }) => (
  <ul style={{ margin: 0, paddingLeft: 18, maxWidth: 520 }}>
    {texts.map((x) => (
      <li key={x} className="bd-wrap">
        {x}
      </li>
    ))}
  </ul>
);

/** The calendar's warnings as one button in its toolbar (no rows taken from the grid); the list opens on click. */
export const WarningsButton = ({ texts }: { texts: readonly string[] }) => {
  const t = useT();
  if (texts.length === 0) return null;
  return (
    <Popover trigger="click" placement="bottomLeft" title={t('cal.warnings', { count: texts.length })} content={<List texts={texts} />}>
      <Button danger icon={<WarningOutlined />} data-testid="cal-warnings">
        {t('cal.warnings', { count: texts.length })}
      </Button>
    </Popover>
  );
};

/** A visit's warnings in one line (the first, and how many), opened into the full list on demand. */
export const WarningsBar = ({ texts, testId }: { texts: readonly string[]; testId: string }) => {
  const t = useT();
  const [open, setOpen] = useState(false);
  if (texts.length === 0) return null;
  const shown = open ? texts : texts.slice(0, 1);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ padding: '6px 12px' }}
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
          <Button size="small" type="link" onClick={() => setOpen(!open)} data-testid="warnings-toggle">
            {open ? t('cal.warningsLess') : t('cal.warningsMore', { count: texts.length })}
          </Button>
        ) : null
      }
      data-testid={testId}
    />
  );
};
