/** Top-level route segments. index.html's BOOT:BASE script cuts the base path before the first of them. */
export const TOP_LEVEL_SEGMENTS = ["destinations", "activity", "tenant"] as const;

/**
 * The router base: the path of the `<base>` the boot script set, so one build
 * works at `/` and under any sub-path such as `/portal/`. "" at the root.
 */
export function routerBasename(baseUri: string = document.baseURI): string {
  return new URL(baseUri).pathname.replace(/\/+$/, "");
}
