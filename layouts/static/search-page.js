// The search page: Pagefind's own UI (it ships Bangla strings) running our
// Bangla-tuned search module (bundlePath /assets/search/).  Reads ?q= so the
// plain form in every page's header works, and offers sorting by date.
const results = document.getElementById("search");
const form = document.getElementById("search-form");
const sortSelect = document.getElementById("search-sort");
const params = new URLSearchParams(location.search);
const query = params.get("q") ?? "";

function esc(text) {
  return String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

function processResult(result) {
  const m = result.meta ?? {};
  const parts = [m.type, m.office, m.period, m.date].filter(Boolean).map(esc);
  if (parts.length) result.excerpt = `<span class="result-meta">${parts.join(" · ")}</span> ${result.excerpt ?? ""}`;
  // shown once, in the line above; Pagefind UI would repeat every field as an English-labelled tag
  result.meta = { title: m.title };
  return result;
}

// Pagefind UI's own Bangla strings, in standard spelling and word order
// ("সেবা"-এর জন্য ১৭টি ফলাফল, আরও); its counts are Latin digits, so the
// message is turned into Bangla digits as it changes (below).
const TRANSLATIONS = {
  placeholder: "সেবা, দপ্তর বা প্রতিবেদন খুঁজুন",
  clear_search: "মুছুন",
  load_more: "আরও ফলাফল দেখুন",
  search_label: "এই ওয়েবসাইটে অনুসন্ধান করুন",
  filters_label: "ফিল্টার",
  zero_results: "“[SEARCH_TERM]”-এর জন্য কিছু পাওয়া যায়নি",
  many_results: "“[SEARCH_TERM]”-এর জন্য [COUNT]টি ফলাফল",
  one_result: "“[SEARCH_TERM]”-এর জন্য [COUNT]টি ফলাফল",
  total_zero_results: "কোনো ফলাফল নেই",
  total_one_result: "[COUNT]টি ফলাফল",
  total_many_results: "[COUNT]টি ফলাফল",
  alt_search: "“[SEARCH_TERM]”-এর জন্য কিছু পাওয়া যায়নি। তার বদলে “[DIFFERENT_TERM]”-এর ফলাফল দেখানো হচ্ছে।",
  search_suggestion: "“[SEARCH_TERM]”-এর জন্য কিছু পাওয়া যায়নি। নিচের কোনোটি খুঁজে দেখুন:",
  searching: "“[SEARCH_TERM]” খোঁজা হচ্ছে…",
  results_label: "অনুসন্ধানের ফলাফল",
  error_search: "অনুসন্ধান করা যায়নি",
  filter_selected_one: "[COUNT]টি বাছাই করা",
  filter_selected_many: "[COUNT]টি বাছাই করা",
  input_hint: "লেখার সঙ্গে সঙ্গে ফলাফল দেখা যাবে",
  loading: "লোড হচ্ছে…",
};

const BN = "০১২৩৪৫৬৭৮৯";
const banglaDigits = (text) => text.replace(/[0-9]/g, (d) => BN[d]);
new MutationObserver(() => {
  // only the count ("…-এর জন্য 8টি ফলাফল"): the query and office names stay as typed
  for (const el of results.querySelectorAll(".pagefind-ui__message")) {
    for (const node of el.childNodes) {
      if (node.nodeType === Node.TEXT_NODE && /[0-9]+টি ফলাফল/.test(node.data)) {
        node.data = node.data.replace(/([0-9]+)(টি ফলাফল)/g, (_, n, rest) => banglaDigits(n) + rest);
      }
    }
  }
}).observe(results, { childList: true, subtree: true, characterData: true });

// "এটি খুঁজছেন কি": when no page has the words as typed, the search module
// shows the pages of the closest word of the index and says which (here).
const suggestion = document.getElementById("search-suggestion");
addEventListener("protishruti:suggestion", (event) => {
  const { suggestion: word } = event.detail ?? {};
  suggestion.hidden = !word;
  suggestion.textContent = "";
  if (!word) return;
  const link = document.createElement("a");
  link.href = `/search/?q=${encodeURIComponent(word)}`;
  link.textContent = word;
  // the count line says the typed word; this says the results are of another
  suggestion.append("এটি খুঁজছেন কি: ", link, "?");
  suggestion.title = "লেখা শব্দটি হুবহু পাওয়া যায়নি; ফলাফলগুলো এই কাছাকাছি শব্দের";
  place();
});
// under the search box, beside Pagefind UI's count, where the eye is (the
// results would otherwise move down by its height)
function place() {
  const message = results.querySelector(".pagefind-ui__message");
  if (message && message.nextSibling !== suggestion) message.after(suggestion);
}
new MutationObserver(() => { if (!suggestion.hidden) place(); }).observe(results, { childList: true, subtree: true });

let ui = null;
function start(sort) {
  if (ui) ui.destroy();
  results.innerHTML = "";
  ui = new PagefindUI({
    element: "#search",
    bundlePath: "/assets/search/",
    showImages: false,
    showSubResults: false,
    excerptLength: 24,
    resetStyles: false,
    processResult,
    translations: TRANSLATIONS,
    ...(sort ? { sort: { date: sort } } : {}),
  });
  const input = document.querySelector("#search input");
  // Pagefind UI labels its box with a title only; give it a real accessible name
  input?.setAttribute("aria-label", "এই ওয়েবসাইটে অনুসন্ধান করুন");
  const term = input?.value || query;
  if (term) ui.triggerSearch(term);
}

form.hidden = true; // the UI brings its own search box
sortSelect.closest("p").hidden = false;
sortSelect.value = params.get("sort") === "date" ? "desc" : "";
sortSelect.addEventListener("change", () => start(sortSelect.value || null));
start(sortSelect.value || null);
