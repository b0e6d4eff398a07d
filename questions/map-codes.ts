// Country shapes come from world-atlas (Natural Earth, 1:110m), keyed by ISO 3166-1 numeric codes; the fact
// base uses alpha-2 codes. i18n-iso-countries translates between the two.
import countries from "i18n-iso-countries";
import world from "world-atlas/countries-110m.json" with { type: "json" };

type TWorldTopology = { objects: { countries: { geometries: Array<{ id?: string; properties?: { name?: string } }> } } };

/** The numeric world-atlas id of an alpha-2 code, or undefined. */
export function numericIdOf(alpha2: string): string | undefined {
  return countries.alpha2ToNumeric(alpha2)?.padStart(3, "0");
}

/** The alpha-2 code of a world-atlas id, or undefined (some shapes, such as Kosovo, have none). */
export function alpha2OfNumericId(id: string): string | undefined {
  return countries.numericToAlpha2(id) ?? undefined;
}

let cached: Set<string> | undefined;

/** The alpha-2 codes of every country the world map can show. */
export function mapCountryCodes(): Set<string> {
  cached ??= new Set(
    (world as unknown as TWorldTopology).objects.countries.geometries
      .map((geometry) => (geometry.id ? alpha2OfNumericId(geometry.id) : undefined))
      .filter((code): code is string => Boolean(code)),
  );
  return cached;
}
