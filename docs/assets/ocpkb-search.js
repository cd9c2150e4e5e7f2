/*
 * Site search on Pagefind's JavaScript API: the box in the header of every page (results as you
 * type, Enter for all results) and the search page (all results). Static files only:
 * Pagefind's engine, metadata and the index chunks a query needs load when the box is first used.
 *
 * What pages put into the index, and the metadata fields weighed here, are described in
 * scripts/ocpkb/site/search.py; README, "Search", says how ranking is tuned.
 */
(function () {
  "use strict";

  /* Extra score for a match in each metadata field (Pagefind's default is 1; the page title's 5).
     A person's or organization's own page comes first (names: every way they are written), the
     events and talks they took part in right after (people, organizations), then pages that only
     carry the name in their title (products named after a company). Places, topics and names an
     event merely mentions count for less; date, place and detail only describe a result. */
  var RANKING = {
    metaWeights: { title: 5, names: 8, people: 8, organizations: 8, where: 4, topics: 3, mentions: 2,
                   date: 0, place: 0, detail: 0 }
  };
  var SHOWN_IN_HEADER = 8;
  var PAGE_SIZE = 20;
  /* How long the box waits after a key before it searches; see whenTyped. */
  var TYPING_PAUSE_MS = 300;
  var SHORT_WORD_PAUSE_MS = 800;
  var SHORT_WORD = 3;  // a Latin word of fewer letters, still being typed, is probably the start of a longer one
  var IDEOGRAPHIC = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/;  // kana, CJK, Hangul: one character is a word
  var EXCERPT_WORDS = 24;
  /* What a result is, from the first folder of its address (the site's layout, scripts/ocpkb/site/pages.py). */
  var KIND_BY_FOLDER = { events: "Event", people: "Person", organizations: "Organization", topics: "Topic",
                         talks: "Talk", series: "Series" };

  var box = document.querySelector("[data-ocpkb-search]");
  if (!box) return;
  var siteRoot = new URL(box.getAttribute("data-site-root").replace(/\/?$/, "/"), document.baseURI);
  var searchPage = new URL("search/", siteRoot);
  var toggle = document.getElementById("__search");
  var input = box.querySelector(".md-search__input");
  var status = box.querySelector(".md-search-result__meta");
  var list = box.querySelector(".md-search-result__list");
  var placeholder = status.textContent;

  var engine = null;
  function pagefind() {
    if (!engine) {
      engine = import(new URL("pagefind/pagefind.js", siteRoot).href).then(function (pf) {
        return pf.options({ baseUrl: siteRoot.pathname, ranking: RANKING, excerptLength: EXCERPT_WORDS })
          .then(function () { return pf.init(); })
          .then(function () { return pf; });
      });
    }
    return engine;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function kindOf(data) {
    var path = new URL(data.url, siteRoot).pathname;
    var folder = path.slice(siteRoot.pathname.length).split("/")[0];
    return KIND_BY_FOLDER[folder] || "Page";
  }

  /* "Event · 2021-01-28 · Beijing (北京), China": what the result is, and for events when and where. */
  function about(data) {
    var meta = data.meta || {};
    return [kindOf(data), meta.date, meta.place || meta.detail].filter(Boolean).join(" · ");
  }

  /* Pagefind cuts its excerpt around the matches, often mid-sentence ("35. AI Open Platform. Gavin
     Wang, ..."): start at the next sentence, and end at the last full stop, when that keeps the
     matches and most of the text. */
  function wholeSentences(excerpt) {
    var firstMatch = excerpt.indexOf("<mark>");
    var start = excerpt.search(/\.\s/);
    if (start >= 0 && start < firstMatch && start < excerpt.length / 3) excerpt = excerpt.slice(start + 2);
    var end = excerpt.lastIndexOf(". ");
    if (end > excerpt.lastIndexOf("</mark>") && end > excerpt.length * 2 / 3) excerpt = excerpt.slice(0, end + 1);
    return excerpt.replace(/^[\s,.;:)\]）]+/, "");
  }

  /* One result in Material's search-result markup. Metadata is text; the excerpt is Pagefind's
     HTML, which escapes the page's text and adds only <mark>. */
  function resultItem(data) {
    var item = element("li", "md-search-result__item ocpkb-result");
    item.setAttribute("data-kind", kindOf(data));
    var link = element("a", "md-search-result__link");
    link.href = data.url;
    var article = element("article", "md-search-result__article md-typeset");
    article.appendChild(element("div", "md-search-result__icon md-icon"));
    article.appendChild(element("div", "ocpkb-result__title", (data.meta && data.meta.title) || data.url));
    article.appendChild(element("div", "ocpkb-result__about", about(data)));
    var excerpt = element("p", "ocpkb-result__excerpt");
    excerpt.innerHTML = wholeSentences(data.excerpt);
    article.appendChild(excerpt);
    link.appendChild(article);
    item.appendChild(link);
    return item;
  }

  function count(n) {
    return n === 1 ? "1 result" : n.toLocaleString("en") + " results";
  }

  function resultsUrl(query) {
    var url = new URL(searchPage);
    url.searchParams.set("q", query);
    return url.href;
  }

  function unavailable(where, error) {
    where.textContent = "Search is not available here: it needs the site served over HTTP, as it is when published.";
    if (window.console) console.error(error);
  }

  /* What is typed, as Pagefind is asked for it: trimmed, one space between words. */
  function queryOf(text) {
    return text.trim().replace(/\s+/g, " ");
  }

  /* How long to wait before searching what the box holds, or null: not worth a search.
     Pagefind loads, for each word it is asked for, the index chunk holding the words it begins
     (30 to 40 KB each); asked for every prefix of a name being typed (`la`, `lak`, ..., `lakeside t`,
     `lakeside th`), it loads a chunk for each prefix that sorts into another chunk than the whole
     word. So the box searches at a pause in typing, not at every key, and waits longer while the word
     being typed is one or two Latin letters: `la` and `lakeside t` are mostly on their way to a
     longer word, and a visitor who means `AI` sees its results when they stop. One Latin letter
     alone matches too much to be worth its chunks; one Chinese, Japanese or Korean character is a word. */
  function pauseBefore(text) {
    var query = queryOf(text);
    if (!query || (query.length < 2 && !IDEOGRAPHIC.test(query))) return null;
    var typing = query.split(" ").pop();
    var stillTyping = !/\s$/.test(text);
    return stillTyping && typing.length < SHORT_WORD && !IDEOGRAPHIC.test(typing) ? SHORT_WORD_PAUSE_MS : TYPING_PAUSE_MS;
  }

  /* A handler for each change of a box's text: after the pause it asks for (at once when `now`, as
     when Enter is pressed), search(query, stillWanted) runs, where stillWanted() says whether the box
     still wants that query's results; when the text is not worth a search, clear(). The same query
     again (a space after a word) changes nothing. */
  function whenTyped(search, clear) {
    var timer = 0, generation = 0, current = null;
    return function (text, now) {
      var query = queryOf(text), pause = pauseBefore(text);
      if (now && query) pause = 0;
      else if (pause !== null && query === current) return;
      clearTimeout(timer);
      var asked = ++generation;
      var stillWanted = function () { return asked === generation; };
      current = pause === null ? null : query;
      if (pause === null) clear();
      else timer = setTimeout(function () { search(query, stillWanted); }, pause);
    };
  }

  /* --- the header box ------------------------------------------------------------------------ */

  function searchFromHeader(query, stillWanted) {
    pagefind().then(function (pf) {
      return pf.search(query);
    }).then(function (search) {
      if (!stillWanted()) return null;  // a newer query is on its way
      return Promise.all(search.results.slice(0, SHOWN_IN_HEADER).map(function (r) { return r.data(); }))
        .then(function (shown) {
          if (!stillWanted()) return;
          status.textContent = search.results.length ? count(search.results.length) : "No results for “" + query + "”";
          list.replaceChildren.apply(list, shown.map(resultItem));
          list.setAttribute("data-query", query);
          if (search.results.length > shown.length) {
            var more = element("li", "md-search-result__item ocpkb-result-all");
            var link = element("a", "md-search-result__link", "Show all " + count(search.results.length) + " (Enter)");
            link.href = resultsUrl(query);
            more.appendChild(link);
            list.appendChild(more);
          }
        });
    }).catch(function (error) { unavailable(status, error); });
  }

  function clearHeaderResults() {
    status.textContent = placeholder;
    list.replaceChildren();
    list.removeAttribute("data-query");
  }

  var typedInHeader = whenTyped(searchFromHeader, clearHeaderResults);

  function open() {
    toggle.checked = true;
    input.focus();
    input.select();
  }

  function close() {
    toggle.checked = false;
    input.blur();
  }

  function isTyping(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  /* Up and down move between the box and the results; Enter follows the focused one. */
  function moveFocus(step) {
    var stops = [input].concat(Array.prototype.slice.call(list.querySelectorAll("a")));
    var at = stops.indexOf(document.activeElement);
    var next = stops[Math.max(0, Math.min(stops.length - 1, at + step))];
    if (next) next.focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "/" && !isTyping(event.target)) {
      event.preventDefault();
      open();
    } else if (box.contains(event.target)) {
      if (event.key === "Escape") {
        close();
      } else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        moveFocus(event.key === "ArrowDown" ? 1 : -1);
      }
    }
  });
  input.addEventListener("focus", function () {
    toggle.checked = true;
    pagefind().catch(function (error) { unavailable(status, error); });
  });
  input.addEventListener("input", function () { typedInHeader(input.value); });
  toggle.addEventListener("change", function () {
    if (toggle.checked) input.focus();
  });
  box.querySelector("form").addEventListener("reset", function () {
    setTimeout(function () { typedInHeader(input.value); input.focus(); });
  });
  box.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    if (input.value.trim()) window.location.href = resultsUrl(input.value.trim());
  });

  /* --- the search page ------------------------------------------------------------------------ */

  var page = document.querySelector("[data-ocpkb-search-page]");
  if (!page) return;
  var pageInput = page.querySelector("input[name=q]");
  var summary = page.querySelector(".ocpkb-search-page__summary");
  var results = page.querySelector(".ocpkb-search-page__results");
  var moreButton = page.querySelector(".ocpkb-search-page__more");
  var query = new URLSearchParams(window.location.search).get("q") || "";
  var state = { results: [], shown: 0, stillWanted: function () { return false; } };

  function showMore() {
    var batch = state.results.slice(state.shown, state.shown + PAGE_SIZE);
    var stillWanted = state.stillWanted;
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (data) {
      if (!stillWanted()) return;
      data.forEach(function (d) { results.appendChild(resultItem(d)); });
      state.shown += batch.length;
      moreButton.hidden = state.shown >= state.results.length;
    });
  }

  function showPageResults(query, stillWanted) {
    window.history.replaceState(null, "", resultsUrl(query));
    summary.textContent = "Searching…";
    pagefind().then(function (pf) { return pf.search(query); })
      .then(function (search) {
        if (!stillWanted()) return;
        results.replaceChildren();
        state.results = search.results;
        state.shown = 0;
        state.stillWanted = stillWanted;
        summary.textContent = search.results.length ? count(search.results.length) + " for “" + query + "”"
                                                    : "No results for “" + query + "”";
        return showMore().then(function () { results.setAttribute("data-query", query); });
      }).catch(function (error) { unavailable(summary, error); });
  }

  function clearPageResults() {
    window.history.replaceState(null, "", searchPage.href);
    results.replaceChildren();
    results.removeAttribute("data-query");
    moreButton.hidden = true;
    summary.textContent = "";
  }

  var typedOnPage = whenTyped(showPageResults, clearPageResults);
  pageInput.value = query;
  input.value = query;
  pageInput.addEventListener("input", function () { typedOnPage(pageInput.value); });
  page.querySelector("form").addEventListener("submit", function (event) {
    event.preventDefault();
    typedOnPage(pageInput.value, true);
  });
  moreButton.addEventListener("click", showMore);
  if (query) typedOnPage(query, true); else pageInput.focus();
})();
