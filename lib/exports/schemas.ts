// The query of a set's download: which format and language. Shared by the route and the set page's links.
import { z } from "zod";
import { EXPORT_FORMATS } from "@/lib/exports/types";

export const ZExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `expected one of ${EXPORT_FORMATS.join(", ")}` }),
  lang: z.enum(["de", "en"], { error: "expected de or en" }).default("de"),
});
export type TExportQuery = z.infer<typeof ZExportQuerySchema>;
