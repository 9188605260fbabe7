/** Starts a test server on a local port, the way every fake under scripts/ does. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Listening {
  /** http://host:port */
  origin: string;
  /** Closes the server, its open connections too (a test's end must not wait for keep-alive). */
  close(): Promise<void>;
}

export function listenLocal(server: Server, port: number, host: string): Promise<Listening> {
  return new Promise((resolve) => {
    server.listen(port, host, () =>
      resolve({
        origin: `http://${host}:${(server.address() as AddressInfo).port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      }),
    );
  });
}
