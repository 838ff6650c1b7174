import type { Database } from 'better-sqlite3';
import type { Company } from '../../../../shared/domain/escort';
import type { Executor } from '../../db/executor';

/** Names and companies the visit services resolve over and over. */
export const visitLookups = (db: Database, executor: Executor, newId: () => string) => {
  const { stores } = executor;
  const allNames = db.prepare<[], { id: string; name: string }>('SELECT id, name FROM staff');
  const companyWithoutUbn = db.prepare<[string], { id: string }>('SELECT id FROM companies WHERE name = ? AND ubn IS NULL LIMIT 1');
  return {
    staffName: (id: string | null): string => (id ? (stores.staff.get(id)?.name ?? id) : ''),
    unitName: (id: string): string => stores.units.get(id)?.name ?? id,
    company: (id: string): Company => stores.companies.get(id) ?? { id, name: '', ubn: null },
    /** The company typed: the one with this 統一編號 (or, with none, this exact name), else a new one. */
    companyFor: (name: string, ubn: string | null): Company => {
      const known = ubn ? stores.companies.findBy('ubn', ubn)[0]?.id : companyWithoutUbn.get(name)?.id;
      return { id: known ?? newId(), name, ubn };
    },
    branchName: (): string => stores.branches.all()[0]?.name ?? '',
    /** Every staff member's name at once, for lists that name many people (the calendar). */
    staffNames: (): ((id: string) => string) => {
      const byId = new Map(allNames.all().map((r) => [r.id, r.name]));
      return (id) => byId.get(id) ?? id;
    },
  };
};
export type VisitLookups = ReturnType<typeof visitLookups>;
