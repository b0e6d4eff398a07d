// The keys of classes this browser created before teacher accounts existed, kept in localStorage: the teacher
// moves those classes into their account with them (ClaimBanner).
const STORAGE_KEY = "verbuendete-quiz:group-keys";

export function readGroupKeys(): Record<string, string> {
  try {
    const parsed = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "{}") as unknown;
    return parsed && typeof parsed === "object" ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function saveGroupKey(groupId: string, key: string): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...readGroupKeys(), [groupId]: key }));
}

/** Forgets every key: their classes were moved into the teacher's account. */
export function forgetGroupKeys(): void {
  localStorage.removeItem(STORAGE_KEY);
}
