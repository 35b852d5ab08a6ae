// electron-builder's beforePack hook (electron-builder.yml): refuses a Node too old for the
// packaging tools and says, for each platform packed, whether the build is signed and
// notarised and which environment variables would change that. Signing reads only these
// variables (README, "Installers"); nothing is read from files in the repository.

/**
 * The oldest Node the packaging tools run on: electron (its binary download, @electron/get)
 * and electron-builder's @electron/rebuild and node-abi declare `>=22.12.0`.
 */
export const PACKAGING_MIN_NODE = '22.12.0';

/** True when `version` (e.g. process.versions.node) is at least PACKAGING_MIN_NODE. */
export function nodeCanPackage(version) {
  const [major = 0, minor = 0, patch = 0] = String(version)
    .replace(/^v/, '')
    .split('.')
    .map((part) => Number.parseInt(part, 10) || 0);
  const [minMajor, minMinor, minPatch] = PACKAGING_MIN_NODE.split('.').map(Number);
  if (major !== minMajor) return major > minMajor;
  if (minor !== minMinor) return minor > minMinor;
  return patch >= minPatch;
}

const set = (env, ...names) => names.every((name) => typeof env[name] === 'string' && env[name].trim() !== '');

/**
 * What signing the environment provides for one platform (electron-builder's names: darwin,
 * mas, win32, linux). `signed: false` means the installer will be unsigned.
 */
export function signingReport(platform, env) {
  if (platform === 'win32') {
    if (set(env, 'WIN_CSC_LINK') || set(env, 'CSC_LINK')) {
      return { signed: true, lines: ['Windows: signed with the certificate in WIN_CSC_LINK (or CSC_LINK).'] };
    }
    return {
      signed: false,
      lines: [
        'unsigned build for Windows: no signing variables are set.',
        'To sign, set WIN_CSC_LINK (or CSC_LINK) to the code-signing certificate (.pfx/.p12, a path or base64) and WIN_CSC_KEY_PASSWORD (or CSC_KEY_PASSWORD) to its password.',
        'Windows SmartScreen warns before running an unsigned installer.',
      ],
    };
  }
  if (platform === 'darwin' || platform === 'mas') {
    if (!set(env, 'CSC_LINK') && !set(env, 'CSC_NAME')) {
      return {
        signed: false,
        lines: [
          'unsigned build for macOS: no signing variables are set.',
          'To sign, set CSC_LINK (a "Developer ID Application" certificate, .p12) and CSC_KEY_PASSWORD, or CSC_NAME (that identity in the keychain).',
          'To notarise as well, set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID (or APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER).',
          'Gatekeeper refuses to open an unsigned app downloaded from the internet.',
        ],
      };
    }
    const notarised =
      set(env, 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID') ||
      set(env, 'APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER') ||
      set(env, 'APPLE_KEYCHAIN_PROFILE');
    return {
      signed: true,
      lines: notarised
        ? ['macOS: signed (CSC_LINK or CSC_NAME) and notarised (Apple credentials from the environment).']
        : [
            'macOS: signed (CSC_LINK or CSC_NAME) but not notarised: set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID (or APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER).',
            'Gatekeeper warns before opening an app that is signed but not notarised.',
          ],
    };
  }
  return {
    signed: false,
    lines: [
      'unsigned build for Linux: AppImage and deb packages are not signed; publish their SHA-256 checksums with them.',
    ],
  };
}

/**
 * The hook electron-builder calls before packing each platform (with the context only; the
 * second argument is for tests).
 */
export async function beforePack(
  context,
  runtime = { node: process.versions.node, env: process.env, log: console.log },
) {
  if (!nodeCanPackage(runtime.node)) {
    throw new Error(
      `Packaging needs Node ${PACKAGING_MIN_NODE} or later (this is Node ${runtime.node}): the Electron download and electron-builder's tools require it.`,
    );
  }
  const platform = context.electronPlatformName;
  const report = signingReport(platform, runtime.env);
  // Without the variables, electron-builder would still look for an identity in the login
  // keychain; turning that off keeps "unsigned build" true and the variables the only source.
  if (!report.signed && (platform === 'darwin' || platform === 'mas'))
    runtime.env.CSC_IDENTITY_AUTO_DISCOVERY = 'false';
  for (const line of report.lines) runtime.log(`  • ${line}`);
}

export default beforePack;
