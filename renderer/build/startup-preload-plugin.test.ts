import { describe, expect, it } from 'vitest';
import { withStartupPreloads } from './startup-preload-plugin';
import { fakeBundle } from './testing/fake-bundle';

/** index.html as Vite writes it: the entry, its static imports and its styles. */
const BUILT = `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <title>Norms Drafter</title>
    <script type="module" crossorigin src="./assets/index.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/storage.js">
    <link rel="modulepreload" crossorigin href="./assets/runtime.js">
    <link rel="stylesheet" crossorigin href="./assets/index.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const linked = (html: string, rel: string) =>
  [...html.matchAll(new RegExp(`<link rel="${rel}" crossorigin href="([^"]+)">`, 'g'))].map((match) => match[1]);

describe('index.html with every start-up chunk', () => {
  const html = withStartupPreloads(BUILT, fakeBundle(), './');

  it('preloads the UI texts, React and the screens the entry loads in later steps, and what they import, each once', () => {
    expect(linked(html, 'modulepreload')).toEqual([
      './assets/storage.js',
      './assets/runtime.js',
      './assets/first-screen.js',
      './assets/react-dom.js',
      './assets/react-runtime.js',
      './assets/react.js',
      './assets/startup-texts.js',
    ]);
  });

  it('links their styles before the entry’s own, as when they were one sheet, and not a later screen’s', () => {
    expect(linked(html, 'stylesheet')).toEqual(['./assets/first-screen.css', './assets/index.css']);
  });

  it('changes nothing else', () => {
    const withoutAdded = html
      .split('\n')
      .filter((line) => !/first-screen|react(-dom|-runtime)?\.js|startup-texts/.test(line))
      .join('\n');
    expect(withoutAdded).toBe(BUILT);
  });
});
