import path from 'node:path';
import type { Staff } from '../../../../shared/domain/reference';
import { caseUrl } from '../../../../shared/domain/inspection-case';
import { taipeiInstant } from '../../../../shared/domain/visit';
import type { FactoryVisit, Regulation } from '../../../../shared/domain/visit';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import { AppFailure } from '../../../../shared/ipc/errors';
import { renderVisitKit } from '../../pdf/visit-kit/visit-kit';
import type { KitDocument, KitEService, VisitKitInput } from '../../pdf/visit-kit/visit-kit-input';
import type { VisitDeps } from './deps';
import { writeFileAtomic } from '../files';
import { PDF_OCCASION, PRODUCT_CATEGORY_LABELS } from './labels';
import type { VisitLookups } from './lookups';
import type { RegulationService } from './regulations';
import { kitPathOf } from './scheduling';
import type { VisitRecordService } from './visit-records';
import { visitRecordPdfInput } from './visit-sheet-pdf';

/** CNS numbers are national standards, i.e. technical specifications (技術規範); anything else a regulation (法規). */
export const documentKind = (number: string): KitDocument['kind'] => (/^\s*CNS\b/i.test(number) ? 'specification' : 'regulation');

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The visit kit (準備到廠服務資料): one PDF with the cover, the library's regulations and specifications for the
 * company's product category, the prefilled 附件1 and the e點通 guide, kept under <data>/kits/ so the laptop has
 * it at the factory without a network.
 */
export const createKitService = (
  deps: VisitDeps,
  names: VisitLookups,
  regulations: Pick<RegulationService, 'filesFor'>,
  records: Pick<VisitRecordService, 'currentSheet' | 'contentOf' | 'prefill'>,
) => {
  const { stores } = deps.executor;
  const latestCase = deps.db.prepare<[string], { case_number: string; token: string }>(
    `SELECT c.case_number, t.token FROM inspection_cases c
     JOIN case_tokens t ON t.case_id = c.id AND t.revoked_at IS NULL
     WHERE c.company_id = ? ORDER BY c.received_at DESC, t.issued_at DESC LIMIT 1`,
  );

  /** The QR: the company's latest case page when it has one, else the public site's front page. */
  const eService = (companyId: string): KitEService => {
    const base = stores.settings.get('public.baseUrl')?.value;
    if (typeof base !== 'string' || base === '') {
      throw new AppFailure('rejected', 'the public address for e點通 is not set', { reason: 'PUBLIC_URL_MISSING' });
    }
    const c = latestCase.get(companyId);
    return c ? { url: caseUrl(base, c.token), caseNumber: c.case_number } : { url: `${base.replace(/\/+$/, '')}/`, caseNumber: null };
  };

  const document = ({ regulation: r, file }: { regulation: Regulation; file: Uint8Array | null }): KitDocument => ({
    kind: documentKind(r.number),
    title: r.title,
    number: r.number,
    version: r.version,
    effectiveDay: r.effectiveDate,
    file,
    ...(file ? {} : { unavailableReason: '檔案不在本機（尚未同步或已遺失）' }),
  });

  const input = (me: Staff, v: FactoryVisit): VisitKitInput => {
    if (!v.dayKey || !v.startTime || !v.endTime) {
      throw new AppFailure('rejected', 'the visit has no agreed date yet', { reason: 'VISIT_NOT_SCHEDULED' });
    }
    const company = names.company(v.companyId);
    const car = stores.vehicle_requests.findBy('visitId', v.id).find((r) => r.status === 'approved' && r.vehicleId);
    const sheet = records.currentSheet(v.id);
    const branchName = names.branchName();
    return {
      branchName,
      branchPhone: '',
      visit: {
        id: v.id,
        startAt: iso(taipeiInstant(v.dayKey, v.startTime)),
        endAt: iso(taipeiInstant(v.dayKey, v.endTime)),
        companyName: company.name,
        companyUbn: company.ubn ?? '',
        address: v.address,
        contactName: v.contactName,
        contactPhone: v.contactPhone,
        unitName: names.unitName(v.unitId),
        inspectors: v.inspectorIds.map((id) => ({
          name: names.staffName(id),
          unitName: names.unitName(stores.staff.get(id)?.unitId ?? v.unitId),
          phone: '',
        })),
        occasion: PDF_OCCASION[v.occasion],
        purpose: v.purpose,
        inquiry: v.requestId ? (stores.visit_requests.get(v.requestId)?.question ?? '') : '',
        productCategory: PRODUCT_CATEGORY_LABELS[v.category],
        vehicle: car?.vehicleId ? { plate: stores.vehicles.get(car.vehicleId)?.plate ?? car.vehicleId, driverName: car.driverName } : null,
      },
      documents: regulations.filesFor(v.category).map(document),
      extraChecklist: [],
      recordSheet: visitRecordPdfInput({
        branchName,
        content: sheet ? records.contentOf(sheet) : records.prefill(v.id),
        status: 'prefilled',
        signOff: null,
        recordId: v.id,
      }),
      eService: eService(v.companyId),
      preparedBy: me.name,
      printedAt: deps.now(),
      ...(deps.fontDir ? { fontDir: deps.fontDir } : {}),
    };
  };

  return {
    input,
    async build(me: Staff, visitId: string, open: boolean): Promise<ChannelOutput<'visit:kit'>> {
      const v = stores.factory_visits.get(visitId);
      if (!v) throw new AppFailure('not_found', 'visit not found');
      const kit = await renderVisitKit(input(me, v));
      const file = kitPathOf(deps.dataDir, v.id);
      writeFileAtomic(file, kit.pdf);
      if (open) {
        if (!deps.openFile) throw new AppFailure('internal', 'no viewer available');
        await deps.openFile(file);
      }
      return {
        path: path.resolve(file),
        bytes: kit.pdf.length,
        pages: kit.pageCount,
        missingFiles: kit.documents.flatMap((d) => (d.attached ? [] : [d.title])),
      };
    },
  };
};
export type KitService = ReturnType<typeof createKitService>;
