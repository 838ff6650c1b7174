import { Table } from 'antd';
import type { HTMLAttributes } from 'react';
import { useT } from '../i18n/use-t';
import { importColumnLabel, importErrorSentence, importProblem } from './import-errors';
import type { ImportError } from './import-errors';

/** The row-level errors of an import check, in the file's own row numbers, paged. */
export const ImportErrorTable = ({ errors }: { errors: readonly ImportError[] }) => {
  const t = useT();
  return (
    <Table<ImportError & { key: number }>
      size="small"
      tableLayout="fixed"
      dataSource={errors.map((e, i) => ({ ...e, key: i }))}
      pagination={{ pageSize: 8, hideOnSinglePage: true, showSizeChanger: false, size: 'small' }}
      onRow={(e) => ({ title: importErrorSentence(e, t), 'data-testid': 'import-error' }) as HTMLAttributes<HTMLElement>}
      data-testid="import-errors"
      columns={[
        {
          key: 'row',
          title: t('import.col.row'),
          width: 100,
          render: (_, e) => (e.row > 0 ? t('import.rowLabel', { row: e.row }) : t('import.wholeFile')),
        },
        { key: 'column', title: t('import.col.column'), width: 120, render: (_, e) => importColumnLabel(e.column, t) ?? '—' },
        {
          key: 'problem',
          title: t('import.col.problem'),
          render: (_, e) => <span className="bd-wrap">{importProblem(e, t)}</span>,
        },
      ]}
    />
  );
};
