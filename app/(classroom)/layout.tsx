import "@/components/live/live.css";
import "@/components/classroom/classroom.css";

/** The teacher's side of live games: creating, hosting on the projector, reports. */
export default function ClassroomLayout({ children }: { children: React.ReactNode }) {
  return children;
}
