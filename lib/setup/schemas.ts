import { z } from "zod";
import { isValidTimeZone } from "@/lib/time/zones";

// What `npm run setup` accepts (scripts/setup.ts turns the command line into this shape). Pure.

export const DEFAULT_TIME_ZONE = "America/Chicago";
export const DEFAULT_ADMIN_NAME = "Practice admin";

export const setupInput = z
  .object({
    practice: z
      .string({ error: "--practice is required: the practice's name, in quotes" })
      .trim()
      .min(2, "--practice must be at least 2 characters")
      .max(120, "--practice must be at most 120 characters"),
    adminEmail: z
      .string({ error: "--admin-email is required: the first admin's email address" })
      .trim()
      .toLowerCase()
      .max(320)
      .pipe(z.email({ message: "--admin-email must be an email address like you@example.org" })),
    adminName: z
      .string()
      .trim()
      .min(1, "--admin-name must not be empty")
      .max(120, "--admin-name must be at most 120 characters")
      .default(DEFAULT_ADMIN_NAME),
    timeZone: z
      .string()
      .trim()
      .refine(isValidTimeZone, {
        message: "--time-zone must be an IANA time zone like America/Chicago or America/New_York",
      })
      .default(DEFAULT_TIME_ZONE),
    /** Solo practices: the admin also sees clients (licence details are added afterwards in the app). */
    clinician: z.boolean().default(false),
  })
  .strict();

export type SetupInput = z.infer<typeof setupInput>;

/** The practice's URL-safe key (Practice.slug, unique): "Riverside Counseling" -> "riverside-counseling". */
export function practiceSlug(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "practice";
}
