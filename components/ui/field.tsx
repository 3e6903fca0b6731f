import type { InputHTMLAttributes, ReactElement, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type LabelledProps = { label: string; hint?: string; error?: string; id: string; className?: string };

const CONTROL = "rounded-lg border border-line bg-surface px-3 py-2 text-base aria-[invalid]:border-danger";

/**
 * The frame every form control sits in: its label, hint and error, tied to it for screen readers
 * (`aria-describedby`, `aria-invalid`). `control` receives those attributes to spread. Use it
 * directly for a control the fields below do not cover (a controlled or auto-sizing input).
 */
export function Labelled({
  label,
  hint,
  error,
  id,
  className = "",
  control,
}: LabelledProps & {
  control: (described: { id: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactElement;
}) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {control({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled input. */
export function Field({
  label,
  hint,
  error,
  id,
  className,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & LabelledProps) {
  return (
    <Labelled
      {...{ label, hint, error, id, className }}
      control={(described) => <input {...described} className={`min-h-11 ${CONTROL}`} {...input} />}
    />
  );
}

/** A labelled select; its options are the children. */
export function SelectField({
  label,
  hint,
  error,
  id,
  className,
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & LabelledProps) {
  return (
    <Labelled
      {...{ label, hint, error, id, className }}
      control={(described) => (
        <select {...described} className={`min-h-11 w-full min-w-0 ${CONTROL}`} {...select}>
          {children}
        </select>
      )}
    />
  );
}

/** A labelled multi-line text input. */
export function TextAreaField({
  label,
  hint,
  error,
  id,
  className,
  ...textarea
}: TextareaHTMLAttributes<HTMLTextAreaElement> & LabelledProps) {
  return (
    <Labelled
      {...{ label, hint, error, id, className }}
      control={(described) => <textarea {...described} className={`min-h-24 ${CONTROL}`} {...textarea} />}
    />
  );
}

/** The options of a state picker: a prompt first, then each state by name. */
export function StateOptions({
  states,
  placeholder = "Choose a state",
}: {
  states: readonly (readonly [string, string])[];
  placeholder?: string;
}) {
  return (
    <>
      <option value="">{placeholder}</option>
      {states.map(([code, name]) => (
        <option key={code} value={code}>
          {name}
        </option>
      ))}
    </>
  );
}
