// The nonce the server gives this page on every response (<meta property="csp-nonce">), which its
// Content-Security-Policy accepts on <style> elements: libraries that insert them (CodeMirror) are
// handed it. The browser hides the attribute from markup; script reads it as the element's `nonce`.

/** @returns {string} the page's style nonce, or '' when the page was served without one */
export function pageNonce() {
  const meta = document.querySelector('meta[property="csp-nonce"]');
  return meta instanceof HTMLElement ? meta.nonce ?? '' : '';
}
