// Schemas for the account page: deleting an account needs the current password.
import { z } from "zod";

export const deleteAccountSchema = z.object({
  password: z
    .string({ error: "Enter your password to confirm." })
    .min(1, { error: "Enter your password to confirm." })
    .max(200, { error: "That is not your password." }),
});
export type DeleteAccountInput = z.output<typeof deleteAccountSchema>;
