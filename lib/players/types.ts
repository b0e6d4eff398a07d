// A player as the API and pages show them.

export type TPlayer = { id: string; nickname: string | null; hasRecoveryCode: boolean };
