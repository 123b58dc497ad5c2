// Added by `handouts serve` to the pages it serves, never to a built site. Reloads the page when a new build is
// served, keeping the scroll position, and shows the last build's problems over the page until they are fixed.
'use strict';
(function () {
  var script = document.currentScript;
  var pageBuild = script ? script.getAttribute('data-build') : null;
  var scrollKey = 'handouts-serve-scroll';
  var panel = null;

  // The browser may restore the scroll position by itself, or not (after layout moved): put it back either way.
  var saved = null;
  try {
    saved = JSON.parse(sessionStorage.getItem(scrollKey) || 'null');
    sessionStorage.removeItem(scrollKey);
  } catch (e) {
    saved = null;
  }
  if (saved && saved.path === location.pathname) {
    var restore = function () { window.scrollTo(0, saved.y); };
    restore();
    window.addEventListener('load', restore);
  }

  function reload() {
    try {
      sessionStorage.setItem(scrollKey, JSON.stringify({ path: location.pathname, y: window.scrollY }));
    } catch (e) {
      // Storage refused (a private window): reload at the top.
    }
    location.reload();
  }

  function isNewer(build) {
    return typeof build === 'string' && build !== pageBuild;
  }

  function style(element, css) {
    Object.keys(css).forEach(function (name) { element.style[name] = css[name]; });
    return element;
  }

  function add(parent, tag, text) {
    var child = document.createElement(tag);
    if (text !== undefined) child.textContent = text;
    parent.appendChild(child);
    return child;
  }

  // Messages are set as text, never as HTML: they quote the handout.
  function show(diagnostics) {
    if (panel) panel.remove();
    panel = null;
    if (!diagnostics.length) return;
    var errors = diagnostics.filter(function (d) { return d.severity === 'error'; }).length;
    var warnings = diagnostics.length - errors;
    panel = style(document.createElement('section'), {
      position: 'fixed', left: '0', right: '0', bottom: '0', zIndex: '2147483647', maxHeight: '60vh', overflow: 'auto',
      background: errors ? '#fff4f4' : '#fffbea', color: '#1a1a1a', borderTop: '4px solid ' + (errors ? '#b00020' : '#8a6d00'),
      font: '16px/1.4 system-ui, sans-serif', padding: '0.75rem 1rem', boxShadow: '0 -2px 8px rgba(0,0,0,0.25)'
    });
    panel.id = 'handouts-serve-problems';
    panel.setAttribute('aria-label', 'Build problems');
    if (errors) panel.setAttribute('role', 'alert');
    var details = add(panel, 'details');
    details.open = errors > 0;
    var summary = add(details, 'summary', (errors ? 'Build failed: ' + errors + ' error(s), ' + warnings + ' warning(s). ' +
      (pageBuild === 'none' ? 'There is no good build to show yet.' : 'This page is from the last good build.') : warnings + ' warning(s).'));
    style(summary, { fontWeight: 'bold', cursor: 'pointer' });
    var list = style(add(details, 'ul'), { listStyle: 'none', margin: '0.5rem 0 0', padding: '0' });
    diagnostics.forEach(function (d) {
      var item = style(add(list, 'li'), { margin: '0 0 0.5rem' });
      var where = d.file + (d.line > 0 ? '(' + d.line + ',' + Math.max(d.column, 1) + ')' : '');
      style(add(item, 'code', where), { fontWeight: 'bold' });
      add(item, 'span', ': ' + d.severity + ' ');
      add(item, 'code', d.code);
      add(item, 'span', ': ' + d.message);
    });
    var hide = add(panel, 'button', 'Hide');
    hide.type = 'button';
    hide.addEventListener('click', function () { panel.remove(); panel = null; });
    document.body.appendChild(panel);
  }

  var events = new EventSource('/__handouts/events');
  events.addEventListener('reload', function (e) {
    if (isNewer(JSON.parse(e.data).build)) reload();
  });
  events.addEventListener('diagnostics', function (e) {
    var status = JSON.parse(e.data);
    // A page from an older build (served before a save, or before serve restarted) is reloaded rather than annotated.
    if (isNewer(status.build)) reload();
    else show(status.diagnostics);
  });
})();
