import { createHashRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import { CaseDetailPage } from '../cases/CaseDetailPage';
import { CasesPage } from '../cases/CasesPage';
import { ImportPage } from '../cases/ImportPage';
import { CounterPage } from '../counter/CounterPage';
import { PrintJobsPage } from '../printing/PrintJobsPage';
import { VehiclesPage } from '../secretariat/VehiclesPage';
import { SettingsPage } from '../settings/SettingsPage';
import { RecordPage } from '../signoff/RecordPage';
import { SignoffPage } from '../signoff/SignoffPage';
import { VisitPage } from '../visits/VisitPage';
import { VisitsPage } from '../visits/VisitsPage';
import { AreaGate } from './AreaGate';
import { AreaPlaceholder } from './AreaPlaceholder';
import { AREAS } from './areas';
import { NotFoundPage } from './ForbiddenPage';
import { HomePage } from './HomePage';
import { ShellLayout } from './ShellLayout';

/** The shell's routes. A hash router, because the app is loaded from file:// in Electron. */
const routes = (): RouteObject[] => [
  {
    path: '/',
    element: <ShellLayout />,
    children: [
      { index: true, element: <HomePage /> },
      {
        path: 'settings/:tab?',
        element: (
          <AreaGate area="settings">
            <SettingsPage />
          </AreaGate>
        ),
      },
      {
        // One route for the board and a visit open over it, so the intake form survives opening a visit.
        path: 'counter/visit?/:visitId?',
        element: (
          <AreaGate area="counter">
            <CounterPage />
          </AreaGate>
        ),
      },
      {
        path: 'signoff/records/:recordId',
        element: (
          <AreaGate area="signoff">
            <RecordPage />
          </AreaGate>
        ),
      },
      {
        path: 'signoff/:tab?',
        element: (
          <AreaGate area="signoff">
            <SignoffPage />
          </AreaGate>
        ),
      },
      ...(
        [
          ['cases', <CasesPage />],
          ['cases/import', <ImportPage />],
          ['cases/print-jobs', <PrintJobsPage />],
          ['cases/:caseId', <CaseDetailPage />],
        ] as const
      ).map(([path, page]): RouteObject => ({ path, element: <AreaGate area="cases">{page}</AreaGate> })),
      ...(
        [
          ['visits/visit/:visitId/:section?', <VisitPage />],
          ['visits/:tab?', <VisitsPage />],
        ] as const
      ).map(([path, page]): RouteObject => ({ path, element: <AreaGate area="visits">{page}</AreaGate> })),
      {
        path: 'vehicles/:tab?',
        element: (
          <AreaGate area="vehicles">
            <VehiclesPage />
          </AreaGate>
        ),
      },
      ...AREAS.filter((a) => !a.built).map(
        (a): RouteObject => ({
          path: a.path.slice(1),
          element: (
            <AreaGate area={a.key}>
              <AreaPlaceholder area={a.key} />
            </AreaGate>
          ),
        }),
      ),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

let router: ReturnType<typeof createHashRouter> | undefined;

/** Created on first use, so importing this module has no side effects (and no import cycles bite). */
export const appRouter = () => (router ??= createHashRouter(routes()));
