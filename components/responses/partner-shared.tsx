// On a couple's completion page: what the partner chose to share, once both have sent theirs, or
// a calm word on why nothing is shown yet. Never anything the partner kept private.
import { partnerSharedNone } from "@/lib/couples/privacy-words";
import { promptsFor } from "@/lib/exercises/answers";
import type { ExerciseDefinition } from "@/lib/exercises/schema";
import type { ClientResponseDto } from "@/lib/responses/schemas";
import { AnswerText } from "./answer-text";

export function PartnerShared({
  definition,
  partner,
  iSubmitted,
}: {
  definition: ExerciseDefinition;
  partner: NonNullable<ClientResponseDto["partner"]>;
  iSubmitted: boolean;
}) {
  const name = partner.firstName;
  if (partner.shared === null) {
    return (
      <section
        aria-labelledby="partner-heading"
        className="rounded-xl border border-dashed border-line bg-surface p-4 sm:p-5"
        data-testid="partner-shared"
      >
        <h2 id="partner-heading" className="text-lg font-semibold">
          What {name} shares with you
        </h2>
        <p className="mt-1 text-muted">
          {iSubmitted
            ? partner.submitted
              ? `${name} has sent theirs.`
              : `${name} hasn't finished yet: shared answers appear when you both have.`
            : partner.submitted
              ? `${name} has sent theirs. When you send yours, you will see the answers ${name} chose to share with you.`
              : `When you have both sent yours, you will see here the answers ${name} chose to share with you.`}
        </p>
      </section>
    );
  }
  const prompts = promptsFor(definition, partner.perspective?.id ?? null).filter(
    (p) => p.id in (partner.shared ?? {}),
  );
  return (
    <section
      aria-labelledby="partner-heading"
      className="rounded-xl border border-line bg-surface p-4 sm:p-5"
      data-testid="partner-shared"
    >
      <h2 id="partner-heading" className="text-lg font-semibold">
        What {name} shared with you
      </h2>
      {prompts.length === 0 ? (
        <p className="mt-1 text-muted">{partnerSharedNone(name)}</p>
      ) : (
        <>
          <p className="mt-1 text-muted">
            {name} answered
            {partner.perspective
              ? ` as ${partner.perspective.label.replace(/^The /, "the ").toLowerCase()}`
              : ""}{" "}
            and chose to share these answers with you.
          </p>
          <dl className="mt-4 flex flex-col gap-4">
            {prompts.map((prompt) => (
              <div key={prompt.id} className="rounded-lg border border-line p-3">
                <dt className="font-medium">{prompt.label}</dt>
                <dd className="mt-1">
                  <AnswerText prompt={prompt} value={partner.shared?.[prompt.id]} />
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
