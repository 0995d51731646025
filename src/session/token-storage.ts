export const TOKEN_STORAGE_KEY = "portal:token";

export interface TokenStorage {
  read(): string | null;
  write(token: string): void;
  clear(): void;
  /** "session" while sessionStorage works, "memory" once it has thrown. */
  readonly kind: "session" | "memory";
}

/**
 * sessionStorage keeps the token across reloads of this tab only. Some
 * cross-site iframes block or partition storage and every access throws; the
 * token then lives in memory for the life of the page.
 */
export function createTokenStorage(
  getStorage: () => Storage = () => window.sessionStorage,
): TokenStorage {
  let memory: string | null = null;
  let storage: Storage | null = null;
  try {
    storage = getStorage();
    const probe = `${TOKEN_STORAGE_KEY}:probe`;
    storage.setItem(probe, "1");
    storage.removeItem(probe);
  } catch {
    storage = null;
  }

  const fallBack = () => {
    storage = null;
  };

  return {
    get kind() {
      return storage ? "session" : "memory";
    },
    read() {
      if (storage) {
        try {
          return storage.getItem(TOKEN_STORAGE_KEY);
        } catch {
          fallBack();
        }
      }
      return memory;
    },
    write(token) {
      memory = token;
      if (storage) {
        try {
          storage.setItem(TOKEN_STORAGE_KEY, token);
        } catch {
          fallBack();
        }
      }
    },
    clear() {
      memory = null;
      if (storage) {
        try {
          storage.removeItem(TOKEN_STORAGE_KEY);
        } catch {
          fallBack();
        }
      }
    },
  };
}
