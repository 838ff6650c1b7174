import { Button, Popconfirm } from 'antd';
import type { ButtonProps } from 'antd';
import { useT } from '../i18n/use-t';

/** 重印: always an explicit choice, with a warning that it may print a second copy. */
export const ReprintButton = ({ onConfirm, ...button }: { onConfirm: () => void } & Omit<ButtonProps, 'onClick'>) => {
  const t = useT();
  return (
    <Popconfirm
      title={t('print.reprintTitle')}
      description={<div style={{ maxWidth: 300 }}>{t('print.reprintBody')}</div>}
      okText={t('print.reprintOk')}
      cancelText={t('common.cancel')}
      onConfirm={onConfirm}
    >
      <Button {...button}>{t('print.reprint')}</Button>
    </Popconfirm>
  );
};
