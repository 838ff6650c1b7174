import { Flex, Typography } from 'antd';
import type { Translate } from '../i18n/translate';
import type { LookupResult } from '../stores/counter/slice';

/** Returning visitors as AutoComplete options: name, phone and company; the value is the visitor's id. */
export const visitorOptions = (found: LookupResult, t: Translate) =>
  found.visitors.length === 0
    ? []
    : [
        {
          label: t('intake.lookupVisitors'),
          options: found.visitors.map((v) => ({
            value: v.id,
            label: (
              <Flex justify="space-between" gap={8} data-testid="lookup-visitor">
                <span className="bd-ellipsis">{v.name}</span>
                <Typography.Text type="secondary" className="bd-ellipsis" style={{ fontSize: 12 }}>
                  {v.phone}
                  {v.companyName ? ` · ${v.companyName}` : ''}
                </Typography.Text>
              </Flex>
            ),
          })),
        },
      ];

/** Known companies as AutoComplete options: name and 統一編號; the value is the company's id. */
export const companyOptions = (found: LookupResult) =>
  found.companies.map((c) => ({
    value: c.id,
    label: (
      <Flex justify="space-between" gap={8} data-testid="lookup-company">
        <span className="bd-ellipsis">{c.name}</span>
        <Typography.Text type="secondary" className="bd-mono">
          {c.ubn ?? ''}
        </Typography.Text>
      </Flex>
    ),
  }));
