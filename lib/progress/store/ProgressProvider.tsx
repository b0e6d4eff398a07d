"use client";

import { createContext, useContext, useEffect, useState } from "react";
import { useStore } from "zustand";
import { createProgressStore, hydrateProgress, type TProgressState, type TProgressStore } from "./progress-store";

const ProgressContext = createContext<TProgressStore | null>(null);

/** One progress store per browser tab, read from localStorage after mount. */
export function ProgressProvider({ children }: { children: React.ReactNode }) {
  const [store] = useState(createProgressStore);
  useEffect(() => {
    void hydrateProgress(store);
    // Another tab saved: read it again so both tabs show the same progress.
    const onStorage = (event: StorageEvent) => {
      if (event.key === store.persist.getOptions().name) void store.persist.rehydrate();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [store]);
  return <ProgressContext.Provider value={store}>{children}</ProgressContext.Provider>;
}

export function useProgress<T>(selector: (state: TProgressState) => T): T {
  const store = useContext(ProgressContext);
  if (!store) throw new Error("useProgress outside ProgressProvider");
  return useStore(store, selector);
}

/** The store itself, for actions called from event handlers. */
export function useProgressStore(): TProgressStore {
  const store = useContext(ProgressContext);
  if (!store) throw new Error("useProgressStore outside ProgressProvider");
  return store;
}
