// The acting user, as every data function receives it (first argument).
export type Role = "LEARNER" | "TEACHER";

export interface Actor {
  id: string;
  role: Role;
}
