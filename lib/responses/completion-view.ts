import "server-only";
import type { AuditMeta } from "@/lib/assignments/audit";
import type { ClientAssignmentDto } from "@/lib/assignments/schemas";
import { getClientAssignment } from "@/lib/assignments/service";
import { getClientHome, type ClientHome } from "@/lib/clients/home";
import { getExerciseVersionForRender, type RenderableVersion } from "@/lib/exercises/queries";
import type { MyLocationDto } from "@/lib/locations/schemas";
import { getMyLocation } from "@/lib/locations/service";
import type { Actor } from "@/lib/policy/actor";
import type { ClientFeedbackDto } from "@/lib/review/schemas";
import { listClientFeedback } from "@/lib/review/service";
import type { ClientResponseDto } from "./schemas";
import { getClientResponse } from "./service";

// Everything the client's completion page shows about one assignment, in one call: their copy of
// it, their answers (and what a partner shared, whose read is audited), the pinned exercise version,
// the practice's word for the work, where the client last said they are and the feedback they may
// read (a partner's, like their shared answers, is audited before it is returned). Each part keeps its
// own scope and checks; an assignment that is not theirs is a 404 before anything else is read.

export type CompletionView = {
  assignment: ClientAssignmentDto;
  response: ClientResponseDto;
  version: RenderableVersion;
  /** The practice's word for assigned work ("reflection" unless it chose another). */
  assignmentLabel: string;
  /** The couple's confidentiality agreement (null outside a couple): lib/couples/privacy-words.ts. */
  agreement: ClientHome["agreement"];
  location: MyLocationDto;
  /** The feedback the client may read on their own copy. */
  feedback: ClientFeedbackDto[];
};

export async function getCompletionView(
  actor: Actor,
  assignmentId: string,
  meta: AuditMeta = {},
): Promise<CompletionView> {
  const [assignment, response] = await Promise.all([
    getClientAssignment(actor, assignmentId),
    getClientResponse(actor, assignmentId, meta),
  ]);
  const [version, home, location] = await Promise.all([
    getExerciseVersionForRender(actor, assignment.exercise.versionId),
    getClientHome(actor),
    getMyLocation(actor),
  ]);
  const feedback = await listClientFeedback(actor, assignment.id, meta, { markSeen: true });
  return {
    assignment,
    response,
    version,
    assignmentLabel: home.assignmentLabel,
    agreement: home.agreement,
    location,
    feedback,
  };
}
