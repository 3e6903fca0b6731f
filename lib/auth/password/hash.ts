import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes). Hash strings carry their own
// parameters, so these can be raised later without invalidating stored hashes.
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFC"), OPTIONS);
}

// A real hash to verify against when the account does not exist, so that unknown and known emails
// take the same time to answer.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  dummyHash ??= hash("mend-timing-equaliser-not-a-password", OPTIONS);
  const target = storedHash ?? (await dummyHash);
  try {
    const ok = await verify(target, password.normalize("NFC"));
    return ok && storedHash != null;
  } catch {
    return false;
  }
}
