/**
 * Chromium settings shared by the end-to-end tests and scripts/audit.ts (Lighthouse): Debian's
 * Chromium, offline-safe flags, WebGL through SwiftShader (see shared TOOLCHAIN.md). It lives in
 * scripts/ because scripts never import from tests/; the tests import it from here.
 */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const BASE_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** WebGL 2 through ANGLE on SwiftShader; do not add --disable-gpu here (it kills WebGL). */
export const WEBGL_FLAGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/** For the no-WebGL fallback tests. */
export const NO_WEBGL_FLAGS = ['--disable-webgl', '--disable-3d-apis'];

/** TUMEN_PORT lets several checkouts test side by side on one machine. */
export const PORT = Number(process.env.TUMEN_PORT ?? 4321);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
