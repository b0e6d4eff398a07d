// A teacher as the app shows them: the id, the name, and the user name or e-mail they sign in with.
export type TTeacher = { id: string; name: string; login: string };
