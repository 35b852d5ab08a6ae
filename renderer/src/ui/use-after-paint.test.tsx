// @vitest-environment jsdom
// Work left until after a screen's first frame: not done in the render that shows the screen, done
// once a frame has been drawn, and not before the screen is ready (a draft still loading).
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFrames, realFrames } from './fake-frames';
import { useAfterPaint, usePaintedValue } from './use-after-paint';
import { testRoot } from './test-root';

const view = testRoot();

let frames: ReturnType<typeof fakeFrames>;

function Figures({ ready }: { ready: boolean }) {
  return <p>{useAfterPaint(ready) ? 'figures' : 'text only'}</p>;
}

function Numbered({ value }: { value: number }) {
  return <p>{`${value} ${usePaintedValue(value)}`}</p>;
}

const drawFrame = () => frames.draw();

beforeEach(() => {
  frames = fakeFrames();
});

afterEach(() => {
  realFrames();
});

describe('useAfterPaint', () => {
  it('leaves the work out of the first frame and does it after that frame', () => {
    act(() => view.root.render(<Figures ready />));
    act(() => void vi.runAllTimers());
    expect(view.host.textContent).toBe('text only');
    drawFrame();
    expect(view.host.textContent).toBe('figures');
  });

  it('waits for the screen to be ready before counting its frame', () => {
    act(() => view.root.render(<Figures ready={false} />));
    drawFrame();
    expect(view.host.textContent).toBe('text only');
    act(() => view.root.render(<Figures ready />));
    expect(view.host.textContent).toBe('text only');
    drawFrame();
    expect(view.host.textContent).toBe('figures');
  });
});

describe('usePaintedValue', () => {
  it('keeps the value shown until a frame has been drawn after its change, then follows it', () => {
    act(() => view.root.render(<Numbered value={1} />));
    expect(view.host.textContent).toBe('1 1');
    act(() => view.root.render(<Numbered value={2} />));
    act(() => void vi.runAllTimers());
    expect(view.host.textContent).toBe('2 1');
    drawFrame();
    expect(view.host.textContent).toBe('2 2');
  });

  it('follows only the latest of several changes made before the frame', () => {
    act(() => view.root.render(<Numbered value={1} />));
    act(() => view.root.render(<Numbered value={2} />));
    act(() => view.root.render(<Numbered value={3} />));
    drawFrame();
    expect(view.host.textContent).toBe('3 3');
  });
});
