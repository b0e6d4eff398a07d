import { worldMap } from "@/lib/map/rules/world-paths";

/** The projected country shapes the quiz's map questions are drawn from (the same for everyone: cacheable). */
export function GET() {
  return Response.json(worldMap(), { headers: { "Cache-Control": "public, max-age=86400" } });
}
