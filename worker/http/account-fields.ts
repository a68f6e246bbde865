import { z } from "zod";

/** Fields people type when they create or change an account; one definition for every route. */
export const PersonName = z.string().trim().min(1, "enter your name").max(100);
export const Email = z.email("an email address such as dana@example.com").max(320);
export const NewPassword = z.string().min(12, "at least 12 characters").max(512);
