// Dexie captures `indexedDB` when it loads, so the fake must be installed first.
import 'fake-indexeddb/auto';
