import { afterEach } from 'vitest';
import { createTestSecretStore } from '../../../electron/main/sync/secret-store';
import type { TransportFactory } from '../../../electron/main/sync/transport';
import { createTestApp } from '../../../electron/main/testing/app-fixture';
import type { TestApp } from '../../../electron/main/testing/app-fixture';
import { startTestHub } from '../hub/harness';
import type { TestHub } from '../hub/harness';

/**
 * Whole desktop service stacks (each its own SQLite file, its own sync client) and a hub on a
 * loopback port for one test file; everything a test made is closed after it.
 */
export const useDesktops = () => {
  const apps: TestApp[] = [];
  let hub: TestHub | undefined;
  afterEach(async () => {
    apps.splice(0).forEach((a) => a.close());
    await hub?.stop();
    hub = undefined;
  });
  return {
    /** A desktop with automatic runs off: the test decides when each desktop syncs. */
    desktop: (syncTransport?: TransportFactory): TestApp => {
      const app = createTestApp({ secretStore: createTestSecretStore(), syncAuto: false, ...(syncTransport ? { syncTransport } : {}) });
      apps.push(app);
      return app;
    },
    /** A hub that knows no device yet: desktops enroll with its bootstrap code. */
    startHub: async (): Promise<TestHub> => (hub = await startTestHub([])),
    stopHub: async (): Promise<void> => {
      await hub?.stop();
      hub = undefined;
    },
  };
};
