// Schemas for the account page: deleting an account and changing the password need the current password.
import { z } from "zod";
import { newPasswordSchema } from "./auth";

export const deleteAccountSchema = z.object({
  password: z
    .string({ error: "Enter your password to confirm." })
    .min(1, { error: "Enter your password to confirm." })
    .max(200, { error: "That is not your password." }),
});
export type DeleteAccountInput = z.output<typeof deleteAccountSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .min(1, { error: "Enter your current password." })
      .max(200, { error: "That is not your password." }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again." }),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    error: "The two new passwords differ.",
    path: ["confirmPassword"],
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    error: "Choose a password different from the current one.",
    path: ["newPassword"],
  });
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
