/**
 * "Test connection": does what a sync does, once, with a throw-away file, and says which step
 * failed. Listing first tells a wrong address or a web page apart before anything is written.
 */
import { describeRemoteErrorKind, isRemoteError, type RemoteErrorKind, type RemoteStore } from './remote-store';

export type ConnectionStep = 'list' | 'write' | 'read' | 'compare' | 'delete';

export type ConnectionFailureKind = RemoteErrorKind | 'content-changed';

export type ConnectionResult = { ok: true } | { ok: false; step: ConnectionStep; kind: ConnectionFailureKind; message: string };

const STEP_TEXT: Record<ConnectionStep, string> = {
  list: 'Could not open the folder.',
  write: 'Could open the folder but not save a test file in it.',
  read: 'Saved a test file but could not read it back.',
  compare: 'Saved a test file, but it came back different.',
  delete: 'Everything works except removing the test file, so sync would leave files behind.',
};

/** The sentence to show for a failed step and kind. */
export const describeConnectionFailure = (step: ConnectionStep, kind: ConnectionFailureKind): string =>
  `${STEP_TEXT[step]} ${kind === 'content-changed' ? 'Something between this device and the server changes files; sync cannot work through it.' : describeRemoteErrorKind(kind)}`;

function randomName(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `connection-test-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}.txt`;
}

export async function testConnection(store: RemoteStore, folder: string): Promise<ConnectionResult> {
  const path = folder.replace(/\/+$/, '') === '' ? randomName() : `${folder.replace(/\/+$/, '')}/${randomName()}`;
  const content = new TextEncoder().encode(`Written by the Healthcare AI Roadmap Tracker to test the connection. Safe to delete. ${path}`);
  let step: ConnectionStep = 'list';
  const fail = (kind: ConnectionFailureKind): ConnectionResult => ({
    ok: false,
    step,
    kind,
    message: describeConnectionFailure(step, kind),
  });
  try {
    await store.list(folder);
    step = 'write';
    await store.put(path, content);
    step = 'read';
    const { bytes } = await store.get(path);
    step = 'compare';
    const isSame = bytes.length === content.length && bytes.every((byte, index) => byte === content[index]);
    step = 'delete';
    await store.delete(path);
    if (!isSame) {
      step = 'compare';
      return fail('content-changed');
    }
    return { ok: true };
  } catch (error) {
    if (step === 'read' || step === 'compare') await store.delete(path).catch(() => undefined);
    return fail(isRemoteError(error) ? error.kind : 'unexpected');
  }
}
