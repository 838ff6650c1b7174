import { createTestSecretStore } from '../../../electron/main/sync/secret-store';
import { createTestApp } from '../../../electron/main/testing/app-fixture';
import type { TestApp } from '../../../electron/main/testing/app-fixture';
import { startTestHub } from '../../integration/hub/harness';
import type { TestHub } from '../../integration/hub/harness';
import { test } from '../support/harness';
import type { Harness } from '../support/harness';

/**
 * A branch for the sync specs: a real hub on a loopback port and other desktops in this process,
 * all closed after each test. Every desktop here syncs only when asked (deterministic).
 */
export const useBranch = () => {
  let hub: TestHub | undefined;
  const others: TestApp[] = [];
  test.afterEach(async () => {
    others.splice(0).forEach((o) => o.close());
    await hub?.stop();
    hub = undefined;
  });
  return {
    /** A hub that knows no device yet: desktops enroll with its bootstrap code. */
    startHub: async (): Promise<TestHub> => (hub = await startTestHub([])),
    stopHub: async (): Promise<void> => {
      await hub?.stop();
      hub = undefined;
    },
    /** Another desktop of the branch, in this process. */
    otherDesktop: (): TestApp => {
      const other = createTestApp({ secretStore: createTestSecretStore(), syncAuto: false });
      others.push(other);
      return other;
    },
  };
};

/** The page's desktop with a secret store for the hub token. */
export const syncingDesktop = (harness: Harness) => harness.restart({ secretStore: createTestSecretStore(), syncAuto: false });
