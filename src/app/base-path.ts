/**
 * The router base: the path of index.html's `<base href>`, written at build or
 * serve time (never guessed from the address), so one build works at `/` and
 * under a sub-path such as `/portal/`. "" at the root.
 */
export function routerBasename(baseUri: string = document.baseURI): string {
  return new URL(baseUri).pathname.replace(/\/+$/, "");
}
