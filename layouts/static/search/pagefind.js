// Protishruti's drop-in for Pagefind's search module, tuned for Bangla.
// Pagefind UI loads `${bundlePath}pagefind.js`; the search page points
// bundlePath here, so the UI (with Pagefind's own Bangla strings) runs this:
//   * which pages hold which word, and how much, comes from the lexicon the
//     build writes beside each index (words/, index.write_words); from it come
//     the other spellings, stems, glossary words, romanised and one-letter-off
//     readings searched below the words as typed (plan()), and the ranking;
//   * a page shown is read from Pagefind's own fragment of it, and its
//     excerpt made here the way Pagefind makes one;
//   * Pagefind's index and its wasm are fetched only for a quoted phrase
//     ("সেবা প্রদান"), which needs word positions the lexicon has not got.
//     A word search does not touch them: at 10,000 pages they were 2 MB of a
//     first search for সেবা, the lexicon's files 0.2 MB;
//   * the query is normalised like the index (NFC, ৎ, no ZWJ/ZWNJ), and
//     vowel signs, hasanta and nukta count (কুল ≠ কাল; Pagefind runs with
//     exactDiacritics);
//   * filters (office, type, fiscal year, quarter) and the date sort come
//     from each shard's facets.json, written by the build, because
//     Pagefind's own filter index is not byte-for-byte reproducible.
//
// A page is named "<bundle's number>:<its number in the bundle>", the number
// the lexicon and the facets give it.  Its fragment id (a short hash, unique
// within one index, not across a national site's shards) is looked up in
// the bundle's words/pages.json only when the page is shown: a first search
// fetches no list of pages from a bundle none of whose pages it shows.
//
// Record text is untrusted (an office may be named `<img onerror=…>`), and
// Pagefind UI writes filter names, filter values and excerpts into the page
// as HTML.  So, like Pagefind's own API, this module hands out filter names
// and values as HTML (escaped text: filters() and search().filters keys, and
// the values search() accepts in opts.filters), and builds every excerpt
// from the page text escaped in full (Pagefind escapes < and > but not &, so
// a record's literal "&amp;" would show as "&").  Titles and meta are plain
// text: Pagefind UI shows those as text.
import { SUFFIXES, fold, join, normalise, oneEdit, splitQuoted, stems, toAsciiDigits, toBanglaDigits, words as wordsOf } from "./normalise.js";
import { isRoman, romanCandidates } from "./roman.js";
import { looksBijoy, toUnicode } from "./bijoy.js";

export function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

// A national site's index is in shards (one per group of ministries): the
// main bundle is /pagefind/, the others are listed in shards.json.
// shards.json also says how many pages each bundle's index was given
// (main first): the page count rarity needs.
let bundlesPromise = null;
let indexed = 0;
function bundles() {
  bundlesPromise ??= fetch(new URL("./shards.json", import.meta.url))
    .then((r) => (r.ok ? r.json() : { bundles: [] }))
    .then((doc) => {
      const list = ["/pagefind/", ...(doc.bundles ?? []).filter((b) => typeof b === "string" && b.startsWith("/pagefind/shards/"))];
      const counts = Array.isArray(doc.pages) ? doc.pages.slice(0, list.length) : [];
      indexed = counts.reduce((a, n) => a + (Number.isInteger(n) && n > 0 ? n : 0), 0);
      return list;
    });
  return bundlesPromise;
}

// Each bundle's pages: words/pages.json, its fragment ids in the order the
// lexicon and the facets number them.
const pageLists = new Map();
function pageList(b, bundle) {
  if (!pageLists.has(b)) {
    pageLists.set(b, fetch(new URL(`${bundle}words/pages.json`, import.meta.url))
      .then((r) => (r.ok ? r.json() : []))
      .then((list) => (Array.isArray(list) ? list.filter((x) => typeof x === "string" && /^[\w-]+$/.test(x)) : []))
      .catch(() => []));
  }
  return pageLists.get(b);
}
const pageId = (b, n) => `${b}:${n}`;
// where a page's fragment is: {bundle, fragment}, or null if its bundle does not list it
async function where(id) {
  const [b, n] = id.split(":").map(Number);
  const bundle = (await bundles())[b];
  const fid = bundle === undefined ? undefined : (await pageList(b, bundle))[n];
  return fid === undefined ? null : { bundle, fragment: fid };
}
// fragment id → page, over every bundle (the first bundle's), for Pagefind's phrase results
let byFragmentPromise = null;
function byFragment() {
  byFragmentPromise ??= bundles().then((list) => Promise.all(list.map((bundle, b) => pageList(b, bundle)))).then((lists) => {
    const out = new Map();
    lists.forEach((ids, b) => ids.forEach((fid, n) => { if (!out.has(fid)) out.set(fid, pageId(b, n)); }));
    return out;
  });
  return byFragmentPromise;
}
// every page of every bundle, in order (a search with filters only): those the facets have a row for
async function everyPage() {
  const f = await facets();
  return Object.keys(f.pages);
}
// the pages searched, for rarity: as shards.json counts them, or as the facets do
async function pageCount() {
  await bundles();
  return indexed || (await everyPage()).length;
}

// Each shard's index has its facts beside it, in <bundle>facets.json:
// {facets: [name…], values: [[name's number, value]…], pages: [[date,
// value's number…] or null…]}, a row per page of words/pages.json.  They
// hold plain text; from here on names and values are HTML.  They load with
// the first search but never hold up its results: only a search with
// filters or a sort waits for them.
const facetData = { facets: [], pages: {} };
let facetsLoaded = false;
function addFacets(doc, b) {
  const names = (doc.facets ?? []).map(escapeHtml);
  for (const n of names) if (!facetData.facets.includes(n)) facetData.facets.push(n);
  const values = (doc.values ?? []).map(([n, v]) => [names[n], escapeHtml(v)]);
  (Array.isArray(doc.pages) ? doc.pages : []).forEach((row, i) => {
    if (!Array.isArray(row)) return;
    const facets = {};
    for (const k of row.slice(1)) {
      const [name, value] = values[k] ?? [];
      if (name !== undefined) (facets[name] ??= []).push(value);
    }
    facetData.pages[pageId(b, i)] = { facets, date: typeof row[0] === "string" ? row[0] : null };
  });
}

let facetsPromise = null;
function facets() {
  facetsPromise ??= bundles()
    .then(async (list) => {
      const docs = await Promise.all(list.map((b) => fetch(new URL(`${b}facets.json`, import.meta.url)).then((r) => r.json())));
      docs.forEach((doc, b) => addFacets(doc, b));
      facetsLoaded = true;
      return facetData;
    });
  return facetsPromise;
}

let excerptLength = 30; // Pagefind's default; Pagefind UI sets its own through options()
let pagefindOptions = {};
export const options = async (opts = {}) => {
  if (typeof opts.excerptLength === "number") excerptLength = opts.excerptLength;
  pagefindOptions = { ...pagefindOptions, ...opts };
};

// Pagefind itself, for quoted phrases only: loaded, given the options and
// every shard merged the first time a phrase is searched.
let pagefindPromise = null;
function pagefind() {
  pagefindPromise ??= import("/pagefind/pagefind.js").then(async (pf) => {
    await pf.options({ ...pagefindOptions, exactDiacritics: true });
    await pf.init();
    for (const bundle of (await bundles()).slice(1)) await pf.mergeIndex(bundle, { exactDiacritics: true });
    return pf;
  });
  return pagefindPromise;
}
export const init = async () => {
  await bundles();
};
export const destroy = async () => {
  if (pagefindPromise) (await pagefindPromise).destroy?.();
  pagefindPromise = null;
};
export const mergeIndex = async (...args) => (await pagefind()).mergeIndex(...args);
// while the searcher types: the lexicon's files for the words so far
export const preload = async (term) => {
  for (const w of normalise(String(term ?? "")).toLowerCase().split(" ")) {
    const folded = fold(w);
    if (folded) {
      chunk(hexOf(folded)).catch(() => {});
      pair(pairOf(folded)).catch(() => {});
    }
  }
};

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

function wanted(selected) {
  return Object.values(selected ?? {}).some((v) => (Array.isArray(v) ? v.length : v && typeof v === "object" ? Object.values(v).flat().length : v));
}

// ---------------------------------------------------------------- the lexicon
// Each bundle has its words beside its index (index.write_words):
// words/<first letter of the folded form, hex>.json = {folded: [[spelling,
// pages]…]}, the spellings the pages use and on how many pages; and
// words/<first>-<second letter>.json = {spelling: [[page, +step…],
// weights]}, the pages of the words whose folded form starts with those
// two letters, numbered into words/pages.json, weights one digit (1–9) per
// page: how much the word counts there (how often, in the title or a
// heading, on a short page or a long one).  A query word fetches its
// letter's file and its pair's from each bundle.
const chunks = new Map();
const MAX_SPELLINGS = 8; // other spellings of one query word searched, at most
const MAX_SYNONYMS = 12; // glossary replacements searched, at most
const NEAR_MIN = 5; // letters (code points, folded) a word needs before one letter off counts as a typo
const holders = new Map(); // spelling → Map(page → weight), from every pair's file fetched so far

const fetchJson = (url) => fetch(new URL(url, import.meta.url)).then((r) => (r.ok ? r.json() : {})).catch(() => ({}));

// {folded: [[spelling, pages]…]} of one letter, over every bundle, most pages first
function chunk(hex) {
  if (!chunks.has(hex)) {
    chunks.set(hex, bundles().then((list) => Promise.all(list.map((bundle) => fetchJson(`${bundle}words/${hex}.json`)))).then((docs) => {
      const merged = new Map();
      for (const doc of docs) {
        for (const [key, entries] of Object.entries(doc ?? {})) {
          if (!Array.isArray(entries)) continue;
          const group = merged.get(key) ?? new Map();
          for (const entry of entries) {
            if (Array.isArray(entry) && typeof entry[0] === "string" && typeof entry[1] === "number") group.set(entry[0], (group.get(entry[0]) ?? 0) + entry[1]);
          }
          merged.set(key, group);
        }
      }
      return new Map([...merged].map(([k, g]) => [k, [...g].sort((a, b) => b[1] - a[1])]));
    }));
  }
  return chunks.get(hex);
}

// The pages of the words of one pair of letters, over every bundle, into `holders`
const pairs = new Map();
const pairOf = (folded) => {
  const [a, b] = [...folded];
  return `${hexOf(a)}-${b === undefined ? "0000" : hexOf(b)}`;
};
function pair(name) {
  if (!pairs.has(name)) {
    pairs.set(name, bundles().then(async (list) => {
      const docs = await Promise.all(list.map((bundle) => fetchJson(`${bundle}words/${name}.json`)));
      docs.forEach((doc, b) => {
        for (const [spelling, entry] of Object.entries(doc ?? {})) {
          if (!Array.isArray(entry) || !Array.isArray(entry[0])) continue;
          const [steps, weights] = entry;
          const found = holders.get(spelling) ?? new Map();
          let n = 0;
          steps.forEach((step, k) => {
            n += step;
            if (Number.isInteger(n) && n >= 0) found.set(pageId(b, n), Number(typeof weights === "string" ? weights[k] : 1) || 1);
          });
          holders.set(spelling, found);
        }
      });
    }));
  }
  return pairs.get(name);
}
// the pages of every spelling of `folded` and of every longer word starting with it
async function pagesStarting(folded, groups) {
  const names = new Set([pairOf(folded)]);
  if ([...folded].length < 2) for (const key of groups.keys()) if (key.startsWith(folded)) names.add(pairOf(key));
  await Promise.all([...names].map(pair));
}

const hexOf = (text) => text.codePointAt(0).toString(16).padStart(4, "0");
const EMPTY = new Map();
// pages → weight, the greatest of each page's
const union = (maps) => {
  const out = new Map();
  for (const map of maps) for (const [x, w] of map) if (!(out.get(x) >= w)) out.set(x, w);
  return out;
};
const formsOf = (word) => [...new Set([word, toAsciiDigits(word), toBanglaDigits(word)])];

// What the index knows of one query word: the pages holding it, the pages
// holding a word that starts with it (in either script of digits), other
// spellings of it the pages use, and the closest word one letter away.
async function lookUp(word) {
  const folded = fold(word);
  const info = { word, folded, pages: EMPTY, prefix: EMPTY, spellings: [], near: null, groups: new Map() };
  if (!folded) return info;
  const groups = await chunk(hexOf(folded));
  await pagesStarting(folded, groups);
  info.groups = groups;
  const forms = formsOf(word);
  const starting = [];
  const seen = new Map();
  const longer = [];
  let best = 0;
  // one letter off is a typo only in a longer word: কুল is not a misspelt কল
  const nearEnough = [...folded].length >= NEAR_MIN;
  for (const [key, spellings] of groups) {
    for (const [s] of spellings) if (forms.some((f) => s.startsWith(f))) starting.push(holders.get(s) ?? EMPTY);
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
  const stemMarks = new Map(); // a stem → the words it is marked in (bare or with a suffix)
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
      words.push({ text: p.text, whole, longer, marks: accept[p.text] ? stemMarks.get(p.text) ?? [p.text] : formsOf(p.text), starts: longer.size ? formsOf(p.text) : [] });
    }
    const phrases = ps.filter((p) => p.quoted).map((p) => wordsOf(p.text)).filter((w) => w.length);
    runs.push({ query, kind, words, phrase: phrases.length > 0, phrases });
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
      if (fold(x)) await pagesStarting(fold(x), i.groups);
      const candidates = holders.get(x)?.size ? [x] : ((i.groups.get(fold(x)) ?? []).map(([s]) => s)).slice(0, 3);
      for (const c of candidates) {
        const inflected = [c, ...SUFFIXES.map((suffix) => c + suffix)];
        const pages = union(inflected.map((f) => holders.get(f) ?? EMPTY));
        if (pages.size && !out.includes(c)) {
          out.push(c);
          forms.set(c, pages);
          stemMarks.set(c, inflected);
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

// How rare a word is over the whole site (BM25's idf): a page's score for a
// search is the sum, over the words, of this times the word's weight there.
const rarity = (n, total) => Math.log(1 + (total - n + 0.5) / (n + 0.5));

// One run's pages: those holding every word (or, as "later", a longer word
// starting with it), scored.  A phrase's pages come from Pagefind, which
// knows where words stand; the lexicon still decides every other word.
async function pagesFor(run, total) {
  const sets = run.words.map((w) => ({ w, any: w.longer.size ? union([w.whole, w.longer]) : w.whole }));
  sets.forEach((x) => { x.rare = rarity(x.any.size, total); });
  let candidates;
  if (run.phrase) {
    const pf = await pagefind();
    const [found, named] = await Promise.all([pf.search(run.query), byFragment()]);
    candidates = found.results.map((x) => named.get(x.id)).filter((id) => id !== undefined);
  } else {
    if (!sets.length) return [];
    candidates = [...sets.reduce((a, b) => (b.any.size < a.any.size ? b : a)).any.keys()];
  }
  const out = [];
  for (const id of candidates) {
    let score = 0;
    let whole = true;
    let ok = true;
    for (const { w, rare } of sets) {
      const x = w.whole.get(id);
      if (x !== undefined) score += rare * x;
      else {
        const y = w.longer.get(id);
        if (y === undefined) {
          ok = false;
          break;
        }
        whole = false;
        score += rare * y;
      }
    }
    if (ok) out.push({ id, score, whole, words: run.words, phrases: run.phrases });
  }
  // best first; a phrase's in Pagefind's order
  if (!run.phrase) out.sort((a, b) => b.score - a.score);
  return out;
}

export async function search(term, opts = {}) {
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
    merged = (await everyPage()).map((id) => ({ id, score: 0, whole: true, words: [] }));
  } else {
    runs = await plan(term);
    if (!runs.length) {
      announce(term, null);
      return { results: [], unfilteredResultCount: 0, filters: {}, totalFilters: {}, timings: {}, variants: [] };
    }
    const total = await pageCount();
    const found = await Promise.all(runs.map((r) => pagesFor(r, total)));
    // Best first: each tier's pages whose words are the words themselves;
    // then the pages where some word is only the start of a longer one.
    const first = new Map(TIERS.map((t) => [t, []]));
    const later = [];
    const near = [];
    runs.forEach((r, i) => {
      for (const x of found[i]) {
        if (r.kind === "near") {
          if (x.whole) near.push(x);
        } else if (x.whole) first.get(r.kind).push(x);
        else later.push(x);
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
  const selected = opts.filters ?? {};
  const results = merged.filter((r) => matches(f.pages[r.id], selected)).map(result);
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

// ---------------------------------------------------------------- a result's page
// Pagefind's fragment of the page (gzip: "pagefind_dcd", then JSON), read
// once; its data as Pagefind's result.data() gives it, with the words of the
// search marked: the words themselves (or, for a page found by a longer
// word, the words starting with them).
const fragments = new Map();
function fragment(id) {
  if (!fragments.has(id)) {
    fragments.set(id, where(id)
      .then((at) => {
        if (at === null) throw new Error(`page ${id}: not in its bundle's list of pages`);
        return fetch(new URL(`${at.bundle}fragment/${at.fragment}.pf_fragment`, import.meta.url)).then((r) => [at, r]);
      })
      .then(async ([at, r]) => {
        if (!r.ok) throw new Error(`fragment ${at.fragment}: ${r.status}`);
        let bytes = new Uint8Array(await r.arrayBuffer());
        if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
          bytes = new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());
        }
        const text = new TextDecoder().decode(bytes);
        return JSON.parse(text.startsWith("pagefind_dcd") ? text.slice(12) : text);
      }));
  }
  return fragments.get(id);
}

function result(hit) {
  return { id: hit.id, score: hit.score, words: [], data: async () => pageData(hit) };
}

async function pageData(hit) {
  const frag = { ...(await fragment(hit.id)) };
  const exact = new Set(hit.words.flatMap((w) => w.marks));
  const starts = hit.whole ? [] : hit.words.flatMap((w) => w.starts);
  const content = String(frag.content ?? "");
  const marked = new Set();
  const flat = []; // [word, location] of every word, in order
  content.split(/[\r\n\s]+/g).forEach((token, location) => {
    for (const x of wordsOf(token)) {
      flat.push([x, location]);
      if (exact.has(x) || starts.some((s) => x.startsWith(s))) marked.add(location);
    }
  });
  // a phrase's words where they stand together
  for (const phrase of hit.phrases ?? []) {
    for (let i = 0; i + phrase.length <= flat.length; i++) {
      if (phrase.every((w, k) => flat[i + k][0] === w)) for (let k = 0; k < phrase.length; k++) marked.add(flat[i + k][1]);
    }
  }
  const weighted = [...marked].sort((a, b) => a - b).map((location) => ({ weight: 1, balanced_score: 1, location }));
  const data = {
    ...frag,
    meta: frag.meta ?? {},
    anchors: Array.isArray(frag.anchors) ? frag.anchors : [],
    raw_url: frag.url,
    url: frag.url,
    raw_content: content.replace(/</g, "&lt;").replace(/>/g, "&gt;"),
    content: content.replace(/\u200B/g, ""),
    weighted_locations: weighted,
    locations: weighted.map((l) => l.location),
  };
  data.sub_results = subResults(data);
  return safeExcerpts(data);
}

// The page's sections that hold the words, as Pagefind's sub results
// (title, url#heading, locations), excerpts left to safeExcerpts.
function subResults(data) {
  const url = data.meta?.url || data.url;
  return sections(data).map(({ anchor, locations }) => {
    const sub = { title: anchor ? anchor.text : data.meta.title, url, weighted_locations: locations, locations: locations.map((l) => l.location), excerpt: "" };
    if (!anchor) return sub;
    try {
      const full = new URL(/^\//.test(url) ? `https://example.com${url}` : url);
      full.hash = anchor.id;
      sub.url = /^\//.test(url) ? full.toString().replace(/^https:\/\/example.com/, "") : full.toString();
    } catch {
      // an odd URL: the section links to the page
    }
    return { ...sub, anchor };
  });
}

// Pagefind's excerpts, rebuilt from the page text escaped in full: the same
// words and <mark>s (its region choice, copied from Pagefind 1.5's
// excerpt.ts and sub_results.ts; a test compares the two on the demo), but
// every &, < and > of the text is an entity, so nothing in it is markup.
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

// As Pagefind's calculate_sub_results: the sections of a page that hold
// matched words, each {from, to, locations, anchor}, from its heading to the
// next heading (or the end); the first from the top of the page, no anchor.
function sections(data) {
  const anchors = (data.anchors ?? [])
    .filter((a) => /h\d/i.test(a.element) && a.text?.length && /\S/.test(a.text))
    .sort((a, b) => a.location - b.location);
  const spans = [];
  let current = { from: 0, locations: [], anchor: undefined };
  const queue = [...anchors];
  for (const word of data.weighted_locations ?? []) {
    if (!queue.length || word.location < queue[0].location) current.locations.push(word);
    else {
      let next = queue.shift();
      if (current.locations.length) spans.push({ ...current, to: next.location });
      while (queue.length && word.location >= queue[0].location) next = queue.shift();
      current = { from: next.location, locations: [word], anchor: next };
    }
  }
  if (current.locations.length) spans.push({ ...current, to: queue[0]?.location });
  return spans;
}

function safeSubExcerpts(data, words, subs) {
  const spans = sections(data);
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
