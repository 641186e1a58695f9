import "server-only";
import { getDb } from "@/db";
import { effortAnswered } from "./answers";

/** The order confirmation's effort question: whether order `number` was answered already (it then shows thanks instead). */
export async function loadEffortSurvey({ number }: { number: number }): Promise<{ answered: boolean }> {
  try {
    return { answered: await effortAnswered(await getDb(), number) };
  } catch (error) {
    // The confirmation must show whatever the survey table says.
    console.error("[surveys] effort answer unknown:", error);
    return { answered: false };
  }
}
