import { create } from 'zustand';

export type ToastTone = 'info' | 'success' | 'error';

export interface Toast {
  id: number;
  tone: ToastTone;
  message: string;
}

/** Storage health as the UI should explain it. */
export type StorageHealth =
  { state: 'ok' } | { state: 'unavailable' | 'quota' | 'version-change' | 'blocked' | 'unknown'; message: string };

interface UiState {
  toasts: Toast[];
  storage: StorageHealth;
  /** A new app version is waiting; the user decides when to reload. */
  isUpdateWaiting: boolean;
  isOfflineReady: boolean;
}

let nextToastId = 1;

/** UI and session state only; progress lives in IndexedDB. */
export const useUiStore = create<UiState>(() => ({
  toasts: [],
  storage: { state: 'ok' },
  isUpdateWaiting: false,
  isOfflineReady: false,
}));

export function showToast(message: string, tone: ToastTone = 'info'): void {
  const toast = { id: nextToastId++, tone, message };
  useUiStore.setState((state) => ({ toasts: [...state.toasts.slice(-3), toast] }));
}

export function dismissToast(id: number): void {
  useUiStore.setState((state) => ({ toasts: state.toasts.filter((toast) => toast.id !== id) }));
}

export function setStorageHealth(storage: StorageHealth): void {
  useUiStore.setState({ storage });
}

export function setUpdateWaiting(isUpdateWaiting: boolean): void {
  useUiStore.setState({ isUpdateWaiting });
}

export function setOfflineReady(isOfflineReady: boolean): void {
  useUiStore.setState({ isOfflineReady });
}
