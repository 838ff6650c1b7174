import { Flex, Tag, Typography } from 'antd';
import { formatElapsed } from '../format/time';
import { useT } from '../i18n/use-t';
import type { ReferenceNames } from './use-names';

/** Visitor name with the company underneath (both may be long or hostile: ellipsized text). */
export const VisitorCell = ({ name, company }: { name: string; company: string | null }) => (
  <Flex vertical style={{ minWidth: 0 }}>
    <span className="bd-ellipsis" title={name} data-testid="visitor-name" style={{ fontWeight: 500 }}>
      {name}
    </span>
    {company ? (
      <Typography.Text type="secondary" className="bd-ellipsis" title={company} style={{ fontSize: 12 }}>
        {company}
      </Typography.Text>
    ) : null}
  </Flex>
);

/** The units of a visit, receiving unit first and marked. */
export const UnitsCell = ({ unitIds, names }: { unitIds: readonly string[]; names: ReferenceNames }) => (
  <Flex gap={4} wrap>
    {unitIds.map((u, i) => (
      <Tag key={u} color={i === 0 ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
        {names.unit(u)}
      </Tag>
    ))}
  </Flex>
);

export const ModeTag = ({ mode }: { mode: 'escort' | 'direct' }) => {
  const t = useT();
  return <Tag color={mode === 'escort' ? 'orange' : 'green'}>{t(`mode.${mode}`)}</Tag>;
};

/** A ticking elapsed time since `since`, as of `now`. */
export const Elapsed = ({ since, now }: { since: string; now: number }) => (
  <span className="bd-mono" style={{ fontSize: 13 }} data-testid="elapsed">
    {formatElapsed(now - Date.parse(since))}
  </span>
);
