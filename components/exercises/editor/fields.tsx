// The editor's inputs: controlled, keyed by definition path ("perspectives.0.prompts.2.label"), each
// in the shared field frame (components/ui/field.tsx) so its label, hint and error are tied to it.
import type { ReactNode } from "react";
import { Labelled } from "@/components/ui/field";
import { fieldId } from "./paths";

/** Error messages by definition path. */
export type Errors = Record<string, string>;

export const INPUT =
  "w-full rounded-lg border border-line bg-surface px-3 py-2 text-base text-ink aria-[invalid=true]:border-danger";

export function TextField({
  path,
  label,
  hint,
  value,
  onChange,
  errors,
  multiline,
  type = "text",
  required,
  ...rest
}: {
  path: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  errors: Errors;
  multiline?: boolean;
  type?: "text" | "number";
  required?: boolean;
  min?: number;
  max?: number;
  maxLength?: number;
}) {
  const id = fieldId(path);
  const change = (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(e.target.value);
  return (
    <Labelled
      id={id}
      label={label}
      hint={hint}
      error={errors[path]}
      control={(described) =>
        multiline ? (
          <textarea
            {...described}
            value={value}
            required={required}
            onChange={change}
            rows={2}
            maxLength={rest.maxLength}
            className={`${INPUT} min-h-20 resize-y [field-sizing:content]`}
          />
        ) : (
          <input
            {...described}
            value={value}
            required={required}
            onChange={change}
            {...rest}
            type={type}
            inputMode={type === "number" ? "numeric" : undefined}
            className={`${INPUT} min-h-11`}
          />
        )
      }
    />
  );
}

/** A labelled select of the editor; its options are the children. */
export function SelectField({
  id,
  label,
  error,
  value,
  onChange,
  className = "",
  children,
}: {
  id: string;
  label: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Labelled
      id={id}
      label={label}
      error={error}
      control={(described) => (
        <select
          {...described}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          className={`${INPUT} min-h-11 ${className}`}
        >
          {children}
        </select>
      )}
    />
  );
}

/** An error that belongs to a whole list (questions, choices) rather than one input. */
export function ListError({ path, errors }: { path: string; errors: Errors }) {
  return errors[path] ? (
    <p id={fieldId(path)} className="text-base text-danger">
      {errors[path]}
    </p>
  ) : null;
}
