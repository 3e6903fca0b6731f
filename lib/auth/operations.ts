import { defineOperation } from "@/lib/http/operation";
import {
  emailRequestBody,
  neutralAnswer,
  passwordChangeAnswer,
  passwordChangeBody,
  passwordCheckAnswer,
  passwordCheckBody,
  passwordResetBody,
  practiceSecurityBody,
  practiceSecurityDto,
  sessionListDto,
  signOutEverywhereAnswer,
  twoFactorStatusDto,
} from "./schemas";

// The account API. Requests for emailed links are public and answer the same words whether or not
// the email has an account; everything else acts on the signed-in person's own account.

const SMALL = 8 * 1024;

export const requestPasswordResetOperation = defineOperation({
  method: "POST",
  path: "/api/v1/auth/password-reset/request",
  operationId: "requestPasswordReset",
  summary: "Email a password reset link (same answer whether or not the email has an account)",
  tag: "Account",
  access: { kind: "public" },
  body: emailRequestBody,
  response: neutralAnswer,
  successStatus: 202,
  errors: [429],
  maxBodyBytes: SMALL,
});

export const resetPasswordOperation = defineOperation({
  method: "POST",
  path: "/api/v1/auth/password-reset",
  operationId: "resetPassword",
  summary: "Set a new password with a reset token; signs the account out everywhere",
  tag: "Account",
  access: { kind: "public" },
  body: passwordResetBody,
  response: neutralAnswer,
  errors: [422],
  maxBodyBytes: SMALL,
});

export const requestMagicLinkOperation = defineOperation({
  method: "POST",
  path: "/api/v1/auth/magic-link/request",
  operationId: "requestMagicLink",
  summary: "Email a one-time sign-in link to a client (same answer for any email)",
  tag: "Account",
  access: { kind: "public" },
  body: emailRequestBody,
  response: neutralAnswer,
  successStatus: 202,
  errors: [429],
  maxBodyBytes: SMALL,
});

export const checkPasswordOperation = defineOperation({
  method: "POST",
  path: "/api/v1/auth/password-check",
  operationId: "checkPassword",
  summary: "Check a candidate password against the policy and the common-password list (live feedback)",
  tag: "Account",
  access: { kind: "public" },
  body: passwordCheckBody,
  response: passwordCheckAnswer,
  maxBodyBytes: SMALL,
});

export const changePasswordOperation = defineOperation({
  method: "POST",
  path: "/api/v1/auth/password",
  operationId: "changePassword",
  summary: "Change the password (current password required); signs out other devices",
  tag: "Account",
  access: { kind: "permission", permission: "manage:account:own" },
  body: passwordChangeBody,
  response: passwordChangeAnswer,
  errors: [422, 429],
  maxBodyBytes: SMALL,
});

export const listSessionsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/auth/sessions",
  operationId: "listSignInSessions",
  summary: "Devices where the signed-in person is signed in",
  tag: "Account",
  access: { kind: "permission", permission: "manage:account:own" },
  response: sessionListDto,
});

export const signOutEverywhereOperation = defineOperation({
  method: "POST",
  path: "/api/v1/auth/sign-out-everywhere",
  operationId: "signOutEverywhere",
  summary: "End every session of the signed-in person, this one included",
  tag: "Account",
  access: { kind: "permission", permission: "manage:account:own" },
  response: signOutEverywhereAnswer,
});

// Two-step verification's steps (setup, confirm, disable, new recovery codes) are server actions
// (lib/auth/two-factor/actions.ts): setup must work before anything else is open to staff whose
// practice requires it, and one entry path per step keeps a single gate to check.
export const twoFactorStatusOperation = defineOperation({
  method: "GET",
  path: "/api/v1/auth/two-factor",
  operationId: "getTwoFactorStatus",
  summary: "Two-step verification status (clinicians and admins)",
  tag: "Account",
  access: { kind: "permission", permission: "manage:two-factor:own" },
  response: twoFactorStatusDto,
});

export const getPracticeSecurityOperation = defineOperation({
  method: "GET",
  path: "/api/v1/practice/security",
  operationId: "getPracticeSecurity",
  summary: "The practice's security settings (admins)",
  tag: "Practice",
  access: { kind: "permission", permission: "manage:practice" },
  response: practiceSecurityDto,
});

export const updatePracticeSecurityOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/practice/security",
  operationId: "updatePracticeSecurity",
  summary: "Require (or stop requiring) two-step verification for the practice's staff",
  tag: "Practice",
  access: { kind: "permission", permission: "manage:practice" },
  body: practiceSecurityBody,
  response: practiceSecurityDto,
  maxBodyBytes: SMALL,
});

export const authOperations = [
  requestPasswordResetOperation,
  resetPasswordOperation,
  requestMagicLinkOperation,
  checkPasswordOperation,
  changePasswordOperation,
  listSessionsOperation,
  signOutEverywhereOperation,
  twoFactorStatusOperation,
  getPracticeSecurityOperation,
  updatePracticeSecurityOperation,
];
