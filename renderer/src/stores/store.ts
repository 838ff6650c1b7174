import { createStore } from 'zustand/vanilla';
import { createAuditSlice } from './audit/slice';
import { createCasesSlice } from './cases/slice';
import { createCounterSlice } from './counter/slice';
import { createRecordsSlice } from './records/slice';
import { createPrintingSlice } from './printing/slice';
import { createReferenceSlice } from './reference/slice';
import { createSessionSlice } from './session/slice';
import { createStaffingSlice } from './staffing/slice';
import { createSystemSlice } from './system/slice';
import type { AppState, StoreDeps } from './types';
import { createUiSlice } from './ui/slice';
import { createVehiclesSlice } from './vehicles/slice';
import { createVisitsSlice } from './visits/slice';
import { createSyncSlice } from './sync/slice';

/** Builds the one store from its slices, and routes the client's auth problems to the session slice. */
export const createAppStore = (deps: StoreDeps) => {
  const store = createStore<AppState>()((set, get) => ({
    ...createSystemSlice(deps)(set, get),
    ...createSessionSlice(deps)(set, get),
    ...createReferenceSlice(deps)(set, get),
    ...createAuditSlice(deps)(set, get),
    ...createUiSlice(deps)(set, get),
    ...createCounterSlice(deps)(set, get),
    ...createRecordsSlice(deps)(set, get),
    ...createStaffingSlice(deps)(set, get),
    ...createCasesSlice(deps)(set, get),
    ...createPrintingSlice(deps)(set, get),
    ...createVisitsSlice(deps)(set, get),
    ...createVehiclesSlice(deps)(set, get),
    ...createSyncSlice(deps)(set, get),
  }));
  deps.client.onAuthProblem((code) => store.getState().handleAuthProblem(code));
  return store;
};
export type AppStore = ReturnType<typeof createAppStore>;
