// @ts-check
// Sitrep's service worker: the site keeps working offline once visited, and never shows a stale page online.
// The build (../service-worker.ts) prepends `self.__SITREP_SW__ = {…}`: the build's version (a hash of every
// file in dist/), the base path, the shell to precache on install, the search index files to save once the
// reader first searches (automatically when small enough, else when the reader asks), and the offline page.
//  - Pages and unhashed files (pagefind.js, pagefind-entry.json): network first, cache as fallback. Online, a
//    reader always gets the deployed page; offline, the last saved copy.
//  - Content-hashed files (/_astro/*, Pagefind's index, filter and fragment chunks): cache first; a new build
//    gives changed files new names, so a cached copy is never stale.
//  - One cache per build version; activating a new version copies over unchanged hashed files, refetches the
//    pages the reader had saved, and deletes the old caches.

/** @typedef {{ version: string, base: string, shell: string[], search: string[], searchBytes: number, autoSaveSearch: boolean, offline: string }} Config */
/** @typedef {Event & { waitUntil(p: Promise<unknown>): void }} ExtendableEventLike */
/** @typedef {ExtendableEventLike & { request: Request, respondWith(r: Promise<Response>): void }} FetchEventLike */
/** @typedef {ExtendableEventLike & { data: unknown, source: { postMessage(m: unknown): void } | null }} MessageEventLike */
/** @typedef {{ url: string, postMessage(m: unknown): void }} ClientLike */
/**
 * @typedef {{
 *   __SITREP_SW__: Config,
 *   location: Location,
 *   navigator: Navigator & { connection?: { saveData?: boolean } },
 *   skipWaiting(): Promise<void>,
 *   clients: { claim(): Promise<void>, matchAll(o?: object): Promise<ClientLike[]> },
 *   addEventListener(type: string, listener: (event: any) => void): void,
 * }} Scope
 */

const sw = /** @type {Scope} */ (/** @type {unknown} */ (self));
const { version, base, shell, search, searchBytes, autoSaveSearch, offline } = sw.__SITREP_SW__;
// Caches are named for the site's base as well as its version: two Sitrep sites on one origin (different
// BASE) share the origin's caches, and each must delete only its own old versions. The root site keeps the
// plain "sitrep-<version>"; a version is hex, so "sitrep-/other/<version>" is never taken for the root's.
const PREFIX = base === '/' ? 'sitrep-' : `sitrep-${base}`;
const CACHE = `${PREFIX}${version}`;
/** @param {string} key */
const ours = (key) => key.startsWith(PREFIX) && /^[0-9a-f]+$/.test(key.slice(PREFIX.length));
/** Marks a cache whose search index is complete. */
const SEARCH_READY = `${base}__sitrep/search-ready`;
const IMMUTABLE = new RegExp(`^${escape(base)}(_astro/|pagefind/(index|fragment|filter)/)|\\.pf_meta$`);
const PARALLEL = 6;

sw.addEventListener('install', (/** @type {ExtendableEventLike} */ event) => {
  event.waitUntil(fill(shell, true).then(() => sw.skipWaiting()));
});

sw.addEventListener('activate', (/** @type {ExtendableEventLike} */ event) => {
  event.waitUntil(activate());
});

sw.addEventListener('message', (/** @type {MessageEventLike} */ event) => {
  const data = /** @type {{ type?: string, asked?: boolean }} */ (event.data ?? {});
  if (data.type !== 'sitrep:save-search') return;
  const reply = (/** @type {boolean} */ ready) => event.source?.postMessage({ type: 'sitrep:search-saved', ready, bytes: searchBytes, version });
  event.waitUntil(saveSearch(data.asked === true).then(reply, () => reply(false)));
});

sw.addEventListener('fetch', (/** @type {FetchEventLike} */ event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin || !url.pathname.startsWith(base) || url.pathname === `${base}sw.js`) return;
  event.respondWith(IMMUTABLE.test(url.pathname) ? cacheFirst(request) : networkFirst(request, url));
});

/** @param {Request} request */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** Query strings never change a static page (?highlight=…), so pages are saved under their path. @param {Request} request @param {URL} url */
async function networkFirst(request, url) {
  const key = url.origin + url.pathname;
  const cache = await caches.open(CACHE);
  try {
    // no-cache: revalidate with the server rather than trust a heuristically fresh HTTP cache entry.
    const response = await fetch(request, { cache: 'no-cache' });
    if (response.ok && response.type === 'basic' && !response.redirected) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    const fallback = request.mode === 'navigate' ? await cache.match(offline) : undefined;
    if (fallback) return fallback;
    throw error;
  }
}

/**
 * Puts every URL in the current cache, copying a hashed file from an older cache when it has one. Strict:
 * the first failure rejects; otherwise failures (a page gone in the new build) are skipped.
 * @param {string[]} urls @param {boolean} strict
 */
async function fill(urls, strict) {
  const cache = await caches.open(CACHE);
  const older = (await caches.keys()).filter((key) => ours(key) && key !== CACHE);
  const queue = [...urls];
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      if (await cache.match(url)) continue;
      try {
        const reused = IMMUTABLE.test(url) ? await fromOlder(older, url) : undefined;
        const response = reused ?? (await fetch(url, { cache: 'no-cache' }));
        if (!response.ok || response.redirected) throw new Error(`${url}: HTTP ${response.status}`);
        await cache.put(url, response);
      } catch (error) {
        if (strict) {
          queue.length = 0;
          throw error;
        }
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}

/** @param {string[]} older @param {string} url */
async function fromOlder(older, url) {
  for (const name of older) {
    const hit = await (await caches.open(name)).match(url);
    if (hit) return hit;
  }
  return undefined;
}

async function activate() {
  const older = (await caches.keys()).filter((key) => ours(key) && key !== CACHE);
  const pages = new Set();
  let hadSearch = false;
  for (const name of older) {
    for (const request of await (await caches.open(name)).keys()) {
      const path = new URL(request.url).pathname;
      if (request.url.endsWith(SEARCH_READY)) hadSearch = true;
      else if (path.endsWith('/') && !shell.includes(path)) pages.add(path);
    }
  }
  await sw.clients.claim();
  // The page the reader first came to was loaded before this worker existed: save it too.
  for (const client of await sw.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    const path = new URL(client.url).pathname;
    if (path.startsWith(base)) pages.add(path);
  }
  // Best effort: the reader keeps offline what they had, in its deployed version. Failures (offline) are fine.
  if (hadSearch) await saveSearch(true).catch(() => false);
  await fill([...pages], false);
  await Promise.all(older.map((name) => caches.delete(name)));
}

/**
 * Saves the whole search index so search works offline. Unasked (on a first search), only when the index is
 * small enough for the build to allow it and the reader has not asked the browser to save data.
 * @param {boolean} asked
 */
async function saveSearch(asked) {
  const cache = await caches.open(CACHE);
  if (await cache.match(SEARCH_READY)) return true;
  if (!asked && (!autoSaveSearch || sw.navigator.connection?.saveData)) return false;
  await fill(search, true);
  await cache.put(SEARCH_READY, new Response(version));
  return true;
}

/** @param {string} text */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
