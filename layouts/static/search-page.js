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
