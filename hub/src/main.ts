import { configFromEnv } from './config';
import { startHub } from './hub';

/** `npm run hub`: the hub on its embedded SQLite file, configured by HUB_* environment variables. */
const main = async (): Promise<void> => {
  const config = configFromEnv(process.env);
  const hub = await startHub(config);
  hub.app.log.info(
    { engine: hub.backend.kind, ...(config.databaseUrl ? {} : { dataDir: config.dataDir }), url: hub.url },
    'hub ready',
  );
  if (hub.bootstrapCode) {
    // Also on stdout as plain text: whoever installs the hub types this into the first desktop.
    process.stdout.write(`\n  首次註冊碼 (first enrollment code, valid 24 h): ${hub.bootstrapCode}\n\n`);
  }
  const stop = (signal: string) => {
    hub.app.log.info({ signal }, 'shutting down; finishing in-flight requests');
    hub.close().then(
      () => process.exit(0),
      (err: unknown) => {
        hub.app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
};

main().catch((err: unknown) => {
  console.error(JSON.stringify({ level: 'fatal', msg: 'hub failed to start', err: String(err) }));
  process.exit(1);
});
