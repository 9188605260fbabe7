/**
 * TEMPORARY (issue 11): a repository whose implementation has not landed yet, so that a Store can
 * be built and type-checked meanwhile. Every call throws. Removed once each dialect has its
 * conversations and prompts repositories.
 */
export function unimplemented<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: (_, method) => () => {
      throw new Error(`${name}.${String(method)} is not implemented yet`);
    },
  });
}
