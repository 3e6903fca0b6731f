"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, SelectField, StateOptions } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { problemFor, type FieldProblem } from "@/components/forms/call-api";
import { useApiForm } from "@/components/forms/use-api-form";
import { US_STATES } from "@/lib/jurisdiction/states";
import {
  AUTHORIZATION_KINDS,
  COMPACT_LABEL,
  COMPACTS,
  KIND_LABEL,
  LICENCE_STATUSES,
  PROFESSION_LABEL,
  PROFESSIONS,
  STATUS_LABEL,
  type AuthorizationKind,
} from "@/lib/licences/labels";
import type { LicenceDto } from "@/lib/licences/schemas";
import { dateTimeFormat } from "@/lib/time/formatters";

type Props = {
  /** Editing this licence; absent to record a new one. */
  licence?: LicenceDto;
  /** The clinician's own state and multistate licences, which a privilege can depend on. */
  homeLicences: { id: string; label: string }[];
  /** The reader's time zone, for showing stored dates as days. */
  timeZone?: string;
  onDone?: () => void;
};

/** The paths this form shows a problem under, by the field. */
const SHOWN_FIELDS = [
  "kind",
  "profession",
  "state",
  "number",
  "board",
  "status",
  "issuedAt",
  "expiresAt",
  "compact",
  "homeState",
  "homeAuthorizationId",
];

/** "2027-06-30" for a date input, as the day falls in the reader's time zone (as the card shows it). */
const dateOnly = (iso: string | null | undefined, timeZone: string) =>
  iso
    ? dateTimeFormat("en-CA", {
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        timeZone,
      }).format(new Date(iso))
    : "";

export function LicenceForm({ licence, homeLicences, timeZone = "UTC", onDone }: Props) {
  const router = useRouter();
  const [kind, setKind] = useState<AuthorizationKind>(licence?.kind ?? "STATE_LICENSE");
  const { hydrated, pending, error, problems, send, refuse } = useApiForm({ fields: SHOWN_FIELDS });
  const [saved, setSaved] = useState(false);
  const idp = licence ? `licence-${licence.id}` : "licence-new";

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const privilege = kind === "COMPACT_PRIVILEGE";
    const body = {
      kind,
      profession: text("profession"),
      state: text("state"),
      number: text("number"),
      board: text("board") || null,
      status: text("status"),
      issuedAt: text("issuedAt") || null,
      expiresAt: text("expiresAt"),
      compact: privilege || kind === "MULTISTATE_LICENSE" ? text("compact") || null : null,
      homeState: privilege ? text("homeState") || null : null,
      homeAuthorizationId: privilege ? text("homeAuthorizationId") || null : null,
    };
    const local: FieldProblem[] = [];
    if (!body.state) local.push({ path: "state", message: "Choose the state." });
    if (!body.expiresAt) local.push({ path: "expiresAt", message: "Enter the expiry date." });
    if (local.length) {
      refuse(local, "Please check the highlighted fields.");
      return;
    }
    // An edit sends only what changed: saving an untouched form must not send a verified licence
    // back for verification.
    let changes: Partial<typeof body> = body;
    if (licence) {
      const before: typeof body = {
        kind: licence.kind,
        profession: licence.profession,
        state: licence.state,
        number: licence.number,
        board: licence.board,
        status: licence.status,
        issuedAt: dateOnly(licence.issuedAt, timeZone) || null,
        expiresAt: dateOnly(licence.expiresAt, timeZone),
        compact: licence.compact,
        homeState: licence.homeState,
        homeAuthorizationId: licence.homeAuthorizationId,
      };
      changes = Object.fromEntries(
        Object.entries(body).filter(([key, value]) => before[key as keyof typeof body] !== value),
      );
      if (Object.keys(changes).length === 0) {
        onDone?.();
        return;
      }
    }
    const result = licence
      ? await send<LicenceDto>("PATCH", `/api/v1/licences/${licence.id}`, changes)
      : await send<LicenceDto>("POST", "/api/v1/licences", body);
    if (!result.ok) return;
    if (!licence) formElement.reset();
    setSaved(true);
    router.refresh();
    onDone?.();
  }

  return (
    <form onSubmit={onSubmit} method="post" className="flex flex-col gap-4" noValidate>
      {error ? (
        <Notice tone="warn" role="alert">
          {error}
        </Notice>
      ) : null}
      {saved && !licence ? (
        <Notice tone="success" role="status" title="Licence recorded">
          Your practice admin will verify it against the board&apos;s public lookup. Until then you can&apos;t
          assign work under it.
        </Notice>
      ) : null}
      {licence?.verifiedAt ? (
        <Notice tone="info">
          This licence is verified. Saving a change sends it back to your practice admin for verification, and
          you can&apos;t assign work under it until they verify it again.
        </Notice>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id={`${idp}-kind`}
          label="Type"
          value={kind}
          onChange={(e) => setKind(e.target.value as AuthorizationKind)}
          error={problemFor(problems, "kind")}
        >
          {AUTHORIZATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABEL[k]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${idp}-profession`}
          name="profession"
          label="Profession"
          defaultValue={licence?.profession ?? "LMFT"}
          error={problemFor(problems, "profession")}
        >
          {PROFESSIONS.map((p) => (
            <option key={p} value={p}>
              {PROFESSION_LABEL[p]}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${idp}-state`}
          name="state"
          label={kind === "COMPACT_PRIVILEGE" ? "State where the privilege lets you practise" : "State"}
          defaultValue={licence?.state ?? ""}
          required
          error={problemFor(problems, "state")}
        >
          <StateOptions states={US_STATES} />
        </SelectField>
        <Field
          className="min-w-0"
          id={`${idp}-number`}
          name="number"
          label={kind === "COMPACT_PRIVILEGE" ? "Privilege number" : "Licence number"}
          hint="As the board shows it."
          defaultValue={licence?.number ?? ""}
          required
          autoComplete="off"
          error={problemFor(problems, "number")}
        />
        <Field
          className="min-w-0"
          id={`${idp}-board`}
          name="board"
          label="Board (optional)"
          defaultValue={licence?.board ?? ""}
          error={problemFor(problems, "board")}
        />
        <SelectField
          id={`${idp}-status`}
          name="status"
          label="Status"
          hint="What the board shows today."
          defaultValue={licence?.status ?? "ACTIVE"}
          error={problemFor(problems, "status")}
        >
          {LICENCE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </SelectField>
        <Field
          className="min-w-0"
          id={`${idp}-issued`}
          name="issuedAt"
          type="date"
          label="Issued (optional)"
          defaultValue={dateOnly(licence?.issuedAt, timeZone)}
          error={problemFor(problems, "issuedAt")}
        />
        <Field
          className="min-w-0"
          id={`${idp}-expires`}
          name="expiresAt"
          type="date"
          label="Expires"
          hint="TN: the last day of your birth month, every 2 years. VA: June 30 each year."
          defaultValue={dateOnly(licence?.expiresAt, timeZone)}
          required
          error={problemFor(problems, "expiresAt")}
        />
      </div>
      {kind === "COMPACT_PRIVILEGE" || kind === "MULTISTATE_LICENSE" ? (
        <fieldset className="grid min-w-0 gap-4 rounded-xl border border-line p-4 sm:grid-cols-2">
          <legend className="px-1 font-medium">
            {kind === "COMPACT_PRIVILEGE" ? "Compact privilege" : "Compact"}
          </legend>
          <SelectField
            id={`${idp}-compact`}
            name="compact"
            label="Compact"
            defaultValue={licence?.compact ?? ""}
            error={problemFor(problems, "compact")}
          >
            <option value="">Choose a compact</option>
            {COMPACTS.map((c) => (
              <option key={c} value={c}>
                {COMPACT_LABEL[c]}
              </option>
            ))}
          </SelectField>
          {kind === "COMPACT_PRIVILEGE" ? (
            <>
              <SelectField
                id={`${idp}-home-state`}
                name="homeState"
                label="Your home state"
                defaultValue={licence?.homeState ?? ""}
                error={problemFor(problems, "homeState")}
              >
                <StateOptions states={US_STATES} />
              </SelectField>
              <SelectField
                id={`${idp}-home-licence`}
                name="homeAuthorizationId"
                label="Home-state licence it depends on"
                hint="The privilege is void if this licence lapses."
                defaultValue={licence?.homeAuthorizationId ?? ""}
                error={problemFor(problems, "homeAuthorizationId")}
                className="sm:col-span-2"
              >
                <option value="">Choose one of your licences</option>
                {homeLicences
                  .filter((h) => h.id !== licence?.id)
                  .map((h) => (
                    <option key={h.id} value={h.id}>
                      {h.label}
                    </option>
                  ))}
              </SelectField>
            </>
          ) : null}
          <p className="text-sm text-muted sm:col-span-2">
            There is no compact for marriage and family therapists: an LMFT needs a full licence in each
            state.
          </p>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || !hydrated}>
          {pending ? "Saving…" : licence ? "Save changes" : "Record licence"}
        </Button>
        {onDone && licence ? (
          <Button variant="quiet" onClick={onDone} disabled={pending || !hydrated}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
