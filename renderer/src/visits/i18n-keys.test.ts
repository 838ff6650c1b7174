import { describe, expect, it } from 'vitest';
import { zhAreas } from '../i18n/zh-TW/areas';
import { zhAuth } from '../i18n/zh-TW/auth';
import { zhCases } from '../i18n/zh-TW/cases';
import { zhCommon } from '../i18n/zh-TW/common';
import { zhCounter } from '../i18n/zh-TW/counter';
import { zhErrors } from '../i18n/zh-TW/errors';
import { zhPrinting } from '../i18n/zh-TW/printing';
import { zhReasons } from '../i18n/zh-TW/reasons';
import { zhRecords } from '../i18n/zh-TW/records';
import { zhSettings } from '../i18n/zh-TW/settings';
import { zhShell } from '../i18n/zh-TW/shell';
import { zhStaffing } from '../i18n/zh-TW/staffing';
import { zhSync } from '../i18n/zh-TW/sync';
import { zhVehicles } from '../i18n/zh-TW/vehicles';
import { zhVisitReasons } from '../i18n/zh-TW/visit-reasons';
import { zhVisits } from '../i18n/zh-TW/visits';

/**
 * The dictionary is one object spread from its parts, so a key defined in two parts silently takes the
 * later wording everywhere (this once turned the counter's 取消來洽 into 取消訪廠). The parts of the
 * visit screens must not reuse any other part's key.
 */
describe('visit screen strings', () => {
  it('share no key with another part of the dictionary', () => {
    const others = [zhAreas, zhAuth, zhCases, zhCommon, zhCounter, zhErrors, zhPrinting, zhReasons, zhRecords, zhSettings, zhShell, zhStaffing, zhSync];
    const theirs = new Set(others.flatMap((part) => Object.keys(part)));
    const mine = [zhVisits, zhVehicles, zhVisitReasons].flatMap((part) => Object.keys(part));
    expect(mine.filter((k) => theirs.has(k))).toEqual([]);
    expect(mine.length).toBe(new Set(mine).size);
  });
});
