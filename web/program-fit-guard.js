// The loader's guard: a classic script, loaded (with `defer` and its own
// integrity attribute) before program-fit.js. When the loader itself cannot
// run (its SRI hash does not match, it is missing, the CDN is down), no
// element code exists to say so, and each <program-fit> would be an empty,
// 0 px box. This shows a visible, localised sentence in each one instead
// (the loader's own PF_FAILED.load, in the element's language) and fires
// program-fit:error with kind `load`, as the loader does when the wasm
// cannot load. It does nothing else, and nothing when the loader runs.
(() => {
  const FAILED = {
    en: 'This assessment could not load. Reload the page to try again.',
    de: 'Diese Einschätzung konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
    es: 'No se ha podido cargar esta evaluación. Vuelva a cargar la página para intentarlo de nuevo.',
  };
  const LOADER = /\/program-fit\.js(?:[?#]|$)/;
  addEventListener(
    'error',
    (e) => {
      const script = e.target;
      if (!(script instanceof HTMLScriptElement) || !LOADER.test(script.src)) return;
      for (const el of document.querySelectorAll('program-fit')) {
        if (el.shadowRoot || el.querySelector(':scope > .pf-load-failed')) continue;
        const tag = el.closest('[lang]')?.getAttribute('lang') || navigator.language || 'en';
        const lang = tag.toLowerCase().split(/[-_]/)[0];
        const box = document.createElement('p');
        box.className = 'pf-load-failed';
        box.setAttribute('role', 'alert');
        box.lang = Object.hasOwn(FAILED, lang) ? lang : 'en';
        box.textContent = FAILED[box.lang];
        el.append(box);
        const detail = { kind: 'load', message: `could not load ${script.src}`, problems: [] };
        el.dispatchEvent(new CustomEvent('program-fit:error', { detail, bubbles: true, composed: true }));
      }
    },
    true,
  );
})();
