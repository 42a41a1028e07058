// Protishruti's drop-in for Pagefind's search module, tuned for Bangla.
// Pagefind UI loads `${bundlePath}pagefind.js`; the search page points
// bundlePath here, so the UI (with Pagefind's own Bangla strings) runs this:
//   * exactDiacritics: vowel signs, hasanta and nukta count (কুল ≠ কাল);
//   * the query is normalised like the index (NFC, ৎ, no ZWJ/ZWNJ);
//   * digits are searched in both scripts; common suffixes are stripped in
//     extra searches whose results rank below the exact ones;
//   * filters (office, type, fiscal year, quarter) and the date sort come
//     from facets.json, written by the build, because Pagefind's own filter
//     index is not byte-for-byte reproducible.
import * as pf from "/pagefind/pagefind.js";
import { normalise, toAsciiDigits, variants } from "./normalise.js";

let facetsPromise = null;
function facets() {
  facetsPromise ??= fetch(new URL("./facets.json", import.meta.url)).then((r) => r.json());
  return facetsPromise;
}

export const options = (opts = {}) => pf.options({ ...opts, exactDiacritics: true });
export const init = (...args) => pf.init(...args);
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

export async function search(term, opts = {}) {
  const f = await facets();
  const start = Date.now();
  let vs = [];
  let merged = [];
  if (term === null || term === undefined) {
    // filters only: every indexed page, then our filters below
    merged = (await pf.search(null, {})).results;
  } else {
    vs = variants(String(term));
    if (!vs.length) return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: {} };
    const runs = await Promise.all(vs.map((v) => pf.search(v.query)));
    const seen = new Set();
    for (const kind of ["exact", "stem"]) {
      vs.forEach((v, i) => {
        if (v.kind !== kind) return;
        for (const r of runs[i]?.results ?? []) {
          if (!seen.has(r.id)) {
            seen.add(r.id);
            merged.push(r);
          }
        }
      });
    }
  }
  if (term && /[0-9০-৯]/.test(term)) merged = await verifyNumbers(merged, term);
  const selected = opts.filters ?? {};
  const results = merged.filter((r) => matches(f.pages[r.id], selected));
  const sort = opts.sort && Object.entries(opts.sort)[0];
  if (sort) {
    const [, dir] = sort;
    const key = (r) => f.pages[r.id]?.date ?? "";
    results.sort((a, b) => (dir === "desc" ? key(b).localeCompare(key(a)) : key(a).localeCompare(key(b))));
  }
  return {
    results,
    unfilteredResultCount: merged.length,
    filters: count(results.map((r) => f.pages[r.id]), f.facets),
    totalFilters: count(merged.map((r) => f.pages[r.id]), f.facets),
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

let timer = null;
export function debouncedSearch(term, opts, ms = 300) {
  clearTimeout(timer);
  return new Promise((resolve) => {
    timer = setTimeout(() => resolve(search(term, opts)), ms);
  });
}
