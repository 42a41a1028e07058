// Bangla query normalisation and expansion for Pagefind.
// Must agree with protishruti/searchtext.py (a test runs both on the same strings).
//
// normalise(q): NFC; ত্‍ (ta + hasanta + ZWJ) → ৎ; drop ZWJ/ZWNJ; dashes and
//   slashes become spaces (the index splits words there); collapse spaces.
// variants(q): the queries to run, in rank order, each tagged exact or stem:
//   1. the normal query;
//   2. the same with digits in the other script (২০২৪ ↔ 2024), for mixed text;
//   3. each word stripped of a common Bangla suffix (সেবার → সেবা), so a typed
//      inflection still finds pages with only the base word — ranked below.
// Quoted phrases ("সেবা প্রদান") are kept whole and never stemmed.

const BN = "০১২৩৪৫৬৭৮৯";

export function normalise(text) {
  return text
    .normalize("NFC")
    .replace(/\u09A4\u09CD\u200D/g, "\u09CE")
    .replace(/[\u200C\u200D]/g, "")
    // the index splits words at dashes and slashes (দপ্তর/সংস্থা): so does the query
    .replace(/[\p{Pd}/]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function toBanglaDigits(text) {
  return text.replace(/[0-9]/g, (d) => BN[d]);
}

export function toAsciiDigits(text) {
  return text.replace(/[০-৯]/g, (d) => String(BN.indexOf(d)));
}

// Longest first.  Each is an inflection or plural marker that may follow a noun.
const SUFFIXES = [
  "গুলোর", "গুলির", "সমূহের", "সমূহে", "সমূহ", "গুলো", "গুলি", "দিগকে", "দের", "য়ের", "টির", "টিতে", "েরা",
  "ের", "এর", "কে", "তে", "টি", "টা", "র", "ে", "য়",
].map((s) => s.normalize("NFC"));

// A stem must keep at least this many characters (code points) to be useful.
const MIN_STEM = 3;

// Every way to strip one suffix, longest stem first (কমিটির → কমিটি, কমি).
export function stems(word) {
  const out = [];
  if (/^[0-9০-৯]+$/.test(word)) return out;
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) {
      const base = word.slice(0, -suffix.length);
      if (!/\u09CD$/.test(base) && !out.includes(base)) out.push(base); // never end on a hasanta
    }
  }
  return out.sort((a, b) => b.length - a.length);
}

function splitQuoted(query) {
  // [{text, quoted}] keeping "…" phrases whole
  const parts = [];
  const re = /"([^"]+)"|(\S+)/g;
  let m;
  while ((m = re.exec(query))) {
    if (m[1] !== undefined) parts.push({ text: m[1], quoted: true });
    else parts.push({ text: m[2], quoted: false });
  }
  return parts;
}

function join(parts) {
  return parts.map((p) => (p.quoted ? `"${p.text}"` : p.text)).join(" ");
}

export function variants(query) {
  const q = normalise(query);
  if (!q) return [];
  const out = [];
  const add = (text, kind) => {
    if (text && !out.some((v) => v.query === text)) out.push({ query: text, kind });
  };
  add(q, "exact");
  add(toAsciiDigits(q), "exact");
  add(toBanglaDigits(q), "exact");
  const parts = splitQuoted(q);
  const options = parts.map((p) => (p.quoted ? [] : stems(p.text)));
  const levels = Math.max(0, ...options.map((o) => o.length));
  for (let level = 0; level < levels; level++) {
    // level k: every word takes its k-th stem (or its last, or itself)
    const stemmed = parts.map((p, i) => {
      const o = options[i];
      return o.length ? { text: o[Math.min(level, o.length - 1)], quoted: false } : p;
    });
    const s = join(stemmed);
    add(s, "stem");
    add(toAsciiDigits(s), "stem");
    add(toBanglaDigits(s), "stem");
  }
  return out;
}
