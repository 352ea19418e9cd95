/**
 * Several devices in one test process, taking turns on the app's one database.
 *
 * The app has one `db` handle that every repository and command uses, as it should. Rather than
 * thread a handle through all of them for the tests' sake, each simulated device keeps its whole
 * database (data, device id, clock, sync state, restore points) here while another device has the
 * turn, and gets it back, byte for byte, when its turn comes. So every device runs the real
 * commands and the real sync code, unchanged. Devices cannot run at the same instant, but a test
 * can pause one between the steps of a sync (pullChanges / pushOwnFile) while another runs.
 */
import { db } from '../../src/db/database';
import { resetDataEstimate } from '../../src/db/data-budget';

type Dump = Record<string, unknown[]>;

export class SimulatedDevices {
  private readonly saved = new Map<string, Dump>();
  private current: string | null = null;

  /** The device that has the database now. */
  get active(): string | null {
    return this.current;
  }

  /** Puts the current device's database aside and brings `name`'s back (empty the first time). */
  async use(name: string): Promise<void> {
    if (this.current === name) return;
    await db.transaction('rw', db.tables, async () => {
      if (this.current !== null) {
        const dump: Dump = {};
        for (const table of db.tables) dump[table.name] = await table.toArray();
        this.saved.set(this.current, dump);
      }
      await Promise.all(db.tables.map((table) => table.clear()));
      const next = this.saved.get(name);
      if (next) for (const table of db.tables) await table.bulkAdd(next[table.name] ?? []);
    });
    resetDataEstimate();
    this.current = name;
  }

  /** Runs `body` as `name`. */
  async as<T>(name: string, body: () => Promise<T>): Promise<T> {
    await this.use(name);
    return body();
  }

  /** A new device holding an exact copy of `source`'s database, device id included (a copied browser profile). */
  async copy(source: string, name: string): Promise<void> {
    await this.use(source);
    const dump: Dump = {};
    // Every read from IndexedDB is a fresh structured clone: the copy shares nothing with the source.
    await db.transaction('r', db.tables, async () => {
      for (const table of db.tables) dump[table.name] = await table.toArray();
    });
    this.saved.set(name, dump);
  }
}
