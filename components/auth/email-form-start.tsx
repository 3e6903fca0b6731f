import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";

/**
 * The top of every form that starts with an email address (sign-in, emailed links): the last
 * problem, then the email field. `username` lets password managers pair it with a password field.
 */
export function EmailFormStart({
  error,
  autoComplete,
}: {
  error?: string | null;
  autoComplete: "email" | "username";
}) {
  return (
    <>
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}
      <Field
        id="email"
        name="email"
        type="email"
        label="Email"
        autoComplete={autoComplete}
        inputMode="email"
        required
      />
    </>
  );
}
