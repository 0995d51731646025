/**
 * The router base: the path of index.html's `<base href>`, written at build or
 * serve time (never guessed from the address), so one build works at `/` and
 * under a sub-path such as `/portal/`. It keeps its trailing "/", so a link
 * home under a sub-path is `/portal/`, the address the server serves.
 */
export function routerBasename(baseUri: string = document.baseURI): string {
  return new URL(baseUri).pathname;
}

/**
 * The base without its trailing "/" (`/portal`) is the same page to the
 * user, but the router only sees addresses below the base: add the "/".
 */
export function enterBase(win: Window = window) {
  const base = routerBasename(win.document.baseURI);
  const { pathname, search, hash } = win.location;
  if (`${pathname}/` === base)
    win.history.replaceState(win.history.state, "", `${base}${search}${hash}`);
}
