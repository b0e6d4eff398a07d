import { describe, expect, it } from "vitest";
import { worldMap } from "./world-paths";

describe("the world map", () => {
  const map = worldMap();
  const small = map.countries.filter((country) => country.small).map((country) => country.code);

  it("marks the countries too small to tap on the whole map, and only those", () => {
    expect(small).toEqual(expect.arrayContaining(["LB", "QA", "KW", "PS", "CY"]));
    for (const code of ["RU", "BY", "KP", "SY", "BF", "IR", "CN"]) expect(small, code).not.toContain(code);
    expect(small.length).toBeLessThan(map.countries.length / 4);
  });

  it("puts a small country's marker inside the map", () => {
    for (const country of map.countries.filter((entry) => entry.small)) {
      const [x, y] = country.center;
      expect(x, country.code).toBeGreaterThanOrEqual(0);
      expect(x, country.code).toBeLessThanOrEqual(map.width);
      expect(y, country.code).toBeGreaterThanOrEqual(0);
      expect(y, country.code).toBeLessThanOrEqual(map.height);
    }
  });
});
