/**
 * WordPress' own embed code, for the host tests: wp-embed.js from Debian's `wordpress` package
 * (taken with `apt-get download` and `dpkg -x`, never installed), and wp_filter_oembed_result
 * (wp-includes/embed.php) applied to our oEmbed html exactly as WordPress applies it to a provider
 * that is not on its allow-list.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

/** Gitignored cache; .ci/run fills it before the tests. */
export const WORDPRESS_CACHE = path.resolve(import.meta.dirname, '..', '..', '..', '.cache', 'wordpress');
const WP_ROOT = path.join(WORDPRESS_CACHE, 'usr', 'share', 'wordpress');
const WP_EMBED_JS = path.join(WP_ROOT, 'wp-includes', 'js', 'wp-embed.js');
const EMBED_PHP = path.join(WP_ROOT, 'wp-includes', 'embed.php');

const HOW_TO =
  "WordPress' wp-embed.js is missing. Fetch it from Debian's package (as root): " +
  `mkdir -p ${WORDPRESS_CACHE} && cd ${WORDPRESS_CACHE} && apt-get update && apt-get download wordpress && dpkg -x wordpress_*.deb .`;

/** Downloads and unpacks the package into the cache when it is not there yet (needs apt). */
function fetchWordPress(): void {
  mkdirSync(WORDPRESS_CACHE, { recursive: true });
  const run = (command: string, args: string[]) =>
    execFileSync(command, args, { cwd: WORDPRESS_CACHE, stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    try {
      run('apt-get', ['download', 'wordpress']);
    } catch {
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['download', 'wordpress']);
    }
    const deb = readdirSync(WORDPRESS_CACHE).find((name) => /^wordpress_.*\.deb$/.test(name));
    if (!deb) throw new Error('apt-get download left no wordpress_*.deb');
    run('dpkg', ['-x', deb, '.']);
    rmSync(path.join(WORDPRESS_CACHE, deb));
  } catch (error) {
    throw new Error(`${HOW_TO}\n(automatic fetch failed: ${(error as Error).message.split('\n')[0]})`, {
      cause: error,
    });
  }
}

export type WordPressCode = { wpEmbedJs: string; embedPhp: string };

export function loadWordPress(): WordPressCode {
  if (!existsSync(WP_EMBED_JS)) fetchWordPress();
  if (!existsSync(WP_EMBED_JS)) throw new Error(HOW_TO);
  return { wpEmbedJs: readFileSync(WP_EMBED_JS, 'utf8'), embedPhp: readFileSync(EMBED_PHP, 'utf8') };
}

type Allowed = Record<string, readonly string[]>;

/** The allow-list in wp_filter_oembed_result. */
export const OEMBED_ALLOWED_HTML: Allowed = {
  a: ['href'],
  blockquote: [],
  iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
};

function escapeAttr(value: string): string {
  return value
    .replace(/&(?!#?\w+;)/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * wp_kses for the markup oEmbed providers send: tags off the list are removed (their text stays),
 * attributes off the list are dropped, the rest are rewritten as name="value".
 */
export function kses(html: string, allowed: Allowed): string {
  return html.replace(
    /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g,
    (_tag, slash: string, rawName: string, rawAttrs: string) => {
      const name = rawName.toLowerCase();
      const keep = allowed[name];
      if (!keep) return '';
      if (slash) return `</${name}>`;
      const attrs: string[] = [];
      for (const match of rawAttrs.matchAll(
        /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g,
      )) {
        const attr = match[1]!.toLowerCase();
        if (keep.includes(attr)) attrs.push(`${attr}="${escapeAttr(match[2] ?? match[3] ?? match[4] ?? '')}"`);
      }
      return `<${name}${attrs.length > 0 ? ` ${attrs.join(' ')}` : ''}>`;
    },
  );
}

/** wp_filter_oembed_result, step by step (the PHP is quoted in the comments). */
export function wpFilterOembedResult(result: string, secret: string): string | false {
  // $html = wp_kses( $result, $allowed_html );
  let html = kses(result, OEMBED_ALLOWED_HTML);
  // preg_match( '|(<blockquote>.*?</blockquote>)?.*(<iframe.*?></iframe>)|ms', $html, $content );
  const content = /(<blockquote>[\s\S]*?<\/blockquote>)?[\s\S]*(<iframe[\s\S]*?><\/iframe>)/.exec(html);
  if (!content?.[2]) return false;
  html = (content[1] ?? '') + content[2];
  // preg_match( '/ src=([\'"])(.*?)\1/', $html, $results );
  const src = / src=(['"])(.*?)\1/.exec(html);
  if (src) {
    // $url = esc_url( "{$results[2]}#?secret=$secret" );
    const url = `${src[2]}#?secret=${secret}`;
    const q = src[1]!;
    html = html.replace(src[0], ` src=${q}${url}${q} data-secret=${q}${secret}${q}`);
    html = html.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  }
  html = kses(html, {
    ...OEMBED_ALLOWED_HTML,
    blockquote: ['data-secret'],
    iframe: [...OEMBED_ALLOWED_HTML.iframe!, 'data-secret'],
  });
  if (content[1]) {
    html = html.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    html = html.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return html.replace(/<iframe/gi, '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}
