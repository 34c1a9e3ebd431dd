/**
 * The Content-Security-Policy every page carries in a <meta> tag; docs/deploy.md gives the same
 * policy as a header. Everything comes from this origin; scripts are files of the site, never
 * inline ('wasm-unsafe-eval' lets Pagefind run its WebAssembly).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
