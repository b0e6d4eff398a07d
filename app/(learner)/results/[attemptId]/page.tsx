import { ResultsView } from "@/components/quiz/ResultsView";

export const dynamic = "force-dynamic";

export default async function ResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  return <ResultsView attemptId={(await params).attemptId} />;
}
