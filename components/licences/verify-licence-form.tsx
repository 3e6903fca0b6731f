"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, SelectField, TextAreaField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { problemFor } from "@/components/forms/call-api";
import { useApiForm } from "@/components/forms/use-api-form";
import { LICENCE_STATUSES, STATUS_LABEL } from "@/lib/licences/labels";
import type { LicenceDto } from "@/lib/licences/schemas";

/** The paths this form shows a problem under, by the field. */
const SHOWN_FIELDS = ["status", "verificationUrl", "note"];

/** An admin records what the board's public lookup shows for one licence. */
export function VerifyLicenceForm({ licence, onDone }: { licence: LicenceDto; onDone: () => void }) {
  const router = useRouter();
  const { hydrated, pending, error, problems, send } = useApiForm({ fields: SHOWN_FIELDS });
  const idp = `verify-${licence.id}`;

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const result = await send<LicenceDto>("POST", `/api/v1/licences/${licence.id}/verify`, {
      status: text("status"),
      verificationUrl: text("verificationUrl") || null,
      note: text("note") || null,
    });
    if (!result.ok) return;
    router.refresh();
    onDone();
  }

  return (
    <form
      onSubmit={onSubmit}
      method="post"
      className="flex flex-col gap-4 rounded-xl border border-line bg-canvas p-4"
      noValidate
    >
      <p className="text-sm text-muted">
        Look the licence up on the board&apos;s public verification page (TN: Department of Health licence
        verification; VA: DHP License Lookup), then record what it shows. Your name and today&apos;s date are
        saved with it.
      </p>
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}
      <SelectField
        id={`${idp}-status`}
        name="status"
        label="Status shown by the board"
        defaultValue={licence.status === "PENDING" ? "ACTIVE" : licence.status}
        error={problemFor(problems, "status")}
      >
        {LICENCE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {STATUS_LABEL[s]}
          </option>
        ))}
      </SelectField>
      <Field
        id={`${idp}-url`}
        name="verificationUrl"
        type="url"
        inputMode="url"
        label="Verification page (web address)"
        placeholder="https://"
        defaultValue={licence.verificationUrl ?? ""}
        error={problemFor(problems, "verificationUrl")}
      />
      <TextAreaField
        id={`${idp}-note`}
        name="note"
        label="Note (optional)"
        hint="e.g. what the lookup showed, or a reference number."
        maxLength={1000}
        error={problemFor(problems, "note")}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || !hydrated}>
          {pending ? "Saving…" : "Mark verified"}
        </Button>
        <Button variant="quiet" onClick={onDone} disabled={pending || !hydrated}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
