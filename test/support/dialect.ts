/** Which database the tests run on, read from the environment (shared by the globalSetup and the workers). */
export type TestDialect = 'sqlite' | 'postgres';

/** What the globalSetup provides to every test file. */
export interface TestDatabase {
  dialect: TestDialect;
  /** The loopback port that hands out new PostgreSQL databases (see global-setup.ts). */
  port: number;
  /** A directory removed after the run, for SQLite files. */
  runDir: string;
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** PostgreSQL when DATABASE_URL is a postgres:// URL or TEST_DATABASE=postgres, SQLite otherwise. */
export function dialectUnderTest(env: NodeJS.ProcessEnv): TestDialect {
  if (isPostgresUrl(env.DATABASE_URL)) return 'postgres';
  const wanted = env.TEST_DATABASE ?? 'sqlite';
  if (wanted === 'sqlite' || wanted === 'postgres') return wanted;
  throw new Error(`TEST_DATABASE must be sqlite or postgres, not ${JSON.stringify(wanted)}`);
}
