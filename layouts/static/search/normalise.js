// Bangla query normalisation and expansion for Pagefind.
// Must agree with protishruti/searchtext.py (a test runs both on the same strings).
//
// normalise(q): NFC; ত্‍ (ta + hasanta + ZWJ) → ৎ; drop ZWJ/ZWNJ; dashes and
//   slashes become spaces (the index splits words there); collapse spaces.
// stems(word): the word without a common Bangla suffix (সেবার → সেবা);
// fold(word): the form variant spellings share (see below).  The search
// module (pagefind.js) decides with the index's lexicon which to use.
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
export const SUFFIXES = [
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

export function splitQuoted(query) {
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

export function join(parts) {
  return parts.map((p) => (p.quoted ? `"${p.text}"` : p.text)).join(" ");
}


// fold(word): the form variant spellings share (সরকারী/সরকারি, মন্ত্রনালয়/মন্ত্রণালয়,
// ফর্ম/ফরম); must agree with searchtext.fold (a test runs both).  ড় ঢ় য় are
// base + nukta in NFC, so the r-sounds go before the nukta is dropped.
const FOLDS = [
  ["\u09A1\u09BC", "র"], ["\u09A2\u09BC", "র"], ["\u09BC", ""], ["\u09CD", ""],
  ["ী", "ি"], ["ূ", "ু"], ["ঈ", "ই"], ["ঊ", "উ"], ["ণ", "ন"], ["ষ", "স"], ["শ", "স"], ["ঙ", "ং"], ["ৎ", "ত"],
];

export function fold(word) {
  let text = normalise(word).toLowerCase();
  for (const [a, b] of FOLDS) text = text.split(a).join(b);
  return toAsciiDigits(text);
}

// The words of a text as the lexicon lists them (searchtext.words).
const LEX_WORD = /(?:[\p{L}\p{N}]|[\u0981-\u09E3\u09E6-\u09F1])+/gu;
export function words(text) {
  return normalise(text).toLowerCase().match(LEX_WORD) ?? [];
}

// Are a and b one edit apart (one letter added, dropped, changed, or two
// neighbours swapped)?  Code points, not UTF-16 units.
export function oneEdit(a, b) {
  const x = [...a];
  const y = [...b];
  if (Math.abs(x.length - y.length) > 1 || a === b) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (p, q) => p.slice(i + (p.length > q.length ? 1 : 0)).join("") === q.slice(i + (q.length > p.length ? 1 : 0)).join("");
  if (x.length !== y.length) return rest(x, y);
  if (x.slice(i + 1).join("") === y.slice(i + 1).join("")) return true; // changed
  return x[i] === y[i + 1] && x[i + 1] === y[i] && x.slice(i + 2).join("") === y.slice(i + 2).join(""); // swapped
}
