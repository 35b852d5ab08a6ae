// Remembers the main window's size and position in userData/window-state.json, and puts the
// window back only where a display can show it (a monitor may have been unplugged since).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomicSync } from './files';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const coordinate = z.number().int().min(-100_000).max(100_000);
const stateSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean(),
});
export type WindowState = z.output<typeof stateSchema>;

export type Placement = { width: number; height: number; maximized: boolean } & Partial<Pick<Rect, 'x' | 'y'>>;

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;

/** The saved state, or null when there is none or it is unreadable (then defaults apply). */
export function loadWindowState(file: string): WindowState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): void {
  writeFileAtomicSync(file, new TextEncoder().encode(`${JSON.stringify(state)}\n`));
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Visible means: the window's top edge is on a display and enough of it shows there to grab it. */
export function isVisibleOn(window: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const shared = overlap(window, area);
    const topEdgeOnArea = window.y >= area.y && window.y < area.y + area.height;
    return topEdgeOnArea && shared.width >= 100 && shared.height >= 50;
  });
}

/** Where to open the window: the saved bounds if visible, else the saved size centred by the OS. */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[]): Placement {
  if (!saved) return { ...DEFAULT_WINDOW_SIZE, maximized: false };
  if (isVisibleOn(saved, workAreas)) return saved;
  const largest = workAreas.reduce<Rect | null>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    null,
  );
  return {
    width: largest ? Math.min(saved.width, largest.width) : saved.width,
    height: largest ? Math.min(saved.height, largest.height) : saved.height,
    maximized: saved.maximized,
  };
}
