// The assign form's choice of who it is for: couples, individual clients, then one partner alone.
type Option = { key: string; kind: "couple" | "client" | "partner"; name: string };

const GROUPS = [
  { kind: "couple", label: "Couples" },
  { kind: "client", label: "Individual clients" },
  { kind: "partner", label: "One partner on their own" },
] as const;

export function RecipientOptions({ recipients }: { recipients: Option[] }) {
  return (
    <>
      <option value="">Choose someone</option>
      {GROUPS.map((g) => {
        const list = recipients.filter((r) => r.kind === g.kind);
        return list.length ? (
          <optgroup key={g.kind} label={g.label}>
            {list.map((r) => (
              <option key={r.key} value={r.key}>
                {r.name}
              </option>
            ))}
          </optgroup>
        ) : null;
      })}
    </>
  );
}
