import type { Database } from 'better-sqlite3';

/** One schema step. Numbered, only ever appended; never edit one that has shipped. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}
