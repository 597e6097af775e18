import { z } from "zod";

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

const COMMON_PASSWORDS = new Set([
  "password",
  "password1",
  "password123",
  "1234567890",
  "12345678910",
  "qwertyuiop",
  "passwort123",
  "lesefluss123",
  "iloveyou123",
]);

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(10, { error: "Use at least 10 characters for your password." })
  .max(200, { error: "Use at most 200 characters for your password." })
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), {
    error: "That password is too common; choose another.",
  })
  .refine((p) => new Set(p).size >= 5, {
    error: "Use a password with more variety (at least 5 different characters).",
  });

export const signUpSchema = z.object({
  name: z
    .string({ error: "Enter your name." })
    .trim()
    .min(1, { error: "Enter your name." })
    .max(80, { error: "Use at most 80 characters for your name." }),
  email: emailSchema,
  password: newPasswordSchema,
  role: z.enum(["LEARNER", "TEACHER"], { error: "Choose learner or teacher." }).default("LEARNER"),
});
export type SignUpInput = z.output<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, { error: "Enter your password." }).max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;
