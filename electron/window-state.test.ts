import { describe, expect, it } from 'vitest';
import { isVisibleOn, placeWindow } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };

describe('window placement', () => {
  it('counts a window as visible only when its title bar can be reached', () => {
    expect(isVisibleOn({ x: 100, y: 100, width: 800, height: 600 }, [laptop])).toBe(true);
    // Title bar above the screen: the window could not be dragged back.
    expect(isVisibleOn({ x: 100, y: -300, width: 800, height: 600 }, [laptop])).toBe(false);
    // Only a sliver at the right edge shows.
    expect(isVisibleOn({ x: 1400, y: 100, width: 800, height: 600 }, [laptop])).toBe(false);
    expect(isVisibleOn({ x: -3000, y: 0, width: 800, height: 600 }, [laptop])).toBe(false);
  });

  it('shrinks a remembered size that no longer fits any display', () => {
    const placed = placeWindow({ x: -3000, y: 0, width: 2560, height: 1400, maximized: false }, [laptop]);
    expect(placed).toEqual({ width: 1440, height: 875, maximized: false });
  });

  it('uses a default size the first time', () => {
    expect(placeWindow(null, [laptop])).toEqual({ width: 1280, height: 860, maximized: false });
  });
});
