type Tone = "info" | "warn" | "danger" | "success";

const TONES: Record<Tone, string> = {
  info: "border-line bg-surface",
  success: "border-accent/30 bg-accent-soft",
  warn: "border-warn/30 bg-warn-soft",
  danger: "border-danger/30 bg-danger-soft",
};

export function Notice({
  tone = "info",
  title,
  children,
  role,
}: {
  tone?: Tone;
  title?: string;
  children?: React.ReactNode;
  role?: "status" | "alert";
}) {
  return (
    <div role={role} className={`rounded-lg border px-4 py-3 ${TONES[tone]}`}>
      {title ? <p className="font-medium">{title}</p> : null}
      {children ? <div className={title ? "mt-1" : ""}>{children}</div> : null}
    </div>
  );
}
