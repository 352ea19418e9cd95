import { useEffect, useState, type RefObject } from 'react';
import type { ProgressCardInput } from '../../domain/progress-card';
import { drawProgressCard, exportPng } from './draw-progress-card';

export interface ProgressCardPicture {
  /** The PNG, ready before any tap, so sharing starts within the tap (Safari insists on that). */
  blob: Blob | null;
  /** What the card says, as text. */
  description: string | null;
  error: string | null;
}

const EMPTY: ProgressCardPicture = { blob: null, description: null, error: null };

/**
 * Draws the progress card (on `canvasRef`'s canvas for a visible preview, else off screen) and
 * encodes it as PNG whenever what it says changes.
 */
export function useProgressCard(input: ProgressCardInput | null, canvasRef?: RefObject<HTMLCanvasElement | null>): ProgressCardPicture {
  const [picture, setPicture] = useState<ProgressCardPicture & { key: string }>({ ...EMPTY, key: '' });
  // The input is a fresh object on every render: draw again only when what it says changed.
  const key = input ? JSON.stringify(input) : '';
  useEffect(() => {
    if (!key) return;
    // Read back from the key, so the effect depends on what the card says, not on object identity.
    const card = JSON.parse(key) as ProgressCardInput;
    let isCurrent = true;
    const canvas = canvasRef?.current ?? document.createElement('canvas');
    const layout = drawProgressCard(canvas, card);
    if (!layout) {
      setPicture({ blob: null, description: null, error: 'This browser cannot draw pictures here.', key });
      return;
    }
    exportPng(canvas).then(
      (blob) => isCurrent && setPicture({ blob, description: layout.description, error: null, key }),
      (error: unknown) =>
        isCurrent &&
        setPicture({ blob: null, description: layout.description, error: error instanceof Error ? error.message : String(error), key }),
    );
    return () => {
      isCurrent = false;
    };
  }, [key, canvasRef]);
  return picture.key === key ? picture : EMPTY;
}
