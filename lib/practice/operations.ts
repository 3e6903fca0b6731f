import { defineOperation } from "@/lib/http/operation";
import { practiceSettingsBody, practiceSettingsDto } from "./schemas";

export const getPracticeSettingsOperation = defineOperation({
  method: "GET",
  path: "/api/v1/practice/settings",
  operationId: "getPracticeSettings",
  summary: "The practice's settings (admins)",
  tag: "Practice",
  access: { kind: "permission", permission: "manage:practice" },
  response: practiceSettingsDto,
});

export const updatePracticeSettingsOperation = defineOperation({
  method: "PATCH",
  path: "/api/v1/practice/settings",
  operationId: "updatePracticeSettings",
  summary:
    "Change the practice's name, time zone, word for between-session work, retention and location rules",
  tag: "Practice",
  access: { kind: "permission", permission: "manage:practice" },
  body: practiceSettingsBody,
  response: practiceSettingsDto,
  maxBodyBytes: 2048,
});

export const practiceOperations = [getPracticeSettingsOperation, updatePracticeSettingsOperation];
