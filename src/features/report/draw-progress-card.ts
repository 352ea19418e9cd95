import {
  CARD_COLOURS,
  CARD_HEIGHT,
  CARD_WIDTH,
  layoutProgressCard,
  type CardFont,
  type MeasureText,
  type ProgressCardInput,
  type ProgressCardLayout,
} from '../../domain/progress-card';

/** The app's own font stack (styles.css), so the card reads like the app. */
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

const fontOf = (font: CardFont): string => `${font.weight} ${font.size}px ${FONT_FAMILY}`;

function measureOn(context: CanvasRenderingContext2D): MeasureText {
  return (text, font) => {
    context.font = fontOf(font);
    return context.measureText(text).width;
  };
}

function drawRing(context: CanvasRenderingContext2D, ring: ProgressCardLayout['ring']): void {
  context.lineWidth = ring.stroke;
  context.strokeStyle = CARD_COLOURS.accentSoft;
  context.beginPath();
  context.arc(ring.cx, ring.cy, ring.radius, 0, Math.PI * 2);
  context.stroke();
  if (ring.fraction <= 0) return;
  context.strokeStyle = CARD_COLOURS.accent;
  context.lineCap = 'round';
  context.beginPath();
  // From twelve o'clock, clockwise, as the app's progress ring.
  context.arc(ring.cx, ring.cy, ring.radius, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * ring.fraction);
  context.stroke();
  context.lineCap = 'butt';
}

/**
 * Draws the progress card on `canvas` (resized to 1200×630) and returns its layout, whose
 * description is the text alternative. Null when the browser gives no 2D context.
 */
export function drawProgressCard(canvas: HTMLCanvasElement, input: ProgressCardInput): ProgressCardLayout | null {
  canvas.width = CARD_WIDTH;
  canvas.height = CARD_HEIGHT;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const layout = layoutProgressCard(input, measureOn(context));

  context.fillStyle = CARD_COLOURS.background;
  context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  context.fillStyle = CARD_COLOURS.accent;
  context.fillRect(0, 0, CARD_WIDTH, 14);
  drawRing(context, layout.ring);

  context.textBaseline = 'alphabetic';
  for (const block of layout.texts) {
    context.font = fontOf(block.font);
    context.fillStyle = CARD_COLOURS[block.colour];
    context.textAlign = block.align;
    block.lines.forEach((line, index) => context.fillText(line, block.x, block.y + index * block.lineHeight));
  }
  return layout;
}

/** The canvas as a PNG file's bytes. */
export function exportPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made in this browser.'))), 'image/png');
  });
}
