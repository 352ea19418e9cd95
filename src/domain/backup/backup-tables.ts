/** The tables a backup holds, in a module of their own so the database schema can name them without the backup code. */
import type { BackupTable } from './backup-format';

/** Table order in the file; also the order the preview lists them. */
export const BACKUP_TABLES: readonly BackupTable[] = [
  'progress',
  'notes',
  'evidence',
  'sessions',
  'plans',
  'settings',
  'userCards',
  'reviews',
  'customItems',
  'itemOverlays',
  'roadmaps',
  'noteVersions',
];
