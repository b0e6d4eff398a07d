// Every instance forgets the bank it read when a question is retired or restored anywhere, and reads it again
// on next use: new attempts, games, learn cards and set counts follow at once.
import { getEventBus } from "@/lib/platform/realtime/bus";
import { forgetQuestionBank } from "@/lib/sets/queries/question-bank";

export const BANK_CHANNEL = "question-bank";

export async function publishBankChange(): Promise<void> {
  forgetQuestionBank();
  await (await getEventBus()).publish(BANK_CHANNEL, { changed: true });
}

export async function watchBankChanges(): Promise<() => void> {
  return (await getEventBus()).subscribe(BANK_CHANNEL, () => forgetQuestionBank());
}
