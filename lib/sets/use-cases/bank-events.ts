// Every instance forgets the bank it read when a question is retired or restored anywhere, and reads it again
// on next use: new attempts, games, learn cards and set counts follow at once.
import { getEventBus } from "@/lib/platform/realtime/bus";
import { forgetQuestionBank } from "@/lib/sets/queries/question-bank";

export const BANK_CHANNEL = "question-bank";

export async function publishBankChange(): Promise<void> {
  forgetQuestionBank();
  try {
    await (await getEventBus()).publish(BANK_CHANNEL, { changed: true });
  } catch (error) {
    // The change is stored and this instance already follows it; others catch up at their next start.
    console.error(`question bank event: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function watchBankChanges(): Promise<() => void> {
  return (await getEventBus()).subscribe(BANK_CHANNEL, () => forgetQuestionBank());
}
