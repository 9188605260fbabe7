/**
 * Loaded (node --import) into a replica started by replica.ts: when the test process that started
 * it goes away, however it went, the pipe on stdin closes and the replica goes too.
 */
process.stdin.on('data', () => {});
process.stdin.once('close', () => process.kill(process.pid, 'SIGKILL'));
