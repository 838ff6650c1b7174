import type { Client } from '../api/client';
import type { AuditSlice } from './audit/slice';
import type { CasesSlice } from './cases/slice';
import type { CounterSlice } from './counter/slice';
import type { PrintingSlice } from './printing/slice';
import type { RecordsSlice } from './records/slice';
import type { ReferenceSlice } from './reference/slice';
import type { SessionSlice } from './session/slice';
import type { StaffingSlice } from './staffing/slice';
import type { SystemSlice } from './system/slice';
import type { UiSlice } from './ui/slice';
import type { VehiclesSlice } from './vehicles/slice';
import type { VisitsSlice } from './visits/slice';
import type { SyncSlice } from './sync/slice';

/** The whole renderer state: one store made of slices (zustand's slices pattern). */
export type AppState = SystemSlice &
  SessionSlice &
  ReferenceSlice &
  AuditSlice &
  UiSlice &
  CounterSlice &
  RecordsSlice &
  StaffingSlice &
  CasesSlice &
  PrintingSlice &
  VisitsSlice &
  VehiclesSlice &
  SyncSlice;

/** What slices need from outside; injected so tests can give fakes. */
export interface StoreDeps {
  client: Client;
  /** Where small UI preferences persist (localStorage in the app). */
  storage: Pick<Storage, 'getItem' | 'setItem'> | undefined;
}

export type SliceSet = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;
export type SliceGet = () => AppState;
