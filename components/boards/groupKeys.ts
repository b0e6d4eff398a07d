// The keys that manage groups this browser created (a teacher's device), kept in localStorage.
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
