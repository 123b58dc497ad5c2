// Site search. The form stays hidden where JavaScript does not run; this shows it. MiniSearch and this language's index
// ({lang}/search-index.js, written by the generator) load only when a reader first uses the box, as script elements:
// browsers refuse fetch() of files on a site opened from file://, but still load scripts. Results are set as text,
// never as HTML, so nothing in a handout's title can become markup. A link with ?q=words opens with that search done.
'use strict';
(function () {
  var form = document.querySelector('form[data-search]');
  if (!form || !('normalize' in String.prototype)) return;
  var input = form.querySelector('input[type="search"]');
  var status = form.querySelector('[role="status"]');
  var list = form.querySelector('.search-results');
  var lang = document.documentElement.lang;
  var engine = null;
  var loading = null;
  var timer = 0;

  // Accent folding, for the index and the query alike: "oseo" finds "óseo".
  function fold(term) {
    return term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }

  function addScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = src;
      script.onload = resolve;
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function load() {
    if (!loading) {
      loading = addScript(form.dataset.library)
        .then(function () { return addScript(form.dataset.index); })
        .then(function () {
          var index = window.handoutsSearchIndex;
          // Titles, summaries, key points (with the main message) and headings rank above the body; a word typed in
          // part finds the whole ("osteo": "osteoporosis"), and a small typo is forgiven.
          engine = new window.MiniSearch({
            fields: ['title', 'summary', 'keys', 'headings', 'body'],
            storeFields: ['title', 'summary', 'href'],
            processTerm: fold,
            searchOptions: { boost: { title: 4, summary: 2, keys: 2, headings: 2 }, prefix: true, fuzzy: 0.2 },
          });
          engine.addAll(index && index.lang === lang ? index.documents : []);
        });
      // A failed load (a flaky connection) is tried again at the next keystroke.
      loading.catch(function () { loading = null; });
    }
    return loading;
  }

  function count(n) {
    if (n === 0) return form.dataset.noResults;
    if (n === 1) return form.dataset.resultsOne;
    return form.dataset.results.replace('{count}', n.toLocaleString(lang));
  }

  function show(hits) {
    list.replaceChildren();
    list.hidden = !hits || hits.length === 0;
    status.textContent = hits ? count(hits.length) : '';
    (hits || []).forEach(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = form.dataset.root + hit.href;
      link.textContent = hit.title;
      var summary = document.createElement('span');
      summary.textContent = hit.summary;
      item.append(link, document.createElement('br'), summary);
      list.append(item);
    });
  }

  function search() {
    var query = input.value.trim();
    if (!query) return show(null);
    load().then(function () {
      if (input.value.trim() !== query) return; // the reader has typed on; that search will show
      // Every word first; if no handout has them all, any of them, best first.
      var hits = engine.search(query, { combineWith: 'AND' });
      show(hits.length ? hits : engine.search(query));
    }, function () {});
  }

  form.hidden = false;
  input.addEventListener('focus', function () { load().catch(function () {}); });
  // A pause before searching, so a screen reader announces the count once the reader stops typing, not per letter.
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });

  var asked = new URLSearchParams(location.search).get('q');
  if (asked) {
    input.value = asked;
    search();
  }
})();
