/**
 * A repository not built yet in a dialect: every call rejects. Issue 12's seam: the vector-store
 * repositories land per dialect after their interfaces, and this file goes with the last of them.
 */
export function unimplemented<T extends object>(name: string): T {
  return new Proxy({} as T, {
    get: (_, method) => () => Promise.reject(new Error(`${name}.${String(method)} is not implemented yet`)),
  });
}
