// One admission gate for the two steps of joining (the PIN look-up and the join): a class arriving at once is let
// in as fast as the server writes joins, and whoever comes beyond that is asked to wait a second (503, Retry-After).
import { appConfig } from "@/lib/platform/config/app";
import { AdmissionGate } from "@/lib/platform/http/admission";

const globalForJoins = globalThis as typeof globalThis & { __quizJoinAdmission?: AdmissionGate };

export function joinAdmission(): AdmissionGate {
  return (globalForJoins.__quizJoinAdmission ??= new AdmissionGate(() => appConfig().joinQueueLimit));
}
