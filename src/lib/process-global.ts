/**
 * One value per process, shared by every module graph that loads this file: the build script
 * (Node) and Astro (Vite) load src/lib apart, so a module-level variable would exist twice.
 */
export function processGlobal<T>(name: string, init: () => T): T {
  const store = globalThis as Record<symbol, unknown>;
  const key = Symbol.for(`claims-site.${name}`);
  if (!(key in store)) store[key] = init();
  return store[key] as T;
}
