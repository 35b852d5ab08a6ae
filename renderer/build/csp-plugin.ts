// Adds the Content-Security-Policy to built pages. Not in dev: Vite's dev server injects an
// inline script for hot reload, which this policy (rightly) forbids.
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp.ts';

export function cspPlugin(): Plugin {
  return {
    name: 'drafter-csp',
    apply: 'build',
    transformIndexHtml(html) {
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`;
      return html.replace('<head>', `<head>\n    ${meta}`);
    },
  };
}
