import { defineOperation, idParams } from "@/lib/http/operation";
import { changeRoleBody, personSecurityDto } from "./schemas";

// Admin actions on the people of their own practice. Someone from another practice is a 404.

export const changeRoleOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/people/{id}/role",
  operationId: "changePersonRole",
  summary: "Change a staff member's role (ends their sessions)",
  tag: "People",
  access: { kind: "permission", permission: "manage:people" },
  params: idParams,
  body: changeRoleBody,
  response: personSecurityDto,
  errors: [404, 422],
  maxBodyBytes: 1024,
});

export const deactivatePersonOperation = defineOperation({
  method: "POST",
  path: "/api/v1/people/{id}/deactivate",
  operationId: "deactivatePerson",
  summary: "Deactivate an account (locked out on their next request)",
  tag: "People",
  access: { kind: "permission", permission: "manage:people" },
  params: idParams,
  response: personSecurityDto,
  errors: [404],
});

export const reactivatePersonOperation = defineOperation({
  method: "POST",
  path: "/api/v1/people/{id}/reactivate",
  operationId: "reactivatePerson",
  summary: "Reactivate a deactivated account",
  tag: "People",
  access: { kind: "permission", permission: "manage:people" },
  params: idParams,
  response: personSecurityDto,
  errors: [404],
});

export const signOutPersonOperation = defineOperation({
  method: "POST",
  path: "/api/v1/people/{id}/sign-out-everywhere",
  operationId: "signOutPersonEverywhere",
  summary: "End every session of someone in the practice",
  tag: "People",
  access: { kind: "permission", permission: "manage:people" },
  params: idParams,
  response: personSecurityDto,
  errors: [404],
});

export const peopleOperations = [
  changeRoleOperation,
  deactivatePersonOperation,
  reactivatePersonOperation,
  signOutPersonOperation,
];
