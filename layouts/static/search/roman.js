// Bangla typed in Latin letters (seba, obhijog, nibondhon), as people type
// it on a phone without a Bangla keyboard: Avro-phonetic letters, but read
// loosely, because few type strict Avro (o for both অ and ো, j for জ and য,
// t and d for ত/ট and দ/ড).  romanCandidates(word) gives every reading, in
// folded form (normalise.js fold: no hasanta, ি for ী, স for শ ষ, ন for ণ, …),
// at most MAX; the search keeps those the index has.  Nothing here decides
// alone: a reading counts only if it is a word of the index.

const MAX = 64;

// Latin letters → the folded consonants they may stand for, longest first.
const CONSONANTS = [
  ["kkh", ["কখ"]], ["kh", ["খ"]], ["gh", ["ঘ"]], ["ng", ["ং"]], ["chh", ["ছ"]], ["ch", ["চ", "ছ"]], ["jh", ["ঝ"]],
  ["th", ["থ", "ঠ"]], ["dh", ["ধ", "ঢ"]], ["ph", ["ফ"]], ["bh", ["ভ"]], ["sh", ["স"]], ["rh", ["র"]],
  ["k", ["ক"]], ["q", ["ক"]], ["c", ["চ"]], ["g", ["গ"]], ["j", ["জ", "য"]], ["z", ["য", "জ"]], ["t", ["ত", "ট"]],
  ["d", ["দ", "ড"]], ["n", ["ন"]], ["p", ["প"]], ["f", ["ফ"]], ["b", ["ব"]], ["v", ["ভ"]], ["m", ["ম"]],
  ["r", ["র"]], ["l", ["ল"]], ["s", ["স"]], ["h", ["হ"]], ["y", ["য"]], ["w", ["ও", "ব"]], ["x", ["কস"]],
];
// vowels: [latin, as a sign after a consonant (options), standing alone (options)]
const VOWELS = [
  ["oi", ["ৈ"], ["ঐ"]], ["ou", ["ৌ"], ["ঔ"]], ["ee", ["ি"], ["ই"]], ["oo", ["ু"], ["উ"]], ["rri", ["ৃ"], ["ঋ"]],
  ["a", ["া"], ["আ", "অ"]], ["i", ["ি"], ["ই"]], ["u", ["ু"], ["উ"]], ["e", ["ে"], ["এ", "অ্যা"]],
  // o after a consonant: the inherent vowel (nothing) or ো
  ["o", ["", "ো"], ["অ", "ও"]],
];

function match(word, at, table) {
  for (const entry of table) if (word.startsWith(entry[0], at)) return entry;
  return null;
}

export function isRoman(word) {
  return /^[a-z]{2,30}$/.test(word);
}

export function romanCandidates(word) {
  if (!isRoman(word)) return [];
  let readings = [""];
  let afterConsonant = false;
  let at = 0;
  while (at < word.length) {
    let options;
    const vowel = match(word, at, VOWELS);
    if (vowel) {
      options = afterConsonant ? vowel[1] : vowel[2];
      at += vowel[0].length;
      afterConsonant = false;
    } else {
      const consonant = match(word, at, CONSONANTS);
      if (!consonant) return [];
      options = consonant[1];
      at += consonant[0].length;
      afterConsonant = true;
    }
    const next = [];
    for (const r of readings) for (const o of options) if (next.length < MAX) next.push(r + o);
    readings = next;
  }
  return [...new Set(readings)];
}
