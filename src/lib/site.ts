/** Site-wide facts used by layouts and pages: one place for the name and the navigation. */
export const SITE_NAME = 'Tumen';
export const SITE_TAGLINE = "North Korea's economic turn to Russia, 2022–2026";

export type NavItem = { href: string; label: string };

/** Top navigation. Only pages that exist are listed. */
export const NAV: NavItem[] = [
  { href: '/', label: 'Story' },
  { href: '/figures/', label: 'Figures' },
  { href: '/data/', label: 'Data' },
  { href: '/sources/', label: 'Sources' },
  { href: '/methodology/', label: 'Methodology' },
  { href: '/teach/', label: 'Teach' },
];

/**
 * The Content-Security-Policy every page carries (meta tag here, HTTP header via public/_headers).
 * No inline script or style is allowed anywhere. MapLibre starts its worker from a blob: URL, or
 * from a data: URL when the page has an opaque origin (an embed in a sandboxed iframe), where a
 * worker from a URL of the site would count as cross-origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob: data:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
