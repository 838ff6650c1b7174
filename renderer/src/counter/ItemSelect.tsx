import { Flex, Select, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { BusinessItem } from '../../../shared/domain/reference';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { itemMatches } from './intake-rule';

interface ItemOption {
  value: string;
  label: string;
  item: BusinessItem;
  unitName: string;
}

export interface ItemSelectProps {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Enter with nothing typed: the clerk is done picking (the intake form submits). */
  onDone: () => void;
  status?: '' | 'error';
}

/**
 * Business items picked by typing a code (E01) or Chinese (報驗, 第二課); each option shows code,
 * name and unit. Chosen items keep the order they were picked in: the first one's unit receives.
 */
export const ItemSelect = ({ id, value, onChange, onDone, status }: ItemSelectProps) => {
  const t = useT();
  const items = useAppStore(useShallow(referenceSelectors.activeItemsByUnit));
  const unitNames = useAppStore(useShallow(referenceSelectors.unitNames));
  const [typed, setTyped] = useState('');
  const options = useMemo<ItemOption[]>(
    () => items.map((item) => ({ value: item.id, label: `${item.code} ${item.name}`, item, unitName: unitNames[item.unitId] ?? '' })),
    [items, unitNames],
  );

  const onKeyDownCapture = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing || typed.trim() !== '') return;
    // Before the select sees it: with nothing typed, Enter means "done", never "toggle the first option".
    e.preventDefault();
    e.stopPropagation();
    onDone();
  };

  return (
    <div onKeyDownCapture={onKeyDownCapture}>
      <Select<string[], ItemOption>
        {...(id ? { id } : {})}
        mode="multiple"
        value={value ?? []}
        onChange={(v) => {
          // A pick ends the search (the search text is ours, so clear it ourselves).
          setTyped('');
          onChange?.(v);
        }}
        options={options}
        status={status ?? ''}
        placeholder={t('intake.itemsPlaceholder')}
        showSearch={{
          searchValue: typed,
          onSearch: setTyped,
          filterOption: (input, option) => (option ? itemMatches(input, option.item, option.unitName) : false),
        }}
        optionRender={({ data }) => (
          <Flex justify="space-between" gap={8} style={{ minWidth: 0 }}>
            <span className="bd-ellipsis">
              <span className="bd-mono" style={{ marginRight: 8 }}>
                {data.item.code}
              </span>
              {data.item.name}
            </span>
            <Typography.Text type="secondary" style={{ flex: 'none', fontSize: 12 }}>
              {data.unitName}
            </Typography.Text>
          </Flex>
        )}
        notFoundContent={t('intake.itemsNone')}
        style={{ width: '100%' }}
        data-testid="intake-items"
      />
    </div>
  );
};
