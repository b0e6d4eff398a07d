import "@/components/live/live.css";

/** The students' side of live games: joining and playing on a phone. */
export default function PlayerLayout({ children }: { children: React.ReactNode }) {
  return children;
}
