"use client";

// The one interactive island of the client's completion page: the pinned exercise's prompts for
// their perspective, who will see each answer, autosave with a device copy, conflict choices, and
// sending. The save loop itself lives in draft-sync/draft-sync.ts (tested on its own). Work that can
// no longer change is shown as text the server rendered (./read-only-answers.tsx), not as inputs.
import { useRouter } from "next/navigation";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { ExerciseView } from "@/components/exercises/exercise-view";
import { AfterHydration } from "@/components/forms/after-hydration";
import { callApi } from "@/components/forms/call-api";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import {
  emptyValueFor,
  isAnswered,
  promptsFor,
  requiredMessages,
  type PromptMessages,
  type PromptValue,
} from "@/lib/exercises/answers";
import type { ExerciseDefinition, Prompt } from "@/lib/exercises/schema";
import { sameAnswers, valuesOf, type StoredAnswers } from "@/lib/responses/answers";
import type { RecipientState } from "@/lib/assignments/schemas";
import type { LockReason, SubmitResultDto } from "@/lib/responses/schemas";
import { LockedLeftovers, ProblemSummary, SignedOutNotice } from "./completion-notices";
import { useDraftSync } from "./draft-sync/use-draft-sync";
import { SaveStatus } from "./save-status";
import { Visibility, type Sharing } from "./visibility";

// The crisis support screen is rarely needed and the page has a JavaScript budget: `send()` starts
// its download before the answers go, so it is there by the time the reply says it is needed.
const loadCrisisSupport = () => import("./crisis-support");
// The confirmation after sending (with every privacy sentence): `send()` starts its download too.
const loadSentSummary = () => import("./sent-summary");
const SentSummary = lazy(() => loadSentSummary().then((m) => ({ default: m.SentSummary })));
const CrisisSupport = lazy(() => loadCrisisSupport().then((m) => ({ default: m.CrisisSupport })));
// Rarely needed, so fetched only when shown: the conflict choices (two copies edited apart) and
// the state picker (Mend does not know where the client is, or they say they have moved).
const ConflictPanel = lazy(() => import("./conflict-panel").then((m) => ({ default: m.ConflictPanel })));
const SendFrom = lazy(() => import("./send-from"));

export type CompletionFormProps = {
  assignmentId: string;
  userId: string;
  /** Per-user key for the encrypted device copy (lib/responses/draft-key.ts). */
  draftKey: string;
  definition: ExerciseDefinition;
  perspectiveId: string | null;
  initial: {
    version: number;
    answers: StoredAnswers;
    state: RecipientState;
    submittedAt: string | null;
    hasUnsentChanges: boolean;
    locked: LockReason | null;
  };
  sharing: Sharing;
  /** Above the send button until the first send (lib/couples/privacy-words.ts, worded on the server). */
  beforeSend: string;
  clinicianName: string;
  assignmentLabel: string;
  location: { state: string | null; stateName: string | null };
  /** Feedback on each answer, rendered on the server, shown under the answer (by prompt id). */
  answerFeedback?: Record<string, React.ReactNode>;
  /** There is new feedback: once the answers are in place, scroll to it (components/review/feedback-item). */
  openAtFeedback?: boolean;
  /** The locked answers, rendered on the server (./read-only-answers.tsx): given when the work is locked. */
  readOnlyAnswers?: React.ReactNode;
};

const ID_PREFIX = "answer";

function focusPrompt(promptId: string): void {
  const container = document.querySelector<HTMLElement>(`[data-prompt-id="${CSS.escape(promptId)}"]`);
  const control = container?.querySelector<HTMLElement>(
    "input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled])",
  );
  (control ?? container)?.focus();
  container?.scrollIntoView({ block: "center" });
}

type Sending =
  | { kind: "idle" }
  | { kind: "sending" }
  | { kind: "sent"; at: string; first: boolean; shared: number; private: number }
  | { kind: "problem"; message: string };

export function CompletionForm(props: CompletionFormProps) {
  const {
    assignmentId,
    userId,
    draftKey,
    definition,
    perspectiveId,
    initial,
    sharing,
    clinicianName,
    assignmentLabel,
  } = props;
  const router = useRouter();
  const prompts = useMemo(() => promptsFor(definition, perspectiveId), [definition, perspectiveId]);
  const { syncRef, storeRef, snap, ready, lockedLeftovers, setLockedLeftovers, begin, editAnswer } =
    useDraftSync({
      assignmentId,
      userId,
      draftKey,
      initial,
    });
  const [errors, setErrors] = useState<PromptMessages>({});
  const [sending, setSending] = useState<Sending>({ kind: "idle" });
  // Answers that raised a risk alert: where to get help now comes first (./crisis-support.tsx).
  const [crisis, setCrisis] = useState(false);
  const [state, setState] = useState<RecipientState>(initial.state);
  const [submittedAt, setSubmittedAt] = useState<string | null>(initial.submittedAt);
  // The answers last sent, when known: tells "sent" from "sent, with changes since".
  const [sentAnswers, setSentAnswers] = useState<StoredAnswers | null>(
    initial.submittedAt && !initial.hasUnsentChanges ? initial.answers : null,
  );
  // The send answers whether the partner had sent theirs: from then on "once you have both sent
  // yours" is out of date, even before the page's own value catches up (router.refresh below).
  const [bothSent, setBothSent] = useState(false);
  const shown = useMemo(() => (bothSent ? { ...sharing, bothSent } : sharing), [sharing, bothSent]);
  const [where, setWhere] = useState<string>(props.location.state ?? "");
  const [changingWhere, setChangingWhere] = useState(!props.location.state);
  const errorSummaryRef = useRef<HTMLDivElement>(null);

  // Open at the new feedback once the answers have their final layout (the draft loads first);
  // centred, so the end of the answer it is about shows above it.
  const openAtFeedback = props.openAtFeedback ?? false;
  useEffect(() => {
    if (ready && openAtFeedback) document.getElementById("new-feedback")?.scrollIntoView({ block: "center" });
  }, [ready, openAtFeedback]);

  const locked = initial.locked ?? (snap.status.kind === "locked" ? snap.status.reason : null);

  const answers = snap.answers;

  // Locked while open here (reviewed, withdrawn or discharged meanwhile): the page loads again, and
  // says why, shows the kept answers as text and what this device holds beyond them, to copy.
  const readOnlyAnswers = props.readOnlyAnswers;
  useEffect(() => {
    if (locked && !readOnlyAnswers) location.reload();
  }, [locked, readOnlyAnswers]);

  const update = useCallback(
    (promptId: string, change: (previous: StoredAnswers[string] | undefined) => StoredAnswers[string]) => {
      editAnswer(promptId, change);
      setErrors((e) => {
        if (!e[promptId]) return e;
        const next = { ...e };
        delete next[promptId];
        return next;
      });
      setSending((s) => (s.kind === "sent" || s.kind === "problem" ? { kind: "idle" } : s));
    },
    [editAnswer],
  );

  const onChange = useCallback(
    (promptId: string, value: PromptValue) =>
      update(promptId, (prev) => ({ value, shared: prev?.shared ?? false })),
    [update],
  );
  const onShare = useCallback(
    (prompt: Prompt, shared: boolean) =>
      update(prompt.id, (prev) => ({ value: prev?.value ?? emptyValueFor(prompt), shared })),
    [update],
  );

  // Under each answer: who sees it, and the feedback on it. Made again only when a sharing choice
  // (or the lock) changes, so that typing, or the device copy arriving, re-renders only the prompt
  // whose answer changed (ExerciseView skips prompts whose props are all the same).
  const sharedFlags = prompts.map((p) => (answers[p.id]?.shared ? "1" : "0")).join("");
  const readOnly = Boolean(locked);
  const answerFeedback = props.answerFeedback;
  const footers = useMemo(
    () =>
      new Map(
        prompts.map((prompt, i) => [
          prompt.id,
          <>
            <Visibility
              prompt={prompt}
              shared={sharedFlags[i] === "1"}
              onChange={(shared) => onShare(prompt, shared)}
              sharing={shown}
              readOnly={readOnly}
            />
            {answerFeedback?.[prompt.id] ?? null}
          </>,
        ]),
      ),
    [prompts, sharedFlags, shown, readOnly, onShare, answerFeedback],
  );
  const renderPromptFooter = useCallback((prompt: Prompt) => footers.get(prompt.id) ?? null, [footers]);

  const submitted = submittedAt !== null;
  const unsent = submitted && (sentAnswers === null || !sameAnswers(answers, sentAnswers));
  const canSend = !locked && ready && (!submitted || unsent || state === "REVISION_REQUESTED");

  function showProblems(problems: PromptMessages) {
    setErrors(problems);
    const first = prompts.find((p) => problems[p.id]);
    if (first) focusPrompt(first.id);
  }

  async function send() {
    const sync = syncRef.current;
    if (!sync) return;
    const current = sync.snapshot().answers;
    const problems = requiredMessages(definition, perspectiveId, valuesOf(current));
    if (Object.keys(problems).length > 0) {
      setSending({ kind: "idle" });
      showProblems(problems);
      return;
    }
    setErrors({});
    setSending({ kind: "sending" });
    void loadCrisisSupport().catch(() => undefined);
    void loadSentSummary().catch(() => undefined);
    await sync.flush();
    const s = sync.snapshot();
    if (s.status.kind !== "saved") {
      const message =
        s.status.kind === "offline"
          ? "You're offline right now. Everything is kept on this device; send it again when you're back online."
          : s.status.kind === "conflict"
            ? "These answers were also changed somewhere else. Choose what to keep above, then send."
            : s.status.kind === "signed-out"
              ? "You were signed out. Everything is kept on this device: sign in again, then send."
              : "This can't be sent right now.";
      setSending({ kind: "problem", message });
      return;
    }
    const result = await callApi<SubmitResultDto>(
      "POST",
      `/api/v1/assignments/${encodeURIComponent(assignmentId)}/submit`,
      {
        version: s.version,
        answers: s.answers,
        ...(where ? { state: where } : {}),
      },
    );
    if (result.ok) {
      sync.submitted(result.data.version, s.answers);
      setSentAnswers(s.answers);
      setState(result.data.state);
      const first = !submitted;
      setSubmittedAt(result.data.submittedAt);
      setBothSent(result.data.partnerSubmitted);
      // What was sent, counted for the confirmation's "who reads what".
      const sent = prompts.filter((p) => isAnswered(p, s.answers[p.id]?.value));
      const shared = sent.filter((p) => s.answers[p.id]?.shared).length;
      setSending({ kind: "sent", at: result.data.submittedAt, first, shared, private: sent.length - shared });
      if (result.data.crisisSupport) setCrisis(true);
      router.refresh();
      return;
    }
    const details = result.details as {
      reason?: string;
      version?: number;
      answers?: StoredAnswers;
      prompts?: PromptMessages;
    } | null;
    if (result.status === 409 && details?.reason === "stale" && typeof details.version === "number") {
      sync.stale(details.version, details.answers ?? {});
      setSending({
        kind: "problem",
        message: "These answers were also changed somewhere else. Check them, then send again.",
      });
    } else if (result.status === 422 && details?.reason === "incomplete" && details.prompts) {
      setSending({ kind: "idle" });
      showProblems(details.prompts);
    } else if (result.status === 409) {
      setSending({ kind: "problem", message: result.message });
      router.refresh();
    } else {
      setSending({
        kind: "problem",
        message:
          result.status === 0
            ? "We couldn't reach Mend. Everything is kept on this device; try again in a moment."
            : result.message,
      });
    }
  }

  const problemList = prompts.filter((p) => errors[p.id]);

  if (crisis) {
    return (
      <Suspense
        fallback={
          <p role="status" className="text-lg">
            If you need help now: call or text 988, text HOME to 741741, or call 911.
          </p>
        }
      >
        <CrisisSupport clinicianName={clinicianName} onBack={() => setCrisis(false)} />
      </Suspense>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      {snap.merged ? (
        <Notice tone="info" role="status">
          We combined this with changes you made on another device or tab. Nothing was lost.
        </Notice>
      ) : null}

      {snap.status.kind === "conflict" ? (
        <Suspense fallback={null}>
          <ConflictPanel
            conflicts={snap.status.conflicts}
            prompts={prompts}
            onResolve={(choices) => syncRef.current?.resolve(choices)}
          />
        </Suspense>
      ) : null}

      {snap.status.kind === "signed-out" ? <SignedOutNotice /> : null}

      {lockedLeftovers ? (
        <LockedLeftovers
          prompts={prompts}
          leftovers={lockedLeftovers}
          onRemove={() => {
            storeRef.current?.write(null);
            setLockedLeftovers(null);
          }}
        />
      ) : null}

      {readOnlyAnswers ?? (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
          aria-describedby={problemList.length ? "answer-problems" : undefined}
        >
          <ExerciseView
            definition={definition}
            perspectiveId={perspectiveId}
            mode="answer"
            values={valuesOf(answers)}
            onChange={onChange}
            errors={errors}
            idPrefix={ID_PREFIX}
            headingLevel={1}
            renderPromptFooter={renderPromptFooter}
          />

          <section
            aria-labelledby="send-heading"
            className="mt-8 flex flex-col gap-4 rounded-xl border border-line bg-surface p-4 sm:p-5"
          >
            <h2 id="send-heading" className="text-lg font-semibold">
              {submitted ? (unsent ? "Send your changes" : "Sent") : `Send to ${clinicianName}`}
            </h2>
            {problemList.length > 0 ? (
              <ProblemSummary
                ref={errorSummaryRef}
                prompts={problemList}
                idPrefix={ID_PREFIX}
                onChoose={focusPrompt}
              />
            ) : null}
            {submitted && !unsent && state !== "REVISION_REQUESTED" ? (
              <p className="text-muted">
                {clinicianName} has what you sent. You can still change your answers until they review it;
                changes are saved here and sent when you choose to send them again.
              </p>
            ) : (
              <p className="text-muted">
                {submitted
                  ? `Your changes are saved, but ${clinicianName} still sees what you sent before until you send them.`
                  : props.beforeSend}
              </p>
            )}
            {canSend ? (
              <div className="flex flex-col gap-2">
                {changingWhere ? (
                  <Suspense fallback={<p className="text-muted">Loading the list of states…</p>}>
                    <SendFrom value={where} onChange={setWhere} />
                  </Suspense>
                ) : (
                  <p className="text-base">
                    Sending from <strong>{props.location.stateName}</strong>.{" "}
                    <button
                      type="button"
                      className="min-h-11 text-accent underline underline-offset-4"
                      onClick={() => setChangingWhere(true)}
                    >
                      I&apos;m somewhere else
                    </button>
                  </p>
                )}
              </div>
            ) : null}
            {sending.kind === "problem" ? (
              <Notice tone="warn" role="alert">
                {sending.message}
              </Notice>
            ) : null}
            {sending.kind === "sent" ? (
              <Suspense fallback={null}>
                <SentSummary
                  first={sending.first}
                  clinicianName={clinicianName}
                  assignmentLabel={assignmentLabel}
                  sharing={shown}
                  sharedCount={sending.shared}
                  privateCount={sending.private}
                />
              </Suspense>
            ) : null}
          </section>

          <div className="sticky bottom-0 z-10 -mx-4 mt-6 flex flex-wrap items-center justify-between gap-3 border-t border-line bg-surface/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border">
            <SaveStatus status={ready ? snap.status : { kind: "saved", at: null }} />
            {canSend ? (
              <Button type="submit" disabled={sending.kind === "sending"}>
                {sending.kind === "sending"
                  ? "Sending…"
                  : submitted
                    ? "Send my changes"
                    : `Send to ${clinicianName}`}
              </Button>
            ) : null}
          </div>
        </form>
      )}
      {/* The save loop starts once every prompt above has hydrated; what is typed before then is kept. */}
      <AfterHydration run={begin} />
    </div>
  );
}
