/** Small builders shared by the vault and device-file tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { encodeHlc } from '../../src/domain/hlc';
import type { DevicePayload } from '../../src/sync/device-file';
import type { PutOptions, RemoteStore } from '../../src/sync/remote-store';

/** Few PBKDF2 rounds: the product default is deliberately slow. */
export const FAST_KDF = { iterations: 2_000 };

/** Words that must never appear in what the server stores. */
export const SECRET_WORDS = ['p2-survival-analysis', 'Kaplan', 'in-progress', 'Work laptop', 'main/'];

export function makePayload(deviceId: string, round: number, deviceName = `Device ${deviceId}`): DevicePayload {
  return {
    formatVersion: 1,
    deviceId,
    deviceName,
    writtenAt: 1_767_225_600_000 + round,
    clock: encodeHlc({ wall: 1_767_225_600_000 + round, counter: 0, node: deviceId }),
    tables: {
      progress: [{ key: 'main/p2-survival-analysis', status: 'in-progress', round, writer: deviceId }],
      notes: [{ key: 'main/p2-survival-analysis', text: `Kaplan–Meier, round ${round} by ${deviceId}` }],
    },
  };
}

/** Every file under a folder on disk, with its bytes. */
export function readTree(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? readTree(path) : [{ path, bytes: readFileSync(path) }];
  });
}

/**
 * A real store whose PUTs of one path wait for a signal: lets a test stop a device right before it
 * creates vault.json, run another device, then let the first go on. The server is untouched.
 */
export function gatePutsOf(store: RemoteStore, pathEnd: string): { store: RemoteStore; reached: Promise<void>; release: () => void } {
  let markReached = (): void => undefined;
  let release = (): void => undefined;
  const reached = new Promise<void>((done) => (markReached = done));
  const released = new Promise<void>((done) => (release = done));
  return {
    reached,
    release: () => release(),
    store: {
      ...store,
      async put(path: string, bytes: Uint8Array<ArrayBuffer>, options?: PutOptions) {
        if (path.endsWith(pathEnd)) {
          markReached();
          await released;
        }
        return store.put(path, bytes, options);
      },
    },
  };
}
