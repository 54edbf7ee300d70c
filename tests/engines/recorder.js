// Loaded first by every page of the cross-engine suite (the suite's server
// injects it into the fixtures; it is a same-origin file, so the strict CSP
// allows it). WebDriver has no init scripts, and `ready` can fire before a
// script run after navigation would be listening, so the page records:
// program-fit:* events, CSP violations, uncaught errors and console warnings.
(function () {
  window.__pfEvents = [];
  window.__pfCspViolations = [];
  window.__pfErrors = [];
  window.__pfWarnings = [];
  ['program-fit:ready', 'program-fit:step', 'program-fit:complete', 'program-fit:error', 'program-fit:print'].forEach(function (type) {
    document.addEventListener(
      type,
      function (e) {
        var t = e.composedPath()[0];
        window.__pfEvents.push({
          type: type,
          target: t && t.id ? t.id : t && t.localName ? t.localName : null,
          detail: JSON.parse(JSON.stringify(e.detail === undefined ? null : e.detail)),
          bubbles: e.bubbles,
          composed: e.composed,
        });
      },
      true,
    );
  });
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__pfCspViolations.push({ directive: e.violatedDirective, blocked: e.blockedURI });
  });
  window.addEventListener('error', function (e) {
    window.__pfErrors.push(String(e.message));
  });
  window.addEventListener('unhandledrejection', function (e) {
    window.__pfErrors.push('unhandled rejection: ' + String(e.reason));
  });
  var warn = console.warn;
  console.warn = function () {
    window.__pfWarnings.push(Array.prototype.join.call(arguments, ' '));
    return warn.apply(this, arguments);
  };
})();
