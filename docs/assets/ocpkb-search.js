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
  /* When the box searches as a visitor types: see typedQuery and whenTyped. */
  var TYPING_PAUSE_MS = 300;
  var SHORTEST_WORD = 3;
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

  /* What a box searches for while a visitor types, or null: nothing yet.
     Pagefind loads, for each word it is asked for, the index chunk that holds the words it begins
     (20 to 150 KB at 5,000 events; more where a word on thousands of pages sorts into it). A word of
     one or two Latin letters begins so many words that its chunk is rarely the one the finished word
     needs: asked for `la` or `lakeside t`, Pagefind loads chunks that the next key makes useless. So
     such a word, while it is being typed, is left out (`Zhao S` searches `Zhao`), and a query of
     short words alone (`AI`) waits for Enter, which opens the search page. One Chinese, Japanese or
     Korean character is a word. */
  function typedQuery(text) {
    var words = queryOf(text).split(" ").filter(Boolean);
    if (words.length > 1 && isShort(words[words.length - 1]) && !/\s$/.test(text)) words.pop();
    return words.some(function (word) { return !isShort(word); }) ? words.join(" ") : null;
  }

  function isShort(word) {
    return word.length < SHORTEST_WORD && !IDEOGRAPHIC.test(word);
  }

  /* A handler for each change of a box's text. At a pause in typing (not at every key: the results of
     each prefix would load their own fragments), or at once when `now` (Enter), search(query,
     stillWanted) runs, where stillWanted() says whether the box still wants that query's results;
     when there is nothing to search, clear(text). A key that leaves the query as it was (a space after
     a word, a letter of a new short word) searches nothing new. */
  function whenTyped(search, clear) {
    var timer = 0, generation = 0, current = null, waiting = null;
    function after(pause, run) {
      clearTimeout(timer);
      waiting = run;
      timer = setTimeout(function () { waiting = null; run(); }, pause);
    }
    return function (text, now) {
      var query = now ? queryOf(text) || null : typedQuery(text);
      if (query !== null && query === current && !now) {
        if (waiting) after(TYPING_PAUSE_MS, waiting);  // a key, so no pause yet
        return;
      }
      var asked = ++generation;
      var stillWanted = function () { return asked === generation; };
      current = query;
      if (query !== null) {
        after(now ? 0 : TYPING_PAUSE_MS, function () { search(query, stillWanted); });
      } else {
        clearTimeout(timer);
        waiting = null;
        clear(queryOf(text));
      }
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

  function clearHeaderResults(text) {
    status.textContent = text ? "Press Enter to search for “" + text + "”" : placeholder;
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

  function clearPageResults(text) {
    window.history.replaceState(null, "", searchPage.href);
    results.replaceChildren();
    results.removeAttribute("data-query");
    moreButton.hidden = true;
    summary.textContent = text ? "Press Enter to search for “" + text + "”" : "";
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
