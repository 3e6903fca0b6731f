"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/forms/use-hydrated";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { COMPACT_LABEL, KIND_LABEL, PROFESSION_LABEL, STATUS_LABEL } from "@/lib/licences/labels";
import type { LicenceDto } from "@/lib/licences/schemas";
import { LicenceForm } from "./licence-form";
import { VerifyLicenceForm } from "./verify-licence-form";
import { dateWords } from "@/lib/time/words";

function day(iso: string, timeZone: string): string {
  return dateWords(new Date(iso), timeZone);
}

/** One licence: its details, verification and warnings; a clinician can edit it, an admin verify it. */
export function LicenceCard({
  licence,
  timeZone,
  mode,
  homeLicences = [],
}: {
  licence: LicenceDto;
  timeZone: string;
  mode: "clinician" | "admin";
  homeLicences?: { id: string; label: string }[];
}) {
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  return (
    <Card className="flex flex-col gap-3" data-testid="licence-card">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold">
            {licence.stateName} · {KIND_LABEL[licence.kind]}
          </h3>
          <p className="text-muted">{PROFESSION_LABEL[licence.profession]}</p>
          {mode === "admin" ? <p className="text-sm text-muted">{licence.clinicianName}</p> : null}
        </div>
        <p className="text-sm">
          <span
            className={`rounded-full px-3 py-1 font-medium ${licence.current ? "bg-accent-soft text-accent-strong" : "bg-warn-soft text-warn"}`}
            data-testid="licence-state"
          >
            {licence.current
              ? "Current and verified"
              : licence.verifiedAt
                ? STATUS_LABEL[licence.status]
                : "Waiting for verification"}
          </span>
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr_auto_1fr]">
        <dt className="text-muted">Number</dt>
        <dd className="break-all">{licence.number}</dd>
        <dt className="text-muted">Status</dt>
        <dd>{STATUS_LABEL[licence.status]}</dd>
        <dt className="text-muted">Expires</dt>
        <dd>{day(licence.expiresAt, timeZone)}</dd>
        {licence.issuedAt ? (
          <>
            <dt className="text-muted">Issued</dt>
            <dd>{day(licence.issuedAt, timeZone)}</dd>
          </>
        ) : null}
        {licence.board ? (
          <>
            <dt className="text-muted">Board</dt>
            <dd>{licence.board}</dd>
          </>
        ) : null}
        {licence.compact ? (
          <>
            <dt className="text-muted">Compact</dt>
            <dd>
              {COMPACT_LABEL[licence.compact]}
              {licence.homeState ? ` (home state ${licence.homeState})` : ""}
            </dd>
          </>
        ) : null}
        <dt className="text-muted">Verified</dt>
        <dd>
          {licence.verifiedAt ? (
            <>
              {day(licence.verifiedAt, timeZone)}
              {licence.verifiedByName ? ` by ${licence.verifiedByName}` : ""}
              {licence.verificationUrl ? (
                <>
                  {" · "}
                  <a
                    className="text-accent underline"
                    href={licence.verificationUrl}
                    target="_blank"
                    rel="noreferrer noopener"
                  >
                    board lookup
                  </a>
                </>
              ) : null}
            </>
          ) : (
            "Not yet"
          )}
        </dd>
      </dl>
      {licence.verificationNote ? (
        <p className="text-sm text-muted">Note: {licence.verificationNote}</p>
      ) : null}
      {licence.warning ? (
        <Notice tone={licence.warning.level === "60" ? "info" : "warn"} role="status">
          {mode === "clinician"
            ? licence.warning.message
            : licence.warning.level === "expired"
              ? `Expired on ${day(licence.expiresAt, timeZone)}.`
              : `Expires ${licence.warning.daysLeft === 0 ? "today" : licence.warning.daysLeft === 1 ? "tomorrow" : `in ${licence.warning.daysLeft} days`}.`}
        </Notice>
      ) : null}
      {mode === "clinician" ? (
        open ? (
          <LicenceForm
            licence={licence}
            homeLicences={homeLicences}
            timeZone={timeZone}
            onDone={() => setOpen(false)}
          />
        ) : (
          <div>
            <Button variant="secondary" onClick={() => setOpen(true)} disabled={!hydrated}>
              Edit or renew
            </Button>
          </div>
        )
      ) : open ? (
        <VerifyLicenceForm licence={licence} onDone={() => setOpen(false)} />
      ) : (
        <div>
          <Button
            variant={licence.verifiedAt ? "secondary" : "primary"}
            onClick={() => setOpen(true)}
            disabled={!hydrated}
          >
            {licence.verifiedAt ? "Re-verify or change status" : "Verify"}
          </Button>
        </div>
      )}
    </Card>
  );
}
