import type { Database } from 'better-sqlite3';
import type { Executor } from '../../db/executor';

/** What the visit services need from the app: the database, the clock, ids and the data folder. */
export interface VisitDeps {
  db: Database;
  executor: Executor;
  now: () => Date;
  newId: () => string;
  /** The app's data folder: kits/, forms/ and regulations/ live under it. */
  dataDir: string;
  fontDir?: string;
  /** Opens a file in the system viewer (Electron's shell.openPath); absent where there is none. */
  openFile?: (file: string) => Promise<void>;
  /** Shows the system's open-file dialog for a PDF (Electron's dialog); null when cancelled. */
  pickPdf?: () => Promise<string | null>;
}
