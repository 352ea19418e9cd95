import type { Roadmap } from '../../content/types';
import { BackupSection } from './backup-section';
import { ImportSection } from './import-section';
import { SnapshotsSection } from './snapshots-section';
import { AttentionSection } from './attention-section';
import './data.css';

/** Route /data: back up, restore from a file, restore points. */
export function DataView({ roadmap }: { roadmap: Roadmap }) {
  return (
    <div className="data-view">
      <h1>Your data</h1>
      <p className="lead">Everything you track stays on this device. Back it up, bring it back, or undo a change here.</p>
      <AttentionSection />
      <BackupSection roadmap={roadmap} />
      <section className="card" aria-labelledby="data-sync-title">
        <h2 id="data-sync-title">Sync between your devices</h2>
        <p>
          Keep your phone and laptop in step, end-to-end encrypted, through storage you own. <a href="/sync">Set up or manage sync</a>
        </p>
      </section>
      <ImportSection />
      <SnapshotsSection />
    </div>
  );
}
