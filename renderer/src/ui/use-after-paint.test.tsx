// @vitest-environment jsdom
// Work left until after a screen's first frame: not done in the render that shows the screen, done
// once a frame has been drawn, and not before the screen is ready (a draft still loading).
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeFrames, realFrames } from './fake-frames';
import { useAfterPaint, usePaintedValue } from './use-after-paint';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLElement;
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
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  realFrames();
});

describe('useAfterPaint', () => {
  it('leaves the work out of the first frame and does it after that frame', () => {
    act(() => root.render(<Figures ready />));
    act(() => void vi.runAllTimers());
    expect(host.textContent).toBe('text only');
    drawFrame();
    expect(host.textContent).toBe('figures');
  });

  it('waits for the screen to be ready before counting its frame', () => {
    act(() => root.render(<Figures ready={false} />));
    drawFrame();
    expect(host.textContent).toBe('text only');
    act(() => root.render(<Figures ready />));
    expect(host.textContent).toBe('text only');
    drawFrame();
    expect(host.textContent).toBe('figures');
  });
});

describe('usePaintedValue', () => {
  it('keeps the value shown until a frame has been drawn after its change, then follows it', () => {
    act(() => root.render(<Numbered value={1} />));
    expect(host.textContent).toBe('1 1');
    act(() => root.render(<Numbered value={2} />));
    act(() => void vi.runAllTimers());
    expect(host.textContent).toBe('2 1');
    drawFrame();
    expect(host.textContent).toBe('2 2');
  });

  it('follows only the latest of several changes made before the frame', () => {
    act(() => root.render(<Numbered value={1} />));
    act(() => root.render(<Numbered value={2} />));
    act(() => root.render(<Numbered value={3} />));
    drawFrame();
    expect(host.textContent).toBe('3 3');
  });
});
