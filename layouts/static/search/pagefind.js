// Protishruti's drop-in for Pagefind's search module, tuned for Bangla.
// Pagefind UI loads `${bundlePath}pagefind.js`; the search page points
// bundlePath here, so the UI (with Pagefind's own Bangla strings) runs this:
//   * exactDiacritics: vowel signs, hasanta and nukta count (কুল ≠ কাল);
//   * the query is normalised like the index (NFC, ৎ, no ZWJ/ZWNJ);
//   * which pages hold which word comes from the lexicon the build writes
//     beside each index (words/), not from Pagefind; from it come the other
//     spellings, stems, glossary words, romanised and one-letter-off readings
//     searched below the words as typed (plan());
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
import { SUFFIXES, fold, join, normalise, oneEdit, splitQuoted, stems, toAsciiDigits, toBanglaDigits } from "./normalise.js";
import { isRoman, romanCandidates } from "./roman.js";
import { looksBijoy, toUnicode } from "./bijoy.js";

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

// ---------------------------------------------------------------- the lexicon
// Each bundle has its words beside its index (index.write_words):
// words/<first letter of the folded form, hex>.json = {folded: [[spelling,
// [page, +step…]]…]}, pages numbered into words/pages.json (fragment ids).
// A query word fetches one such file per bundle.  Pagefind ranks the
// results and makes the excerpts; which pages hold which word is decided
// here, from these lists: Pagefind, even with exactDiacritics, takes সরকারি
// for সরকার, and answers a word no page has with a shorter one (কারা → কার).
const chunks = new Map();
const MAX_SPELLINGS = 8; // other spellings of one query word searched, at most
const MAX_SYNONYMS = 12; // glossary replacements searched, at most
const NEAR_MIN = 5; // letters (code points, folded) a word needs before one letter off counts as a typo
const holders = new Map(); // spelling → Set of fragment ids, from every file fetched so far

const pageLists = new Map();
function pageList(bundle) {
  if (!pageLists.has(bundle)) {
    pageLists.set(bundle, fetch(new URL(`${bundle}words/pages.json`, import.meta.url))
      .then((r) => (r.ok ? r.json() : []))
      .catch(() => []));
  }
  return pageLists.get(bundle);
}

// {folded: [[spelling, count]…]} of one letter, over every bundle; `holders` learns the pages
function chunk(hex) {
  if (!chunks.has(hex)) {
    chunks.set(hex, bundles().then((list) => Promise.all(list.map(async (bundle) => {
      const [doc, pages] = await Promise.all([
        fetch(new URL(`${bundle}words/${hex}.json`, import.meta.url)).then((r) => (r.ok ? r.json() : {})).catch(() => ({})),
        pageList(bundle),
      ]);
      return [doc, pages];
    }))).then((docs) => {
      const merged = new Map();
      for (const [doc, pages] of docs) {
        for (const [key, entries] of Object.entries(doc ?? {})) {
          if (!Array.isArray(entries)) continue;
          const group = merged.get(key) ?? new Map();
          for (const entry of entries) {
            if (!Array.isArray(entry) || typeof entry[0] !== "string" || !Array.isArray(entry[1])) continue;
            const [spelling, steps] = entry;
            const set = holders.get(spelling) ?? new Set();
            let n = 0;
            for (const step of steps) {
              n += step;
              if (pages[n] !== undefined) set.add(pages[n]);
            }
            holders.set(spelling, set);
            group.set(spelling, set.size);
          }
          merged.set(key, group);
        }
      }
      // most pages first
      return new Map([...merged].map(([k, g]) => [k, [...g].sort((a, b) => b[1] - a[1])]));
    }));
  }
  return chunks.get(hex);
}

const hexOf = (folded) => folded.codePointAt(0).toString(16).padStart(4, "0");
const EMPTY = new Set();
const union = (sets) => {
  const out = new Set();
  for (const set of sets) for (const x of set) out.add(x);
  return out;
};

// What the index knows of one query word: the pages holding it, the pages
// holding a word that starts with it (in either script of digits), other
// spellings of it the pages use, and the closest word one letter away.
async function lookUp(word) {
  const folded = fold(word);
  const info = { word, folded, pages: EMPTY, prefix: EMPTY, spellings: [], near: null, groups: new Map() };
  if (!folded) return info;
  const groups = await chunk(hexOf(folded));
  info.groups = groups;
  const forms = [...new Set([word, toAsciiDigits(word), toBanglaDigits(word)])];
  const starting = [];
  const seen = new Map();
  const longer = [];
  let best = 0;
  // one letter off is a typo only in a longer word: কুল is not a misspelt কল
  const nearEnough = [...folded].length >= NEAR_MIN;
  for (const [key, spellings] of groups) {
    for (const [s] of spellings) if (forms.some((f) => s.startsWith(f))) starting.push(holders.get(s));
    if (key === folded) {
      for (const [s, n] of spellings) if (s !== word) seen.set(s, (seen.get(s) ?? 0) + n);
    } else if (key.startsWith(folded)) {
      // longer words, spelt another way (কর্মচারি → কর্মচারীদের), as Pagefind takes longer words
      for (const [s, n] of spellings) if (!forms.some((f) => s.startsWith(f))) longer.push([s, n]);
    } else if (nearEnough && oneEdit(folded, key)) {
      const n = spellings.reduce((a, [, c]) => a + c, 0);
      if (n > best) {
        best = n;
        info.near = spellings[0][0];
      }
    }
  }
  info.pages = union(forms.map((f) => holders.get(f) ?? EMPTY));
  info.prefix = union(starting);
  longer.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // longer words spelt another way only for a word no page has (সড়ক must not find সরকার)
  const others = info.pages.size || info.prefix.size ? [] : longer.map(([s]) => s);
  info.spellings = [...[...seen].sort((a, b) => b[1] - a[1]).map(([s]) => s), ...others].slice(0, MAX_SPELLINGS);
  return info;
}

// The index's spellings of one folded form, most pages first.
async function spellingsOf(folded) {
  if (!folded) return [];
  return ((await chunk(hexOf(folded))).get(folded) ?? []).map(([s]) => s);
}

// The glossary (glossary.json, from protishruti/glossary.py and the site's
// glossary.yaml): groups of words and phrases a searcher may type for the same thing.
let glossaryPromise = null;
function glossary() {
  glossaryPromise ??= fetch(new URL("./glossary.json", import.meta.url))
    .then((r) => (r.ok ? r.json() : { groups: [] }))
    .then((doc) => (Array.isArray(doc.groups) ? doc.groups : []).filter(Array.isArray)
      .map((g) => g.filter((t) => typeof t === "string").map((t) => normalise(t).toLowerCase().split(" "))))
    .catch(() => []);
  return glossaryPromise;
}

// Where a group's term occurs in the query's words (folded, whole words):
// [{from, to, with: [other term's words…]}…]
function synonymsIn(parts, groups) {
  const out = [];
  const folded = parts.map((p) => (p.quoted ? null : fold(p.text)));
  for (const group of groups) {
    for (const term of group) {
      const t = term.map(fold);
      for (let i = 0; i + t.length <= parts.length; i++) {
        if (!t.every((w, k) => folded[i + k] === w)) continue;
        for (const other of group) if (other !== term) out.push({ from: i, to: i + t.length, with: other });
      }
    }
  }
  return out;
}

// The searches to run, best first, each {query, kind, words: [{text, whole,
// longer}]}: ``whole`` the pages holding the word (or its accepted forms),
// ``longer`` those holding a longer word starting with it.  Kinds: "typed"
// (the words as typed), "spelling" (another spelling the pages use),
// "synonym" (the glossary), "romanised" (Latin letters read as Bangla),
// "stem" (a word without its suffix, bare or inflected, when the stem is a
// word of the index) and "near" (one letter away; only when nothing else
// matched).
export async function plan(term) {
  let text = String(term ?? "");
  // pasted from a Bijoy (SutonnyMJ) document: †mev is সেবা
  if (await looksBijoy(text)) text = await toUnicode(text);
  const q = normalise(text).toLowerCase();
  if (!q) return [];
  const parts = splitQuoted(q);
  const infos = new Map();
  const info = async (w) => {
    if (!infos.has(w)) infos.set(w, lookUp(w));
    return infos.get(w);
  };
  await Promise.all(parts.filter((p) => !p.quoted).map((p) => info(p.text)));
  const runs = [];
  // ps: the query's parts, some words replaced; accept: a replaced word's own pages, if not its holders
  const add = async (ps, kind, accept = {}) => {
    const query = join(ps);
    if (!query || runs.some((r) => r.query === query)) return;
    const words = [];
    for (const p of ps) {
      if (p.quoted) continue;
      const i = await info(p.text);
      const whole = accept[p.text] ?? i.pages;
      const longer = kind === "stem" || kind === "near" ? EMPTY : i.prefix;
      if (!whole.size && !longer.size) return; // no page has it: the run would be answered with other words
      words.push({ text: p.text, whole, longer });
    }
    runs.push({ query, kind, words });
  };
  await add(parts, "typed");
  const levels = (options) => Math.max(0, ...options.map((o) => o.length));
  const byLevel = async (options, kind, accept = () => undefined) => {
    for (let level = 0; level < levels(options); level++) {
      const chosen = options.map((o) => (o.length ? o[Math.min(level, o.length - 1)] : null));
      const ps = parts.map((p, i) => (chosen[i] !== null ? { text: chosen[i], quoted: false } : p));
      const acc = {};
      for (const c of chosen) if (c !== null && accept(c)) acc[c] = accept(c);
      await add(ps, kind, acc);
    }
  };
  const plainOptions = (f) => Promise.all(parts.map((p) => (p.quoted ? [] : f(p.text))));
  await byLevel(await plainOptions(async (w) => (await info(w)).spellings), "spelling");
  // the glossary: দফতর → দপ্তর, complaint → অভিযোগ, সিটিজেন চার্টার → সেবা প্রদান প্রতিশ্রুতি
  for (const x of synonymsIn(parts, await glossary()).slice(0, MAX_SYNONYMS)) {
    await add([...parts.slice(0, x.from), ...x.with.map((t) => ({ text: t, quoted: false })), ...parts.slice(x.to)], "synonym");
  }
  // Latin letters no page has: Bangla typed phonetically (seba → সেবা)
  await byLevel(await plainOptions(async (w) => {
    const i = await info(w);
    if (!isRoman(w) || i.pages.size || i.prefix.size) return [];
    const readings = [...new Set(romanCandidates(w).map(fold))];
    const found = [...new Set((await Promise.all(readings.map(spellingsOf))).flat())];
    if (found.length) return found.slice(0, MAX_SPELLINGS);
    for (const r of readings) {
      const near = (await lookUp(r)).near; // none exactly: the closest word one letter away
      if (near) return [near];
    }
    return [];
  }), "romanised");
  // a stem that is a word of the index, or failing that the index's spellings of it
  // (মন্ত্রনালয়ের → মন্ত্রণালয়); it matches bare or with a suffix (কমিটিসমূহ → কমিটি, কমিটির),
  // never as the start of another word (চার্টের → চার্ট must not find চার্টার)
  const forms = new Map();
  await byLevel(await plainOptions(async (w) => {
    if (/^[0-9০-৯]+$/.test(w)) return [];
    const i = await info(w);
    const out = [];
    for (const x of stems(w)) {
      const candidates = holders.get(x)?.size ? [x] : ((i.groups.get(fold(x)) ?? []).map(([s]) => s)).slice(0, 3);
      for (const c of candidates) {
        const pages = union([c, ...SUFFIXES.map((suffix) => c + suffix)].map((f) => holders.get(f) ?? EMPTY));
        if (pages.size && !out.includes(c)) {
          out.push(c);
          forms.set(c, pages);
        }
      }
    }
    return out;
  }), "stem", (c) => forms.get(c));
  if (!runs.length) {
    await byLevel(await plainOptions(async (w) => {
      const i = await info(w);
      return !i.pages.size && !i.prefix.size && i.near ? [i.near] : [];
    }), "near");
  }
  return runs;
}

const TIERS = ["typed", "spelling", "synonym", "romanised", "stem"];

export async function search(term, opts = {}) {
  await shards();
  const loading = facets();
  loading.catch(() => {}); // a search that does not wait reports nothing; one that waits fails as before
  const sort = opts.sort && Object.entries(opts.sort)[0];
  const f = term === null || term === undefined || wanted(opts.filters) || sort || facetsLoaded ? await loading : facetData;
  const start = Date.now();
  let merged = [];
  let runs = [];
  let suggestion = null;
  if (term === null || term === undefined) {
    // filters only: every indexed page, then our filters below
    merged = (await pf.search(null, {})).results;
  } else {
    runs = await plan(term);
    if (!runs.length) {
      announce(term, null);
      return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: {}, variants: [] };
    }
    const found = await Promise.all(runs.map((r) => pf.search(r.query)));
    // Best first: each tier's pages whose words are the words themselves, in
    // Pagefind's order; then the pages where some word is only the start of
    // a longer one; never a page the lexicon does not give for every word.
    const first = new Map(TIERS.map((t) => [t, []]));
    const later = [];
    const near = [];
    runs.forEach((r, i) => {
      for (const x of found[i].results) {
        const whole = r.words.every((w) => w.whole.has(x.id));
        if (r.kind === "near") {
          if (whole) near.push(x);
        } else if (whole) first.get(r.kind).push(x);
        else if (r.words.every((w) => w.whole.has(x.id) || w.longer.has(x.id))) later.push(x);
      }
    });
    const order = [...TIERS.flatMap((t) => first.get(t)), ...later];
    const seen = new Set();
    for (const x of order.length ? order : near) {
      if (!seen.has(x.id)) {
        seen.add(x.id);
        merged.push(x);
      }
    }
    if (!order.length && near.length) suggestion = runs.find((r) => r.kind === "near")?.query ?? null;
    announce(term, suggestion);
  }
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
    variants: runs.map((r) => ({ query: r.query, kind: r.kind })),
    suggestion,
  };
}

// the search page shows "এটি খুঁজছেন কি: …" (Pagefind UI has no place for it)
function announce(term, suggestion) {
  if (typeof globalThis.dispatchEvent === "function" && typeof CustomEvent === "function") {
    globalThis.dispatchEvent(new CustomEvent("protishruti:suggestion", { detail: { term: String(term), suggestion } }));
  }
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

// Pagefind ends each heading's text with ". ": after Bangla, the full stop is the দাঁড়ি
function fullStop(word) {
  return word.replace(/([\u0980-\u09FF])\.$/u, "$1।");
}

function excerpt(words, start, length, marked, notBefore = 0, notFrom = words.length) {
  if (notFrom - notBefore < length) length = notFrom - notBefore;
  if (start + length > notFrom) start = notFrom - length;
  if (start < notBefore) start = notBefore;
  const out = [];
  for (let i = start; i < start + length; i++) {
    if (i >= words.length) break;
    const word = fullStop(words[i]);
    out.push(marked.has(i) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word));
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
