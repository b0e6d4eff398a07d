// Inputs of learn mode's API.
import { z } from "zod";

export const ZFactId = z.string().regex(/^[a-z]{2,3}\.[a-z0-9.-]{1,80}$/, "expected a fact id such as kp.leader.kim");
export const ZLearnQuestionId = z
  .string()
  .regex(/^[a-z]{2}-[0-9a-f]{10}$/, "expected the id of a question of this card, such as sc-0123456789");
