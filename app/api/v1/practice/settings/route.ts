import { handle } from "@/lib/http/handle";
import { getPracticeSettingsOperation, updatePracticeSettingsOperation } from "@/lib/practice/operations";
import { getPracticeSettings, updatePracticeSettings } from "@/lib/practice/service";

export const GET = handle(getPracticeSettingsOperation, ({ actor }) => getPracticeSettings(actor));
export const PATCH = handle(updatePracticeSettingsOperation, ({ actor, body, meta }) =>
  updatePracticeSettings(actor, body, meta),
);
