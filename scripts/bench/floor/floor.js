// The bench's floor (scripts/bench/run-bench.mjs): the least a web page can do for a tick. A
// native checkbox flips; the change handler marks it busy, writes one record in one IndexedDB
// read-write transaction (default durability, as Dexie uses) and clears aria-busy on commit:
// the same signals the bench reads from the app. No framework, no re-read, no re-render.
const opened = new Promise((resolve, reject) => {
  const request = indexedDB.open('bench-floor', 1);
  request.addEventListener('upgradeneeded', () => request.result.createObjectStore('progress', { keyPath: 'key' }));
  request.addEventListener('success', () => resolve(request.result));
  request.addEventListener('error', () => reject(request.error));
});

const box = document.getElementById('floor-item');
box.addEventListener('change', async () => {
  box.setAttribute('aria-busy', 'true');
  const db = await opened;
  const tx = db.transaction('progress', 'readwrite');
  tx.objectStore('progress').put({ key: 'floor/item', status: box.checked ? 'done' : 'not-started', updatedAt: Date.now() });
  tx.addEventListener('complete', () => box.setAttribute('aria-busy', 'false'));
  tx.addEventListener('error', () => box.setAttribute('aria-busy', 'false'));
});
