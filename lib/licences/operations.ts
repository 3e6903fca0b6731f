import { z } from "zod";
import { defineOperation, idParams } from "@/lib/http/operation";
import {
  createLicenceBody,
  licenceDto,
  licenceListQuery,
  updateLicenceBody,
  verifyLicenceBody,
} from "./schemas";

export const listLicencesOperation = defineOperation({
  method: "GET",
  path: "/api/v1/licences",
  operationId: "listLicences",
  summary: "Licences and compact privileges: a clinician's own, or (admin) everyone's in the practice",
  tag: "Licences",
  access: { kind: "permission", permission: "read:licence" },
  query: licenceListQuery,
  response: z.object({ licences: z.array(licenceDto) }),
});

export const createLicenceOperation = defineOperation({
  method: "POST",
  path: "/api/v1/licences",
  operationId: "createLicence",
  summary: "A clinician records a licence or compact privilege (unverified until an admin verifies it)",
  tag: "Licences",
  access: { kind: "permission", permission: "manage:licence:own" },
  body: createLicenceBody,
  response: licenceDto,
  successStatus: 201,
});

export const updateLicenceOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/licences/{id}",
  operationId: "updateLicence",
  summary: "A clinician edits their own licence; changing a verified one sends it back for verification",
  tag: "Licences",
  access: { kind: "permission", permission: "manage:licence:own" },
  params: idParams,
  body: updateLicenceBody,
  response: licenceDto,
  errors: [404],
});

export const verifyLicenceOperation = defineOperation({
  method: "POST",
  path: "/api/v1/licences/{id}/verify",
  operationId: "verifyLicence",
  summary:
    "An admin records the status the board's public lookup shows, with who verified it, when and where",
  tag: "Licences",
  access: { kind: "permission", permission: "verify:licence" },
  params: idParams,
  body: verifyLicenceBody,
  response: licenceDto,
  errors: [404],
});

export const licenceOperations = [
  listLicencesOperation,
  createLicenceOperation,
  updateLicenceOperation,
  verifyLicenceOperation,
];
