// Bijoy (SutonnyMJ) text pasted into the search box (†mev for সেবা): a port of
// protishruti/bijoy.py's conversion, reading the same table, which the build
// writes from that module to /assets/search/bijoy.json (a test runs both on
// the same strings).  Only a query with a Bijoy glyph outside ASCII and no
// Bangla letter is read as Bijoy: pure-ASCII Bijoy (evsjv) cannot be told
// from English, as on the Python side.

let tablePromise = null;
function table() {
  tablePromise ??= fetch(new URL("./bijoy.json", import.meta.url))
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null);
  return tablePromise;
}

const HASANTA = "\u09CD";
const ZWJ = "\u200D";
const POST_SIGNS = new Set([..."াীুূৃৗোৌ"]);

// Bijoy's glyphs outside ASCII are Latin-1 and Windows-1252 characters; a
// query without one never fetches the table
const MAYBE = /[\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u0192\u02C6\u02DC\u2013-\u2026\u2030\u2039\u203A\u2122]/u;

export async function looksBijoy(text) {
  if (!MAYBE.test(text) || /[\u0980-\u09FF]/.test(text)) return false;
  const t = await table();
  if (!t) return false;
  return [...text].some((ch) => ch.codePointAt(0) > 0x7f && (t.glyphs[t.c1[ch] ?? ch] !== undefined));
}

export async function toUnicode(text) {
  const t = await table();
  return t ? convert(text, t) : text;
}

function cellsOf(text, t) {
  const cells = [];
  const chars = [...text];
  let i = 0;
  while (i < chars.length) {
    let key = null;
    let size = Math.min(t.longest, chars.length - i);
    for (; size > 0; size--) {
      const k = chars.slice(i, i + size).join("");
      const aliased = t.c1[k] ?? k;
      if (t.glyphs[aliased] !== undefined) {
        key = aliased;
        break;
      }
    }
    if (key === null) {
      cells.push([chars[i], ""]);
      i += 1;
      continue;
    }
    if (t.pre[key] !== undefined) cells.push([t.pre[key], "pre"]);
    else if (key === t.reph) cells.push(["র্", "reph"]);
    else if (key === "i") cells.push(["র", "ra"]);
    else for (const ch of t.glyphs[key]) cells.push([ch, ""]);
    i += size;
  }
  return cells;
}

export function convert(text, t) {
  const consonants = new Set([...t.consonants]);
  const isConsonant = (c) => c[1] !== "reph" && consonants.has(c[0]);
  const clusterStart = (cells, end) => {
    let j = end - 1;
    if (j < 0 || !isConsonant(cells[j])) return null;
    while (j >= 2 && cells[j - 1][0] === HASANTA && isConsonant(cells[j - 2])) j -= 2;
    return j;
  };
  const clusterEnd = (cells, start) => {
    if (start >= cells.length || !isConsonant(cells[start])) return null;
    let j = start + 1;
    while (j + 1 < cells.length && cells[j][0] === HASANTA && isConsonant(cells[j + 1])) j += 2;
    return j;
  };
  // 1. glyphs, in Bijoy's visual order; a half form and a subjoined form give one hasanta
  let cells = [];
  for (const cell of cellsOf(text, t)) {
    if (cell[0] === HASANTA && cells.length && cells[cells.length - 1][0] === HASANTA) continue;
    cells.push(cell);
  }
  // 2. the reph moves before the cluster it follows
  const moved = [];
  for (const cell of cells) {
    if (cell[1] !== "reph") {
      moved.push(cell);
      continue;
    }
    let end = moved.length;
    if (end && POST_SIGNS.has(moved[end - 1][0]) && moved[end - 1][1] === "") end -= 1;
    const start = clusterStart(moved, end);
    if (start === null) moved.push(["র", ""], [HASANTA, ""]);
    else moved.splice(start, 0, ["র", ""], [HASANTA, ""]);
  }
  cells = moved;
  // 3. pre-kars move after the cluster that follows; ে…া and ে…ৗ are ো and ৌ
  const out = [];
  let i = 0;
  while (i < cells.length) {
    const [sign, kind] = cells[i];
    const end = kind === "pre" ? clusterEnd(cells, i + 1) : null;
    if (kind !== "pre" || end === null) {
      out.push([sign, kind === "pre" ? "" : kind]);
      i += 1;
      continue;
    }
    out.push(...cells.slice(i + 1, end));
    let after = end;
    const nasal = [];
    if (after < cells.length && cells[after][0] === "ঁ") {
      after += 1;
      nasal.push(["ঁ", ""]);
    }
    if (sign === "ে" && after < cells.length && "াৗ".includes(cells[after][0])) {
      out.push([cells[after][0] === "া" ? "ো" : "ৌ", ""], ...nasal);
      i = after + 1;
    } else {
      out.push([sign, ""]);
      i = end;
    }
  }
  cells = out;
  // 4. র typed alone before a ya-phala is র‍্য; ঁ goes after the vowel sign it precedes
  const chars = [];
  cells.forEach(([ch, kind], k) => {
    chars.push(ch);
    if (kind === "ra" && k + 2 < cells.length && cells[k + 1][0] === HASANTA && cells[k + 2][0] === "য") chars.push(ZWJ);
  });
  for (let k = 0; k < chars.length - 1; k++) {
    if (chars[k] === "ঁ" && POST_SIGNS.has(chars[k + 1])) [chars[k], chars[k + 1]] = [chars[k + 1], chars[k]];
  }
  return chars.join("").normalize("NFC");
}
