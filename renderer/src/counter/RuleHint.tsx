import { Flex, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { referenceSelectors } from '../stores/reference/selectors';
import { intakeRule } from './intake-rule';
import { useReferenceNames } from './use-names';

/** The plan's rule, live while items are picked: the units involved and escort or direct service. */
export const RuleHint = ({ itemIds, escortRequested }: { itemIds: readonly string[]; escortRequested: boolean }) => {
  const t = useT();
  const items = useAppStore(referenceSelectors.businessItems);
  const names = useReferenceNames();
  const rule = useMemo(() => intakeRule(itemIds, items, escortRequested), [itemIds, items, escortRequested]);
  if (!rule.mode || !rule.receivingUnitId) {
    return (
      <Typography.Text type="secondary" data-testid="intake-rule" style={{ fontSize: 13 }}>
        {t('intake.ruleNone')}
      </Typography.Text>
    );
  }
  const tag =
    rule.why === 'units'
      ? t('intake.ruleEscort', { count: rule.unitIds.length })
      : rule.why === 'requested'
        ? t('intake.ruleRequested')
        : t('intake.ruleDirect');
  return (
    <Flex vertical gap={4} data-testid="intake-rule" className="bd-rule-hint">
      <span>
        <Tag color={rule.mode === 'escort' ? 'orange' : 'green'} style={{ marginInlineEnd: 0 }}>
          {tag}
        </Tag>
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 13 }} className="bd-wrap">
        {t('intake.ruleUnits', {
          receiving: names.unit(rule.receivingUnitId),
          units: rule.unitIds.map((u) => names.unit(u)).join(t('common.listSeparator')),
        })}
      </Typography.Text>
    </Flex>
  );
};
