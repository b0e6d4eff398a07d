import { describe, expect, it } from "vitest";
import { isCardBack, isStudyPage, urlsToKeep } from "./offline-routes";

describe("what the service worker keeps for offline use", () => {
  it("keeps the self-study pages and nothing the server grades or a game needs", () => {
    for (const path of ["/", "/learn", "/progress", "/sets/asia", "/sets/asia/learn", "/sets/asia/flashcards"]) {
      expect(isStudyPage(path), path).toBe(true);
    }
    for (const path of ["/sets/asia/quiz", "/results/abc", "/host/1", "/join", "/play/1", "/me", "/groups", "/leaderboards"]) {
      expect(isStudyPage(path), path).toBe(false);
    }
  });

  it("keeps a card's back only as an answer read, never another API", () => {
    expect(isCardBack("/api/learn/facts/kp.support.soldiers")).toBe(true);
    expect(isCardBack("/api/attempts/1/answers")).toBe(false);
    expect(isCardBack("/api/learn/facts")).toBe(false);
  });

  it("caches what the first visit loaded before the worker took over: the page, the map, the backs read", () => {
    const page = "http://127.0.0.1:3000/sets/asia/flashcards";
    expect(
      urlsToKeep(page, [
        "http://127.0.0.1:3000/api/map",
        "http://127.0.0.1:3000/api/learn/facts/cn.leader.xi",
        "http://127.0.0.1:3000/api/learn/facts/cn.leader.xi?question=sc-1",
        "http://127.0.0.1:3000/api/me",
        "http://elsewhere.example/api/map",
        "http://127.0.0.1:3000/_next/static/chunks/app.js",
      ]),
    ).toEqual([
      "/sets/asia/flashcards",
      "/api/map",
      "/api/learn/facts/cn.leader.xi",
      "/api/learn/facts/cn.leader.xi?question=sc-1",
    ]);
    expect(urlsToKeep("http://127.0.0.1:3000/sets/asia/quiz", [])).toEqual([]);
  });
});
