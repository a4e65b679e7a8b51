/**
 * A provider module loaded when a construct first needs it, then kept: importing the library does not load the
 * provider package, and a fleet does not pay `require`'s path resolution (and its compilation) once per construct.
 */
export function loadOnce<T>(load: () => T): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load());
}
