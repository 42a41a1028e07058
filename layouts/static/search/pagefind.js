// Protishruti's drop-in for Pagefind's search module, tuned for Bangla.
// Pagefind UI loads `${bundlePath}pagefind.js`; the search page points
// bundlePath here, so the UI (with Pagefind's own Bangla strings) runs this:
//   * exactDiacritics: vowel signs, hasanta and nukta count (কুল ≠ কাল);
//   * the query is normalised like the index (NFC, ৎ, no ZWJ/ZWNJ);
//   * digits are searched in both scripts; common suffixes are stripped in
//     extra searches whose results rank below the exact ones;
//   * filters (office, type, fiscal year, quarter) and the date sort come
//     from each shard's facets.json, written by the build, because
//     Pagefind's own filter index is not byte-for-byte reproducible.
//
// Record text is untrusted (an office may be named `<img onerror=…>`), and
// Pagefind UI writes filter names, filter values and excerpts into the page
// as HTML.  So, like Pagefind's own API, this module hands out filter names
// and values as HTML (escaped text: filters() and search().filters keys, and
// the values search() accepts in opts.filters), and builds every excerpt
// from the page text escaped in full (Pagefind escapes < and > but not &, so
// a record's literal "&amp;" would show as "&").  Titles and meta are plain
// text: Pagefind UI shows those as text.
import * as pf from "/pagefind/pagefind.js";
import { normalise, toAsciiDigits, variants } from "./normalise.js";

export function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// Each shard's index has its facts beside it, in <bundle>facets.json:
// {facets: [name…], values: [[name's number, value]…], pages: {fragment:
// [date, value's number…]}}.  They hold plain text; from here on names and
// values are HTML.  They load with the first search but never hold up its
// results: only a search with filters or a sort waits for them.
const facetData = { facets: [], pages: {} };
let facetsLoaded = false;
function addFacets(doc) {
  const names = (doc.facets ?? []).map(escapeHtml);
  for (const n of names) if (!facetData.facets.includes(n)) facetData.facets.push(n);
  const values = (doc.values ?? []).map(([n, v]) => [names[n], escapeHtml(v)]);
  for (const [id, row] of Object.entries(doc.pages ?? {})) {
    const facets = {};
    for (const k of row.slice(1)) {
      const [name, value] = values[k] ?? [];
      if (name !== undefined) (facets[name] ??= []).push(value);
    }
    facetData.pages[id] = { facets, date: row[0] ?? null };
  }
}

let facetsPromise = null;
function facets() {
  facetsPromise ??= bundles()
    .then((list) => Promise.all(list.map((b) => fetch(new URL(`${b}facets.json`, import.meta.url)).then((r) => r.json()))))
    .then((docs) => {
      docs.forEach(addFacets);
      facetsLoaded = true;
      return facetData;
    });
  return facetsPromise;
}

let excerptLength = 30; // Pagefind's default; Pagefind UI sets its own through options()
export const options = (opts = {}) => {
  if (typeof opts.excerptLength === "number") excerptLength = opts.excerptLength;
  return pf.options({ ...opts, exactDiacritics: true });
};

// A national site's index is in shards (one per group of ministries): the
// main bundle is /pagefind/, the others are listed in shards.json and merged
// here, each with the same options, before the first search.
let bundlesPromise = null;
function bundles() {
  bundlesPromise ??= fetch(new URL("./shards.json", import.meta.url))
    .then((r) => (r.ok ? r.json() : { bundles: [] }))
    .then((doc) => ["/pagefind/", ...(doc.bundles ?? []).filter((b) => typeof b === "string" && b.startsWith("/pagefind/shards/"))]);
  return bundlesPromise;
}
let shardsPromise = null;
function shards() {
  shardsPromise ??= bundles().then(async (list) => {
    for (const bundle of list.slice(1)) await pf.mergeIndex(bundle, { exactDiacritics: true });
  });
  return shardsPromise;
}
export const init = async (...args) => {
  await pf.init(...args);
  await shards();
};
export const destroy = (...args) => pf.destroy(...args);
export const mergeIndex = (...args) => pf.mergeIndex(...args);
export const preload = (term, opts) => pf.preload(normalise(term ?? ""), opts);

function count(entries, names) {
  const out = Object.fromEntries(names.map((n) => [n, {}]));
  for (const e of entries) {
    for (const [name, values] of Object.entries(e?.facets ?? {})) {
      out[name] ??= {};
      for (const v of values) out[name][v] = (out[name][v] ?? 0) + 1;
    }
  }
  return out;
}

export async function filters() {
  await shards();
  const f = await facets();
  return count(Object.values(f.pages), f.facets);
}

// {office: ["a", "b"], type: "x"}: any value within a filter, every filter.
function matches(entry, selected) {
  for (const [name, want] of Object.entries(selected ?? {})) {
    const values = Array.isArray(want) ? want : want && typeof want === "object" ? Object.values(want).flat() : [want];
    if (!values.length) continue;
    const have = entry?.facets?.[name] ?? [];
    if (!values.some((v) => have.includes(v))) return false;
  }
  return true;
}

function wanted(selected) {
  return Object.values(selected ?? {}).some((v) => (Array.isArray(v) ? v.length : v && typeof v === "object" ? Object.values(v).flat().length : v));
}

export async function search(term, opts = {}) {
  await shards();
  const loading = facets();
  loading.catch(() => {}); // a search that does not wait reports nothing; one that waits fails as before
  const sort = opts.sort && Object.entries(opts.sort)[0];
  const f = term === null || term === undefined || wanted(opts.filters) || sort || facetsLoaded ? await loading : facetData;
  const start = Date.now();
  let vs = [];
  let merged = [];
  if (term === null || term === undefined) {
    // filters only: every indexed page, then our filters below
    merged = (await pf.search(null, {})).results;
  } else {
    vs = variants(String(term));
    if (!vs.length) return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: {} };
    // Best first: pages with the word itself (Pagefind's exact-word search,
    // which never falls back to a shorter word: a shard of a national index
    // that lacks the word would otherwise answer with a shorter one), then
    // Pagefind's other matches (longer words starting with the query), then
    // the stems.  Within a tier, Pagefind's own order.
    const single = (q) => !/["\s]/.test(q.trim());
    const runs = await Promise.all(vs.map((v) => pf.search(v.query)));
    const whole = await Promise.all(vs.map((v) => (v.kind === "exact" && single(v.query) ? pf.search(`"${v.query.trim()}"`) : null)));
    const tiers = { whole: [], exact: [], stem: [] };
    vs.forEach((v, i) => {
      const exactWord = whole[i] ? new Set(whole[i].results.map((r) => r.id)) : null;
      for (const r of runs[i]?.results ?? []) {
        const tier = v.kind === "stem" ? "stem" : exactWord === null || exactWord.has(r.id) ? "whole" : "exact";
        tiers[tier].push(r);
      }
    });
    const seen = new Set();
    for (const r of [...tiers.whole, ...tiers.exact, ...tiers.stem]) {
      if (!seen.has(r.id)) {
        seen.add(r.id);
        merged.push(r);
      }
    }
  }
  if (term && /[0-9০-৯]/.test(term)) merged = await verifyNumbers(merged, term);
  merged = merged.map(withSafeExcerpts);
  const selected = opts.filters ?? {};
  const results = merged.filter((r) => matches(f.pages[r.id], selected));
  if (sort) {
    const [, dir] = sort;
    const key = (r) => f.pages[r.id]?.date ?? "";
    results.sort((a, b) => (dir === "desc" ? key(b).localeCompare(key(a)) : key(a).localeCompare(key(b))));
  }
  return {
    results,
    unfilteredResultCount: merged.length,
    // before the facets arrive: no counts (Pagefind UI then keeps the ones filters() gave)
    filters: facetsLoaded ? count(results.map((r) => f.pages[r.id]), f.facets) : {},
    totalFilters: facetsLoaded ? count(merged.map((r) => f.pages[r.id]), f.facets) : {},
    timings: { search: Date.now() - start, total: Date.now() - start },
    variants: vs,
  };
}

// Pagefind answers a number it does not have with pages holding a shorter
// one (৩৩৩ finds every "৩").  For queries with digits, keep only pages where
// each number occurs (as the start of a word, in either script).
const SPLIT = /[\s\p{P}\p{S}]+/u;
async function verifyNumbers(results, term) {
  const numbers = toAsciiDigits(normalise(term)).split(SPLIT).filter((t) => /[0-9]/.test(t));
  if (!numbers.length) return results;
  const head = results.slice(0, 100);
  const data = await Promise.all(head.map((r) => r.data()));
  return head.filter((r, i) => {
    const words = toAsciiDigits(data[i].content).split(SPLIT);
    return numbers.every((n) => words.some((w) => w.startsWith(n)));
  });
}

// Pagefind's excerpts, rebuilt from the page text escaped in full: the same
// words and <mark>s (its region choice, copied from Pagefind 1.5's
// excerpt.ts and sub_results.ts; a test compares the two on the demo), but
// every &, < and > of the text is an entity, so nothing in it is markup.
function withSafeExcerpts(result) {
  return { ...result, data: async () => safeExcerpts(await result.data()) };
}

function region(locations, length) {
  if (!locations.length) return 0;
  const words = [];
  for (const w of locations) words[w.location] = (words[w.location] || 0) + w.balanced_score;
  if (words.length <= length) return 0;
  let densest = words.slice(0, length).reduce((sum, a) => sum + (a ?? 0), 0);
  let sum = densest;
  let at = [0];
  for (let i = 0; i < words.length; i++) {
    sum += (words[i + length] ?? 0) - (words[i] ?? 0);
    if (sum > densest) {
      densest = sum;
      at = [i];
    } else if (sum === densest && at[at.length - 1] === i - 1) at.push(i);
  }
  return at[Math.floor(at.length / 2)];
}

function excerpt(words, start, length, marked, notBefore = 0, notFrom = words.length) {
  if (notFrom - notBefore < length) length = notFrom - notBefore;
  if (start + length > notFrom) start = notFrom - length;
  if (start < notBefore) start = notBefore;
  const out = [];
  for (let i = start; i < start + length; i++) {
    if (i >= words.length) break;
    out.push(marked.has(i) ? `<mark>${escapeHtml(words[i])}</mark>` : escapeHtml(words[i]));
  }
  return out.join(" ").trim();
}

export function safeExcerpts(data) {
  // Pagefind splits at zero-width spaces for languages it segments (not
  // Bangla) and strips them from `content` before we see it: keep its own
  // excerpt there (it escapes < and >, so it is inert, only & shows decoded).
  if (!data || typeof data.content !== "string" || data.raw_content?.includes("\u200B")) return data;
  const words = data.content.split(/[\r\n\s]+/g);
  const start = region(data.weighted_locations ?? [], excerptLength);
  const out = { ...data, excerpt: excerpt(words, start, excerptLength, new Set(data.locations ?? [])) };
  if (Array.isArray(data.sub_results)) out.sub_results = safeSubExcerpts(data, words, data.sub_results);
  return out;
}

function safeSubExcerpts(data, words, subs) {
  // as Pagefind's calculate_sub_results: each result runs from its heading
  // to the next heading (or the end); the first from the top of the page
  const anchors = (data.anchors ?? [])
    .filter((a) => /h\d/i.test(a.element) && a.text?.length && /\S/.test(a.text))
    .sort((a, b) => a.location - b.location);
  const spans = [];
  let current = { from: 0, locations: [] };
  const queue = [...anchors];
  for (const word of data.weighted_locations ?? []) {
    if (!queue.length || word.location < queue[0].location) current.locations.push(word);
    else {
      let next = queue.shift();
      if (current.locations.length) spans.push({ ...current, to: next.location });
      while (queue.length && word.location >= queue[0].location) next = queue.shift();
      current = { from: next.location, locations: [word] };
    }
  }
  if (current.locations.length) spans.push({ ...current, to: queue[0]?.location });
  if (spans.length !== subs.length) return subs.map((s) => ({ ...s, excerpt: "" })); // cannot pair them up: show none
  return subs.map((sub, i) => {
    const { from, to, locations } = spans[i];
    const relative = locations.map((l) => ({ ...l, location: l.location - from }));
    const start = region(relative, excerptLength) + from;
    const length = to ? Math.min(to - start, excerptLength) : excerptLength;
    return { ...sub, excerpt: excerpt(words, start, length, new Set(locations.map((l) => l.location)), from, to ?? words.length) };
  });
}

let timer = null;
export function debouncedSearch(term, opts, ms = 300) {
  clearTimeout(timer);
  return new Promise((resolve) => {
    timer = setTimeout(() => resolve(search(term, opts)), ms);
  });
}
