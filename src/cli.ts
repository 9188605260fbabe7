#!/usr/bin/env -S node --max-semi-space-size=4
/** npm start: loads the config, starts the gateway, stops it cleanly on SIGTERM/SIGINT. */
import { ConfigError, loadConfig } from './config.js';
import { createGateway } from './gateway.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env, process.argv.slice(2));
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`config error: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  const gateway = await createGateway(config, log);
  const address = await gateway.listen();
  log.info(
    {
      address: `${address.address}:${address.port}`,
      providers: config.providers.map((p) => `${p.name}=${p.baseURL}`),
    },
    'gateway listening',
  );
  const stop = (signal: string) => {
    log.info({ signal }, 'shutting down');
    void gateway.close().then(() => {
      log.info('stopped');
      log.flush();
      process.exit(0);
    });
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
